// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { MARK_TAG } from '../../dom/highlight';
import { PageScanner, SCAN_ATTRIBUTE, type DetectFn } from '../../dom/page-scanner';
import { detectDocument, type Mention } from '../../lib/ner/detect-mentions';
import { seedCorpus } from '../unit/helpers/engine';

/** Longer than the scanner's 150 ms mutation delay, plus time for the detect promise to settle. */
const AFTER_MUTATION_DELAY_MS = 300;
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

const { matcher } = seedCorpus();

/** A DetectFn on the real compiled seed matcher that records every batch it is asked for. */
function recordingDetect() {
  const batches: string[][] = [];
  const detect: DetectFn = async (texts) => {
    batches.push(texts);
    return detectDocument(texts, matcher);
  };
  return { detect, batches };
}

const ARTICLE = `
<header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<article>
  <h1>Blinken and Austin head to Asia</h1>
  <p>US Secretary of State <a href="/people/blinken">Antony Blinken</a> and Secretary of Defense Lloyd Austin
     will visit Japan and South Korea this week.</p>
  <p>Blinken said China must respect the rules in the South China Sea.<br>Austin agreed.</p>
  <form><textarea name="comment">Blinken is wrong about Beijing</textarea></form>
  <pre>Blinken; Austin; Beijing</pre>
</article>`;

const markTexts = () => [...document.querySelectorAll(MARK_TAG)].map((m) => m.textContent);
const scanState = () => document.documentElement.getAttribute(SCAN_ATTRIBUTE);

let scanner: PageScanner | null = null;

beforeEach(() => {
  document.body.innerHTML = '';
  document.documentElement.removeAttribute(SCAN_ATTRIBUTE);
});

afterEach(() => {
  scanner?.stop();
  scanner = null;
});

describe('PageScanner.start', () => {
  test('highlights linked names, marks the document as scanned, and reports what it found', async () => {
    document.body.innerHTML = ARTICLE;
    const { detect, batches } = recordingDetect();
    const highlighted: HTMLElement[] = [];
    scanner = new PageScanner(document, detect, (marks) => highlighted.push(...marks));
    const started = scanner.start();
    expect(scanState()).toBe('running');
    await started;

    expect(scanState()).toBe('done');
    expect(batches).toHaveLength(1);
    expect(markTexts()).toEqual([
      'Blinken', 'Austin', 'Asia',
      'Antony Blinken', 'Lloyd Austin', 'Japan', 'South Korea',
      'Blinken', 'China', 'South China Sea',
      'Austin',
    ]);
    expect(highlighted).toEqual([...document.querySelectorAll(MARK_TAG)]);
    expect(scanner.marks).toEqual(highlighted);
    // Nothing inside the textarea or the <pre> was touched.
    expect(document.querySelector('textarea')!.value).toBe('Blinken is wrong about Beijing');
    expect(document.querySelector('pre')!.innerHTML).toBe('Blinken; Austin; Beijing');

    const report = scanner.report(true);
    expect(report.enabled).toBe(true);
    expect(report.scanned).toBe(true);
    const counts = Object.fromEntries(report.entities.map((e) => [e.id, [e.name, e.count]]));
    expect(counts['person:antony-blinken']).toEqual(['Antony Blinken', 3]);
    expect(counts['person:lloyd-austin']).toEqual(['Lloyd Austin', 3]);
    expect(counts['place:beijing']).toBeUndefined();
    expect(report.entities[0]!.count).toBeGreaterThanOrEqual(report.entities.at(-1)!.count);
  });

  test('a page with no names is still marked as scanned', async () => {
    document.body.innerHTML = '<p>Nothing to see here, just weather and sport.</p>';
    const { detect, batches } = recordingDetect();
    scanner = new PageScanner(document, detect);
    await scanner.start();
    expect(scanState()).toBe('done');
    expect(batches).toEqual([['Nothing to see here, just weather and sport.']]);
    expect(markTexts()).toEqual([]);
    expect(scanner.report(true)).toMatchObject({ scanned: true, entities: [] });
  });

  test('an empty page is marked as scanned without asking for detection', async () => {
    const { detect, batches } = recordingDetect();
    scanner = new PageScanner(document, detect);
    await scanner.start();
    expect(scanState()).toBe('done');
    expect(batches).toEqual([]);
  });

  test('unknown names are tallied but not highlighted', async () => {
    document.body.innerHTML = '<p>Blinken met Pedro Sánchez, who said nothing, in Tokyo.</p>';
    scanner = new PageScanner(document, recordingDetect().detect);
    await scanner.start();
    expect(markTexts()).toEqual(['Blinken']);
    const tally = scanner.report(true).entities.map((e) => [e.id, e.kind, e.name]);
    expect(tally).toContainEqual([null, 'person', 'Pedro Sánchez']);
    expect(tally).toContainEqual([null, 'place', 'Tokyo']);
  });
});

describe('PageScanner.stop', () => {
  test('restores the DOM exactly and removes the scan attribute', async () => {
    document.body.innerHTML = ARTICLE;
    const original = document.body.innerHTML;
    const firstParagraphText = document.querySelector('p')!.firstChild;
    scanner = new PageScanner(document, recordingDetect().detect);
    await scanner.start();
    expect(document.body.innerHTML).not.toBe(original);

    scanner.stop();
    expect(document.body.innerHTML).toBe(original);
    expect(document.querySelector('p')!.firstChild).toBe(firstParagraphText);
    expect(document.documentElement.hasAttribute(SCAN_ATTRIBUTE)).toBe(false);
    expect(scanner.marks).toEqual([]);
    expect(scanner.report(false)).toMatchObject({ enabled: false, scanned: false, entities: [] });
  });

  test('stopping while detection is in flight leaves the page untouched', async () => {
    document.body.innerHTML = '<p>Blinken met Austin in Beijing.</p>';
    const original = document.body.innerHTML;
    let release: (r: Mention[][]) => void = () => {};
    const detect: DetectFn = (texts) =>
      new Promise((resolve) => {
        release = () => resolve(detectDocument(texts, matcher));
      });
    scanner = new PageScanner(document, detect);
    const started = scanner.start();
    scanner.stop();
    release([]);
    await started;
    expect(document.body.innerHTML).toBe(original);
    expect(document.documentElement.hasAttribute(SCAN_ATTRIBUTE)).toBe(false);
  });

  test('content added after stop() is not scanned', async () => {
    document.body.innerHTML = '<p>Blinken spoke.</p>';
    const { detect, batches } = recordingDetect();
    scanner = new PageScanner(document, detect);
    await scanner.start();
    scanner.stop();
    document.body.insertAdjacentHTML('beforeend', '<p>Lloyd Austin flew to India.</p>');
    await wait(AFTER_MUTATION_DELAY_MS);
    expect(batches).toHaveLength(1);
    expect(markTexts()).toEqual([]);
  });

  test('start() after stop() scans again', async () => {
    document.body.innerHTML = '<p>Blinken spoke in Tokyo about Japan.</p>';
    scanner = new PageScanner(document, recordingDetect().detect);
    await scanner.start();
    scanner.stop();
    await scanner.start();
    expect(markTexts()).toEqual(['Blinken', 'Japan']);
    expect(scanState()).toBe('done');
  });
});

describe('PageScanner follows content added later', () => {
  test('a paragraph appended after the scan is highlighted after the mutation delay', async () => {
    document.body.innerHTML = '<main><p>Blinken spoke.</p></main>';
    const { detect, batches } = recordingDetect();
    const highlighted: string[] = [];
    scanner = new PageScanner(document, detect, (marks) => highlighted.push(...marks.map((m) => m.textContent ?? '')));
    await scanner.start();
    expect(highlighted).toEqual(['Blinken']);

    const p = document.createElement('p');
    p.textContent = 'Lloyd Austin flew to India and Japan.';
    document.querySelector('main')!.append(p);
    await wait(AFTER_MUTATION_DELAY_MS);

    expect(batches).toEqual([['Blinken spoke.'], ['Lloyd Austin flew to India and Japan.']]);
    expect(markTexts()).toEqual(['Blinken', 'Lloyd Austin', 'India', 'Japan']);
    expect(highlighted).toEqual(['Blinken', 'Lloyd Austin', 'India', 'Japan']);
    expect(scanner.report(true).entities.find((e) => e.id === 'person:lloyd-austin')?.count).toBe(1);
  });

  test('several nodes added in one burst are scanned in one batch, each once', async () => {
    document.body.innerHTML = '<main></main>';
    const { detect, batches } = recordingDetect();
    scanner = new PageScanner(document, detect);
    await scanner.start();
    const main = document.querySelector('main')!;
    const section = document.createElement('section');
    section.innerHTML = '<p>China objected.</p><p>Tibet and Xinjiang were named.</p>';
    main.append(section);
    main.insertAdjacentHTML('beforeend', '<p>Taiwan too.</p>');
    await wait(AFTER_MUTATION_DELAY_MS);
    expect(batches).toEqual([['China objected.', 'Tibet and Xinjiang were named.', 'Taiwan too.']]);
    expect(markTexts()).toEqual(['China', 'Tibet', 'Xinjiang', 'Taiwan']);
  });

  test('its own highlights do not retrigger detection', async () => {
    document.body.innerHTML = ARTICLE;
    const { detect, batches } = recordingDetect();
    scanner = new PageScanner(document, detect);
    await scanner.start();
    await wait(AFTER_MUTATION_DELAY_MS);
    await wait(AFTER_MUTATION_DELAY_MS);
    expect(batches).toHaveLength(1);

    document.body.insertAdjacentHTML('beforeend', '<p>Austin said Beijing and Hong Kong were on the agenda.</p>');
    await wait(AFTER_MUTATION_DELAY_MS);
    expect(batches).toHaveLength(2);
    await wait(AFTER_MUTATION_DELAY_MS);
    await wait(AFTER_MUTATION_DELAY_MS);
    expect(batches).toHaveLength(2);
    expect(markTexts().slice(-3)).toEqual(['Austin', 'Beijing', 'Hong Kong']);
  });

  test.each([
    ['a textarea', '<textarea>Blinken and Austin</textarea>'],
    ['an editable region', '<div contenteditable="true"><p>Blinken and Austin</p></div>'],
    ['a code block', '<pre><code>Blinken and Austin</code></pre>'],
    ['the extension UI', '<div data-backstory-ui><p>Blinken and Austin</p></div>'],
  ])('added %s is not scanned', async (_what, html) => {
    document.body.innerHTML = '<p>Blinken spoke.</p>';
    const { detect, batches } = recordingDetect();
    scanner = new PageScanner(document, detect);
    await scanner.start();
    document.body.insertAdjacentHTML('beforeend', html);
    await wait(AFTER_MUTATION_DELAY_MS);
    expect(batches).toHaveLength(1);
    expect(markTexts()).toEqual(['Blinken']);
  });

  // Known gap: the observer treats any text node whose previous sibling is a mark as one of its
  // own split pieces, so text a page appends right after a highlighted name is never scanned.
  test('text appended right after a highlighted name is scanned', async () => {
    document.body.innerHTML = '<p>Talks were held with Blinken</p>';
    const { detect, batches } = recordingDetect();
    scanner = new PageScanner(document, detect);
    await scanner.start();
    expect(markTexts()).toEqual(['Blinken']);
    document.querySelector('p')!.append(' and later Lloyd Austin flew to India.');
    await wait(AFTER_MUTATION_DELAY_MS);
    expect(batches).toHaveLength(2);
    expect(markTexts()).toEqual(['Blinken', 'Lloyd Austin', 'India']);
  });

  test('stop() restores the page including content highlighted after the first scan', async () => {
    document.body.innerHTML = '<main><p>Blinken spoke.</p></main>';
    scanner = new PageScanner(document, recordingDetect().detect);
    await scanner.start();
    document.querySelector('main')!.insertAdjacentHTML('beforeend', '<p>Lloyd Austin flew to India.</p>');
    await wait(AFTER_MUTATION_DELAY_MS);
    expect(markTexts()).toEqual(['Blinken', 'Lloyd Austin', 'India']);
    scanner.stop();
    expect(document.body.innerHTML).toBe('<main><p>Blinken spoke.</p><p>Lloyd Austin flew to India.</p></main>');
  });
});
