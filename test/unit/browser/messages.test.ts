import { describe, expect, it, vi } from 'vitest';

vi.mock('wxt/browser', () => ({
  browser: { runtime: { id: 'backstory-id', getURL: (path: string) => `chrome-extension://backstory-id${path}` } },
}));

const { isBackgroundMessage, mayAnswer } = await import('../../../browser/messages');

const popup = { id: 'backstory-id', url: 'chrome-extension://backstory-id/popup.html' };
const libraryPage = { id: 'backstory-id', url: 'chrome-extension://backstory-id/options.html' };
const contentScript = { id: 'backstory-id', url: 'https://news.example/story.html' };
const otherExtension = { id: 'someone-else', url: 'chrome-extension://someone-else/popup.html' };
const article = { title: 'Harbour vote', text: 'Mayor Ruth Okafor said the board would vote.', source: 'Harbour Gazette', published: '2024-05-01', url: 'https://gazette.example/vote' };

describe('background message checks', () => {
  it.each([
    ['a card question', { type: 'card', entity: 'person:ruth-okafor' }, true],
    ['a card question without an entity', { type: 'card' }, false],
    ['detection of a page\'s blocks', { type: 'detect', texts: ['a', 'b'], register: 'news' }, true],
    ['detection with no register', { type: 'detect', texts: ['a', 'b'], conversational: false }, false],
    ['detection with an unknown register', { type: 'detect', texts: ['a', 'b'], register: 'poem' }, false],
    ['detection of too many blocks', { type: 'detect', texts: Array.from({ length: 2001 }, () => 'x'), register: 'news' }, false],
    ['detection of non-text', { type: 'detect', texts: ['a', 3], register: 'news' }, false],
    ['detection without the page\'s register', { type: 'detect', texts: ['a'] }, false],
    ['a search too long to be typed', { type: 'search', query: 'x'.repeat(201) }, false],
    ['a page to save', { type: 'savePage', article }, true],
    ['a page to save without text', { type: 'savePage', article: { ...article, text: undefined } }, false],
    ['a page to save with a text too large', { type: 'savePage', article: { ...article, text: 'x'.repeat(2_000_001) } }, false],
    ['a page to save with a number for source', { type: 'savePage', article: { ...article, source: 7 } }, false],
    ['a library change', { type: 'libraryChanged' }, true],
    ['an unknown type', { type: 'deleteEverything' }, false],
    ['no object', 'card', false],
  ])('%s: well-formed %s', (_, message, ok) => {
    expect(isBackgroundMessage(message)).toBe(ok);
  });

  it('answers the extension’s own pages and content scripts, never another extension', () => {
    expect(mayAnswer({ type: 'card', entity: 'x' }, contentScript)).toBe(true);
    expect(mayAnswer({ type: 'card', entity: 'x' }, popup)).toBe(true);
    expect(mayAnswer({ type: 'card', entity: 'x' }, otherExtension)).toBe(false);
  });

  it('takes library writes from the extension’s pages only: a content script (a web page’s tab) cannot save or signal changes', () => {
    expect(mayAnswer({ type: 'savePage', article }, popup)).toBe(true);
    expect(mayAnswer({ type: 'libraryChanged' }, libraryPage)).toBe(true);
    expect(mayAnswer({ type: 'savePage', article }, contentScript)).toBe(false);
    expect(mayAnswer({ type: 'libraryChanged' }, contentScript)).toBe(false);
    expect(mayAnswer({ type: 'savePage', article }, otherExtension)).toBe(false);
  });
});
