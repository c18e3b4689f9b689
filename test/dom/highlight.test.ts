// @vitest-environment happy-dom
import { beforeEach, describe, expect, test } from 'vitest';
import { Highlighter, MARK_TAG } from '../../dom/highlight';
import { collectTextBlocks, type TextBlock } from '../../dom/text-blocks';
import type { Mention } from '../../lib/ner/detect-mentions';

/** A mention of the `nth` occurrence of `name` in the block text. */
function at(block: TextBlock, name: string, entity: string | null, kind: 'person' | 'place' = 'person', nth = 0): Mention {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = block.text.indexOf(name, start + 1);
  if (start < 0) throw new Error(`${name} #${nth} not in ${block.text}`);
  return { start, end: start + name.length, kind, entity, text: name, name };
}

const marks = (root: ParentNode = document.body) => [...root.querySelectorAll<HTMLElement>(MARK_TAG)];

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('Highlighter.apply', () => {
  const html =
    '<p>US Secretary of State Antony Blinken and Lloyd Austin flew to Tokyo. Blinken’s talks with Austin covered China, and Blinken spoke.</p>';

  function highlightArticle() {
    document.body.innerHTML = html;
    const [block] = collectTextBlocks(document.body);
    const h = new Highlighter();
    const created = h.apply(block!, [
      at(block!, 'Antony Blinken', 'person:antony-blinken'),
      at(block!, 'Lloyd Austin', 'person:lloyd-austin'),
      at(block!, 'Tokyo', null, 'place'),
      at(block!, 'Blinken', 'person:antony-blinken', 'person', 1),
      at(block!, 'Austin', 'person:lloyd-austin', 'person', 1),
      at(block!, 'China', 'place:china', 'place'),
      at(block!, 'Blinken', 'person:antony-blinken', 'person', 2),
    ]);
    return { h, created, block: block! };
  }

  test('wraps each linked mention in a <backstory-mark> with entity and kind', () => {
    const { created } = highlightArticle();
    expect(created).toEqual(marks());
    expect(marks().map((m) => [m.textContent, m.getAttribute('data-backstory-entity'), m.getAttribute('data-backstory-kind')])).toEqual([
      ['Antony Blinken', 'person:antony-blinken', 'person'],
      ['Lloyd Austin', 'person:lloyd-austin', 'person'],
      ['Blinken', 'person:antony-blinken', 'person'],
      ['Austin', 'person:lloyd-austin', 'person'],
      ['China', 'place:china', 'place'],
      ['Blinken', 'person:antony-blinken', 'person'],
    ]);
  });

  test('the text content of the page does not change', () => {
    highlightArticle();
    expect(document.body.textContent).toBe(html.replace(/<\/?p>/g, ''));
    expect(marks().length).toBe(6);
  });

  test('unlinked mentions (entity null) are not wrapped', () => {
    highlightArticle();
    expect(marks().some((m) => m.textContent === 'Tokyo')).toBe(false);
  });

  test('only the first mark of each entity is a tab stop (later ones take focus only when asked); all are buttons opening a dialog', () => {
    highlightArticle();
    expect(marks().map((m) => [m.textContent, m.getAttribute('tabindex')])).toEqual([
      ['Antony Blinken', '0'],
      ['Lloyd Austin', '0'],
      ['Blinken', '-1'],
      ['Austin', '-1'],
      ['China', '0'],
      ['Blinken', '-1'],
    ]);
    for (const m of marks()) {
      expect(m.getAttribute('role')).toBe('button');
      expect(m.getAttribute('aria-haspopup')).toBe('dialog');
      expect(m.getAttribute('aria-expanded')).toBe('false');
    }
  });

  test('the first-mention tab stop holds across blocks of the same highlighter', () => {
    document.body.innerHTML = '<p>Blinken arrived.</p><p>Blinken left.</p>';
    const h = new Highlighter();
    for (const block of collectTextBlocks(document.body)) h.apply(block, [at(block, 'Blinken', 'person:antony-blinken')]);
    expect(marks().map((m) => m.getAttribute('tabindex'))).toEqual(['0', '-1']);
  });

  test.each([
    ['<p>Read <a href="/op-ed">Blinken’s op-ed</a> today. Blinken wrote it.</p>'],
    ['<p>Read <a href="/op-ed"><b>Blinken’s</b> op-ed</a> today. Blinken wrote it.</p>'],
    ['<p>Read <span role="link">Blinken’s op-ed</span> today. Blinken wrote it.</p>'],
  ])('a mark inside a link gets no role or tabindex; the next mark outside is the tab stop: %s', (markup) => {
    document.body.innerHTML = markup;
    const [block] = collectTextBlocks(document.body);
    new Highlighter().apply(block!, [at(block!, 'Blinken', 'person:antony-blinken'), at(block!, 'Blinken', 'person:antony-blinken', 'person', 1)]);
    const [inLink, outside] = marks();
    expect(inLink!.closest('a[href], [role="link"]')).not.toBeNull();
    for (const attr of ['role', 'tabindex', 'aria-haspopup', 'aria-expanded']) expect(inLink!.hasAttribute(attr)).toBe(false);
    expect(inLink!.getAttribute('data-backstory-entity')).toBe('person:antony-blinken');
    expect(outside!.getAttribute('tabindex')).toBe('0');
    expect(outside!.getAttribute('role')).toBe('button');
  });

  test('a mention crossing a text-node boundary is skipped, the others still wrapped', () => {
    document.body.innerHTML = '<p>Antony <b>Blinken</b> met Lloyd Austin.</p>';
    const [block] = collectTextBlocks(document.body);
    new Highlighter().apply(block!, [at(block!, 'Antony Blinken', 'person:antony-blinken'), at(block!, 'Lloyd Austin', 'person:lloyd-austin')]);
    expect(marks().map((m) => m.textContent)).toEqual(['Lloyd Austin']);
    expect(document.body.innerHTML).toContain('Antony <b>Blinken</b>');
  });

  test('mentions at the very start and end of a text node', () => {
    document.body.innerHTML = '<p>China</p>';
    const [block] = collectTextBlocks(document.body);
    new Highlighter().apply(block!, [at(block!, 'China', 'place:china', 'place')]);
    expect(document.querySelector('p')!.textContent).toBe('China');
    expect(marks().map((m) => m.textContent)).toEqual(['China']);
  });
});

describe('Highlighter.undo', () => {
  test.each([
    ['<p>US Secretary of State Antony Blinken and Lloyd Austin flew to Tokyo. Blinken spoke.</p>'],
    ['<p>Read <a href="/x">Blinken’s op-ed</a> on <b>China</b> &amp; <i>Hong Kong</i>.</p><p>China replied.<br>Blinken did not.</p>'],
    ['<div>  Blinken  <span> in   China </span>\n Blinken </div>'],
  ])('restores the exact innerHTML and every original Text node: %s', (markup) => {
    document.body.innerHTML = markup;
    const original = document.body.innerHTML;
    const walk = () => {
      const nodes: Node[] = [];
      const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = w.nextNode(); n; n = w.nextNode()) nodes.push(n);
      return nodes;
    };
    const textNodes = walk();
    const h = new Highlighter();
    for (const block of collectTextBlocks(document.body)) {
      const found: Mention[] = [];
      for (const [name, entity, kind] of [
        ['Blinken', 'person:antony-blinken', 'person'],
        ['China', 'place:china', 'place'],
        ['Hong Kong', 'place:hong-kong', 'place'],
        ['Lloyd Austin', 'person:lloyd-austin', 'person'],
      ] as const) {
        for (let i = block.text.indexOf(name); i >= 0; i = block.text.indexOf(name, i + 1)) {
          found.push({ start: i, end: i + name.length, kind, entity, text: name, name });
        }
      }
      h.apply(block, found.sort((a, b) => a.start - b.start));
    }
    expect(marks().length).toBeGreaterThan(1);
    expect(document.body.innerHTML).not.toBe(original);

    h.undo();
    expect(document.body.innerHTML).toBe(original);
    const after = walk();
    expect(after).toHaveLength(textNodes.length);
    after.forEach((n, i) => expect(n).toBe(textNodes[i]));
    expect(h.all).toEqual([]);
  });

  test('after undo, highlighting again starts the tab stops afresh', () => {
    document.body.innerHTML = '<p>Blinken spoke.</p>';
    const h = new Highlighter();
    const apply = () => {
      const [block] = collectTextBlocks(document.body);
      h.apply(block!, [at(block!, 'Blinken', 'person:antony-blinken')]);
    };
    apply();
    h.undo();
    apply();
    expect(marks().map((m) => m.getAttribute('tabindex'))).toEqual(['0']);
    expect(h.all).toHaveLength(1);
  });

  test('undo is a no-op when nothing was highlighted', () => {
    document.body.innerHTML = '<p>Blinken spoke.</p>';
    const h = new Highlighter();
    h.undo();
    expect(document.body.innerHTML).toBe('<p>Blinken spoke.</p>');
  });
});
