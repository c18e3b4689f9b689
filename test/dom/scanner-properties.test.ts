// @vitest-environment happy-dom
/**
 * Property-based tests of the content-side DOM work (collectTextBlocks, Highlighter, PageScanner)
 * over generated DOM trees: it never throws, never changes the page's text, never reads or touches
 * excluded elements, and undo / stop() put the tree back exactly, with the same Text nodes.
 *
 * Trees are generated as plain specs (so fast-check can shrink them) and built with the DOM API,
 * which allows what an HTML parser never produces but scripts do: adjacent and empty text nodes.
 * Excluded elements are recorded by the builder itself, independently of EXCLUDED_SELECTOR.
 */
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { Highlighter, MARK_TAG } from '../../dom/highlight';
import { PageScanner, SCAN_ATTRIBUTE, type DetectFn } from '../../dom/page-scanner';
import { collectTextBlocks, type TextBlock } from '../../dom/text-blocks';
import type { Mention } from '../../lib/ner/detect-mentions';

const RUNS = 1000;
/** Per-test timeout: 1,000 runs stay well under it; the slack is for slow shared machines. */
const TIMEOUT_MS = 120_000;

// ---------------------------------------------------------------------------------------------
// Tree specs and the builder
// ---------------------------------------------------------------------------------------------

type Attrs = readonly (readonly [string, string])[];
type Spec =
  | { k: 'text'; data: string }
  | { k: 'comment'; data: string }
  | { k: 'el'; tag: string; ns?: string; attrs: Attrs; kids: readonly Spec[]; excluded?: boolean };

const SVG_NS = 'http://www.w3.org/2000/svg';
const MATH_NS = 'http://www.w3.org/1998/Math/MathML';

const el = (tag: string, attrs: Attrs = [], kids: readonly Spec[] = [], excluded = false, ns?: string): Spec => ({
  k: 'el', tag, attrs, kids, excluded, ns,
});
const text = (data: string): Spec => ({ k: 'text', data });

/** Known names the fake detector finds (longest first at each position), linked or not. */
interface KnownName {
  text: string;
  entity: string | null;
  kind: 'person' | 'place';
}
const NAMES: readonly KnownName[] = ([
  { text: 'Antony Blinken', entity: 'person:antony-blinken', kind: 'person' },
  { text: 'Blinken', entity: 'person:antony-blinken', kind: 'person' },
  { text: 'Pedro Sánchez', entity: 'person:pedro-sanchez', kind: 'person' },
  { text: 'Sánchez', entity: 'person:pedro-sanchez', kind: 'person' },
  { text: "O'Neill", entity: 'person:tip-oneill', kind: 'person' },
  { text: 'O’Neill', entity: 'person:tip-oneill', kind: 'person' },
  { text: 'Kyiv', entity: 'place:kyiv', kind: 'place' },
  { text: 'القاهرة', entity: 'place:cairo', kind: 'place' },
  { text: 'Tokyo', entity: null, kind: 'place' },
  { text: 'Zürich', entity: null, kind: 'place' },
] satisfies KnownName[]).sort((a, b) => b.text.length - a.text.length);

const WORDS = [
  'Antony Blinken', 'Antony', 'Blinken', 'Kyiv', 'Sánchez', 'Pedro', "O'Neill", 'O’Neill', 'Tokyo', 'Zürich',
  'said', 'the', 'in', 'and', 'met', 'visited', '2024', '🇺🇦', '👩‍👩‍👧', '🙂', 'القاهرة', 'שלום עולם', 'Cafe\u0301',
  '', ' ', '  ', '\n', '\t', '\u00a0', '&', '<b>', '"', '—', '.',
];

const word = fc.constantFrom(...WORDS);
const sep = fc.constantFrom(' ', ' ', '', '\n', ', ', '. ');
const textData = fc
  .array(fc.tuple(word, sep), { maxLength: 5 })
  .map((pairs) => pairs.map(([w, s]) => w + s).join(''));
const textSpec = textData.map(text);

/** Excluded elements with no element children of their own. */
const excludedLeaf: fc.Arbitrary<Spec> = fc.oneof(
  textData.map((v) => el('input', [['type', 'text'], ['value', v]], [], true)),
  textData.map((v) => el('textarea', [], [text(v)], true)),
  fc.array(textData, { minLength: 1, maxLength: 3 }).map((opts) => el('select', [], opts.map((o) => el('option', [], [text(o)])), true)),
  textData.map((v) => el('script', [['type', 'application/ld+json']], [text(JSON.stringify({ author: v }))], true)),
  textData.map((v) => el('script', [], [text(`/* ${v.replace(/\*\//g, '')} */`)], true)),
  textData.map((v) => el('style', [], [text(`/* ${v.replace(/\*\//g, '')} */ .kyiv { color: red }`)], true)),
  textData.map((v) => el('svg', [], [el('text', [['x', '0'], ['y', '10']], [text(v)], false, SVG_NS)], true, SVG_NS)),
  textData.map((v) => el('math', [], [el('mi', [], [text(v)], false, MATH_NS)], true, MATH_NS)),
  fc.constant(el('iframe', [['title', 'Kyiv embed']], [], true)),
  textData.map((v) => el('code', [], [text(v)], true)),
);

const leaf: fc.Arbitrary<Spec> = fc.oneof(
  { weight: 10, arbitrary: textSpec },
  { weight: 1, arbitrary: fc.constant(el('br')) },
  { weight: 1, arbitrary: textData.map((v): Spec => ({ k: 'comment', data: v.replace(/-/g, '') })) },
  { weight: 2, arbitrary: excludedLeaf },
);

/** Ordinary elements, whose text is read and highlighted. */
const NORMAL: readonly [string, Attrs][] = [
  ['p', []], ['div', []], ['span', []], ['a', [['href', '/story']]], ['em', []], ['strong', []], ['b', []],
  ['blockquote', []], ['h1', []], ['h2', []], ['h3', []], ['section', []], ['div', [['contenteditable', 'false']]],
  ['span', [['aria-hidden', 'false']]], ['span', [['role', 'link']]],
];

/** Excluded elements whose children are arbitrary subtrees. */
const EXCLUDED_CONTAINERS: readonly [string, Attrs][] = [
  ['div', [['contenteditable', '']]], ['div', [['contenteditable', 'true']]], ['p', [['contenteditable', 'plaintext-only']]],
  ['div', [['role', 'textbox']]], ['button', []], ['pre', []], ['code', []], ['kbd', []], ['noscript', []],
  ['div', [['aria-hidden', 'true']]], ['span', [['aria-hidden', 'true']]], ['div', [['data-backstory-ui', '']]],
  ['aside', [['data-backstory-ui', 'card']]],
];

const memo = new Map<number, fc.Arbitrary<Spec>>();
/** A node whose subtree is at most `depth` elements deep. */
function nodeAt(depth: number): fc.Arbitrary<Spec> {
  if (depth <= 0) return leaf;
  const known = memo.get(depth);
  if (known) return known;
  const kids = fc.array(nodeAt(depth - 1), { maxLength: 4 });
  const arb = fc.oneof(
    { weight: 6, arbitrary: leaf },
    { weight: 5, arbitrary: fc.tuple(fc.constantFrom(...NORMAL), kids).map(([[tag, attrs], k]) => el(tag, attrs, k)) },
    {
      weight: 1,
      arbitrary: fc.array(kids, { minLength: 1, maxLength: 3 }).map((items) => el('ul', [], items.map((k) => el('li', [], k)))),
    },
    {
      weight: 1,
      arbitrary: fc
        .array(fc.array(fc.tuple(fc.constantFrom('td', 'th'), kids), { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 2 })
        .map((rows) => el('table', [], [el('tbody', [], rows.map((cells) => el('tr', [], cells.map(([tag, k]) => el(tag, [], k)))))])),
    },
    {
      weight: 3,
      arbitrary: fc.tuple(fc.constantFrom(...EXCLUDED_CONTAINERS), kids).map(([[tag, attrs], k]) => el(tag, attrs, k, true)),
    },
    {
      // An editor with a non-editable island: still excluded, through its ancestor.
      weight: 1,
      arbitrary: kids.map((k) => el('div', [['contenteditable', 'true']], [el('div', [['contenteditable', 'false']], k)], true)),
    },
  );
  memo.set(depth, arb);
  return arb;
}

const DEPTH = 3;
const treeArb = fc.array(nodeAt(DEPTH), { maxLength: 5 });

/** Builds `specs` under `parent`; returns every element built from an excluded spec. */
function build(specs: readonly Spec[], parent: Node, excluded: Element[] = []): Element[] {
  for (const spec of specs) {
    if (spec.k === 'text') parent.appendChild(document.createTextNode(spec.data));
    else if (spec.k === 'comment') parent.appendChild(document.createComment(spec.data));
    else {
      const e = spec.ns ? document.createElementNS(spec.ns, spec.tag) : document.createElement(spec.tag);
      for (const [name, value] of spec.attrs) e.setAttribute(name, value);
      if (spec.excluded) excluded.push(e);
      build(spec.kids, e, excluded);
      parent.appendChild(e);
    }
  }
  return excluded;
}

function render(specs: readonly Spec[]): Element[] {
  document.body.replaceChildren();
  return build(specs, document.body);
}

// ---------------------------------------------------------------------------------------------
// Mentions: generated as seeds, turned into offsets once the blocks are known
// ---------------------------------------------------------------------------------------------

type How = 'name' | 'node' | 'any' | 'cross' | 'overlap' | 'out';
interface Seed {
  block: number;
  how: How;
  a: number;
  b: number;
  c: number;
  entity: string | null;
  kind: 'person' | 'place';
}

const seedArb: fc.Arbitrary<Seed> = fc.record({
  block: fc.nat(),
  how: fc.constantFrom<How>('name', 'name', 'node', 'node', 'any', 'cross', 'overlap', 'out'),
  a: fc.nat(),
  b: fc.nat(),
  c: fc.nat(),
  entity: fc.option(fc.constantFrom('person:antony-blinken', 'place:kyiv', 'person:pedro-sanchez'), { freq: 4 }),
  kind: fc.constantFrom('person', 'place'),
});
const mentionsArb = fc.record({ seeds: fc.array(seedArb, { maxLength: 12 }), sorted: fc.boolean() });
type MentionSeeds = { seeds: Seed[]; sorted: boolean };

/** Non-overlapping occurrences of the known names, longest first: what the fake detector returns. */
function findNames(s: string): Mention[] {
  const found: Mention[] = [];
  for (let i = 0; i < s.length; ) {
    const name = NAMES.find((n) => s.startsWith(n.text, i));
    if (!name) {
      i++;
      continue;
    }
    found.push({ start: i, end: i + name.text.length, kind: name.kind, entity: name.entity, text: name.text, name: name.text });
    i += name.text.length;
  }
  return found;
}

function rangeOf(block: TextBlock, seed: Seed, previous: Mention | undefined): [number, number] {
  const L = block.text.length;
  const n = block.nodes.length;
  const { a, b, c } = seed;
  switch (seed.how) {
    case 'name': {
      const found = findNames(block.text);
      if (found.length) {
        const m = found[a % found.length]!;
        return [m.start, m.end];
      }
      return rangeOf(block, { ...seed, how: 'node' }, previous);
    }
    case 'node': {
      const i = a % n;
      const start = block.starts[i]!;
      const len = block.nodes[i]!.data.length;
      if (len === 0) return [start, start];
      const s = b % len;
      return [start + s, start + s + 1 + (c % (len - s))];
    }
    case 'any': {
      let s = a % (L + 1);
      let e = b % (L + 1);
      if (s > e) [s, e] = [e, s];
      return [s, s === e ? Math.min(L, e + 1) : e];
    }
    case 'cross': {
      if (n < 2) return rangeOf(block, { ...seed, how: 'any' }, previous);
      const boundary = block.starts[1 + (a % (n - 1))]!;
      return [Math.max(0, boundary - 1 - (b % 4)), Math.min(L, boundary + 1 + (c % 4))];
    }
    case 'overlap': {
      if (!previous) return rangeOf(block, { ...seed, how: 'name' }, previous);
      const span = Math.max(1, previous.end - previous.start);
      return [previous.start + (a % span), Math.min(L, previous.end + (b % 3))];
    }
    case 'out':
      switch (a % 7) {
        case 0: return [-1 - (b % 5), c % (L + 1)]; // starts before the block
        case 1: return [b % (L + 1), L + 1 + (c % 5)]; // ends after it
        case 2: return [Math.max(b % (L + 1), c % (L + 1)) + 1, Math.min(b % (L + 1), c % (L + 1))]; // reversed
        case 3: return [b % (L + 1), b % (L + 1)]; // empty
        case 4: return [L + 1 + (b % 3), L + 4 + (c % 3)]; // wholly past the end
        case 5: return [Number.MAX_SAFE_INTEGER - 1, Number.MAX_SAFE_INTEGER];
        default: return [-5 - (b % 5), -1]; // wholly before the start
      }
  }
}

/** The mention list each block is given (empty for most blocks of a big tree). */
function mentionsFor(blocks: readonly TextBlock[], { seeds, sorted }: MentionSeeds): Mention[][] {
  const lists: Mention[][] = blocks.map(() => []);
  if (!blocks.length) return lists;
  for (const seed of seeds) {
    const j = seed.block % blocks.length;
    const block = blocks[j]!;
    const list = lists[j]!;
    const [start, end] = rangeOf(block, seed, list.at(-1));
    const t = block.text.slice(Math.max(0, start), Math.max(0, end));
    list.push({ start, end, kind: seed.kind, entity: seed.entity, text: t, name: t || 'Unnamed' });
  }
  if (sorted) for (const list of lists) list.sort((x, y) => x.start - y.start || x.end - y.end);
  return lists;
}

// ---------------------------------------------------------------------------------------------
// Observations of the tree
// ---------------------------------------------------------------------------------------------

/** Every node under `root` (elements, text, comments) in document order. */
function allNodes(root: Node = document.body): Node[] {
  const nodes: Node[] = [];
  const w = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
  for (let node = w.nextNode(); node; node = w.nextNode()) nodes.push(node);
  return nodes;
}

interface Snapshot {
  html: string;
  text: string | null;
  nodes: Node[];
  data: (string | null)[];
  excludedHtml: string[];
  excludedNodes: Node[][];
}

function snapshot(excluded: readonly Element[]): Snapshot {
  const nodes = allNodes();
  return {
    html: document.body.innerHTML,
    text: document.body.textContent,
    nodes,
    data: nodes.map((n) => (n.nodeType === Node.ELEMENT_NODE ? null : (n as CharacterData).data)),
    excludedHtml: excluded.map((e) => e.outerHTML),
    excludedNodes: excluded.map((e) => [e, ...allNodes(e)]),
  };
}

const marksIn = (root: ParentNode = document.body) => [...root.querySelectorAll<HTMLElement>(MARK_TAG)];

/** Index of the first node that is not the same object as in `before` (-1 when all are). */
function firstDifferentNode(nodes: readonly Node[], before: readonly Node[]): number {
  if (nodes.length !== before.length) return Math.min(nodes.length, before.length);
  return nodes.findIndex((n, i) => n !== before[i]);
}

/** The page text and the excluded subtrees are exactly as in `before` (marks may be present). */
function expectTextAndExcludedUnchanged(before: Snapshot, excluded: readonly Element[]): void {
  expect(document.body.textContent).toBe(before.text);
  excluded.forEach((e, i) => {
    expect(e.isConnected).toBe(true);
    expect(e.outerHTML).toBe(before.excludedHtml[i]);
    expect(e.querySelector(MARK_TAG)).toBeNull();
    expect(firstDifferentNode([e, ...allNodes(e)], before.excludedNodes[i]!), `node of excluded ${e.nodeName}`).toBe(-1);
  });
}

/** The tree is exactly as in `before`: same markup, same node objects, same character data. */
function expectRestored(before: Snapshot): void {
  expect(document.body.innerHTML).toBe(before.html);
  const nodes = allNodes();
  expect(firstDifferentNode(nodes, before.nodes), 'first node not the original object').toBe(-1);
  const data = nodes.map((n) => (n.nodeType === Node.ELEMENT_NODE ? null : (n as CharacterData).data));
  expect(data).toEqual(before.data);
}

/** Where each mark of `block` sits in the block's (original) text, read from the split pieces. */
function markRanges(block: TextBlock, h: Highlighter): { start: number; end: number; mark: HTMLElement }[] {
  const out: { start: number; end: number; mark: HTMLElement }[] = [];
  block.nodes.forEach((node, i) => {
    let offset = block.starts[i]! + node.data.length;
    for (let n = node.nextSibling; n && h.isOwn(n); n = n.nextSibling) {
      const len = n.textContent!.length;
      if (n.nodeName.toLowerCase() === MARK_TAG) out.push({ start: offset, end: offset + len, mark: n as HTMLElement });
      offset += len;
    }
  });
  return out;
}

/** Applies each block's mentions with one highlighter; returns what it created per block. */
function highlight(blocks: readonly TextBlock[], lists: readonly Mention[][]) {
  const h = new Highlighter();
  const created = blocks.map((block, j) => h.apply(block, lists[j]!));
  return { h, created };
}

const inside = (node: Node, roots: readonly Element[]) => roots.some((r) => r.contains(node));

// ---------------------------------------------------------------------------------------------
// The properties
// ---------------------------------------------------------------------------------------------

let scanner: PageScanner | null = null;

beforeEach(() => {
  document.body.replaceChildren();
  document.documentElement.removeAttribute(SCAN_ATTRIBUTE);
});

afterEach(() => {
  scanner?.stop();
  scanner = null;
  document.body.replaceChildren();
});

describe('scanner properties over generated DOM trees', () => {
  test('1. collectTextBlocks and Highlighter.apply never throw, from any root, on any mention list', () => {
    fc.assert(
      fc.property(treeArb, mentionsArb, fc.nat(), (specs, seeds, pick) => {
        render(specs);
        const roots: Node[] = [document.body, ...document.body.querySelectorAll('*')];
        const root = roots[pick % roots.length]!;
        const blocks = collectTextBlocks(root);
        const { h } = highlight(blocks, mentionsFor(blocks, seeds));
        // A second pass over the highlighted tree reads marks as excluded and must not throw either.
        const again = collectTextBlocks(document.body);
        highlight(again, mentionsFor(again, seeds)).h.undo();
        h.undo();
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT_MS);

  test('2. highlighting never changes the text of the page or of an excluded element', () => {
    fc.assert(
      fc.property(treeArb, mentionsArb, (specs, seeds) => {
        const excluded = render(specs);
        const before = snapshot(excluded);
        const blocks = collectTextBlocks(document.body);
        const { h } = highlight(blocks, mentionsFor(blocks, seeds));
        expectTextAndExcludedUnchanged(before, excluded);
        // Each block's text nodes plus the pieces split off them still read as the block's text.
        for (const block of blocks) {
          const pieces = block.nodes.map((node) => {
            let read = node.data;
            for (let n = node.nextSibling; n && h.isOwn(n); n = n.nextSibling) read += n.textContent;
            return read;
          });
          expect(pieces.join('')).toBe(block.text);
        }
        h.undo();
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT_MS);

  test('3. excluded elements are never read or touched', () => {
    fc.assert(
      fc.property(treeArb, mentionsArb, (specs, seeds) => {
        const excluded = render(specs);
        const before = snapshot(excluded);
        const blocks = collectTextBlocks(document.body);
        for (const block of blocks) {
          // Read: only text outside excluded elements, with consistent offsets.
          expect(block.nodes.some((n) => inside(n, excluded))).toBe(false);
          expect(block.nodes.map((n) => n.data).join('')).toBe(block.text);
          expect(block.nodes.map((n, i) => block.text.slice(block.starts[i], block.starts[i]! + n.data.length))).toEqual(
            block.nodes.map((n) => n.data),
          );
          expect(/\p{L}/u.test(block.text)).toBe(true);
        }
        const { h } = highlight(blocks, mentionsFor(blocks, seeds));
        // Touched: no mark inside, same serialisation, same nodes.
        expectTextAndExcludedUnchanged(before, excluded);
        for (const mark of marksIn()) expect(inside(mark, excluded)).toBe(false);
        h.undo();
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT_MS);

  test('4a. Highlighter.undo() restores the tree exactly, with the original Text nodes', () => {
    fc.assert(
      fc.property(treeArb, mentionsArb, (specs, seeds) => {
        const excluded = render(specs);
        const before = snapshot(excluded);
        const blocks = collectTextBlocks(document.body);
        const { h } = highlight(blocks, mentionsFor(blocks, seeds));
        h.undo();
        expectRestored(before);
        expect(h.all).toEqual([]);
        expect(marksIn()).toEqual([]);
        // Undo twice is harmless.
        h.undo();
        expectRestored(before);
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT_MS);

  test('4b. PageScanner.stop() restores the tree exactly, with the original Text nodes', async () => {
    await fc.assert(
      fc.asyncProperty(treeArb, async (specs) => {
        const excluded = render(specs);
        const before = snapshot(excluded);
        const detect: DetectFn = async (texts) => texts.map(findNames);
        scanner = new PageScanner(document, detect);
        try {
          await scanner.start();
          expect(document.documentElement.getAttribute(SCAN_ATTRIBUTE)).toBe('done');
          expectTextAndExcludedUnchanged(before, excluded);
        } finally {
          scanner.stop();
          scanner = null;
        }
        expectRestored(before);
        expect(document.documentElement.hasAttribute(SCAN_ATTRIBUTE)).toBe(false);
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT_MS);

  test('5. marks only for mentions with an entity, covering exactly their text, never nested', () => {
    fc.assert(
      fc.property(treeArb, mentionsArb, (specs, seeds) => {
        render(specs);
        const blocks = collectTextBlocks(document.body);
        const lists = mentionsFor(blocks, seeds);
        const { h, created } = highlight(blocks, lists);
        const all = marksIn();
        expect(h.all).toEqual(created.flat());
        expect(new Set(all)).toEqual(new Set(h.all));

        blocks.forEach((block, j) => {
          const list = lists[j]!;
          const ranges = markRanges(block, h);
          expect(ranges.map((r) => r.mark)).toEqual(expect.arrayContaining(created[j]!));
          expect(ranges.length).toBe(created[j]!.length);
          for (const { start, end, mark } of ranges) {
            // Some mention with an entity has exactly this range, text, entity and kind.
            const m = list.find(
              (x) =>
                x.entity !== null && x.start === start && x.end === end &&
                x.entity === mark.getAttribute('data-backstory-entity') && x.kind === mark.getAttribute('data-backstory-kind'),
            );
            expect(m, `mark ${JSON.stringify(mark.textContent)} at ${start}-${end}`).toBeDefined();
            expect(mark.textContent).toBe(m!.text);
            expect(mark.textContent).toBe(block.text.slice(start, end));
            expect(mark.textContent).not.toBe('');
          }
          // With mentions in order (as detection gives them), every linked mention inside one text
          // node that overlaps no other linked mention is highlighted.
          if (seeds.sorted) {
            list.forEach((m, k) => {
              if (m.entity === null || !(m.start >= 0 && m.start < m.end && m.end <= block.text.length)) return;
              const inOneNode = block.nodes.some(
                (n, i) => block.starts[i]! <= m.start && m.end <= block.starts[i]! + n.data.length,
              );
              const overlaps = list.some(
                (o, q) => q !== k && o.entity !== null && o.start < m.end && m.start < o.end,
              );
              if (inOneNode && !overlaps) {
                expect(ranges.some((r) => r.start === m.start && r.end === m.end), `mention ${m.start}-${m.end}`).toBe(true);
              }
            });
          }
        });
        for (const mark of all) {
          expect(mark.parentElement?.closest(MARK_TAG) ?? null).toBeNull();
          expect(mark.querySelector(MARK_TAG)).toBeNull();
          expect(mark.childNodes.length).toBe(1);
        }
        h.undo();
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT_MS);

  test('6. start, stop, start gives the same marks as the first run, each name once', async () => {
    await fc.assert(
      fc.asyncProperty(treeArb, async (specs) => {
        const excluded = render(specs);
        const before = snapshot(excluded);
        // What the scanner should highlight: linked names lying inside one text node.
        const expected = collectTextBlocks(document.body).flatMap((block) =>
          findNames(block.text)
            .filter((m) => m.entity !== null)
            .filter((m) => block.nodes.some((n, i) => block.starts[i]! <= m.start && m.end <= block.starts[i]! + n.data.length))
            .map((m) => [m.text, m.entity]),
        );
        const batches: string[][] = [];
        const detect: DetectFn = async (texts) => {
          batches.push(texts);
          return texts.map(findNames);
        };
        const seen = () => marksIn().map((m) => [m.textContent, m.getAttribute('data-backstory-entity')]);
        scanner = new PageScanner(document, detect);
        try {
          await scanner.start();
          const first = document.body.innerHTML;
          const firstMarks = seen();
          expect(firstMarks).toEqual(expected);
          expect(scanner.marks.length).toBe(expected.length);

          scanner.stop();
          expectRestored(before);

          await scanner.start();
          expect(document.body.innerHTML).toBe(first);
          expect(seen()).toEqual(firstMarks);
          expect(scanner.marks.length).toBe(expected.length);
          expect(new Set(scanner.marks).size).toBe(scanner.marks.length);
          for (const mark of marksIn()) {
            expect(mark.parentElement?.closest(MARK_TAG) ?? null).toBeNull();
            expect(inside(mark, excluded)).toBe(false);
          }
          expectTextAndExcludedUnchanged(before, excluded);
          // Both runs asked about the same texts.
          expect(batches.length % 2).toBe(0);
          expect(batches.slice(batches.length / 2)).toEqual(batches.slice(0, batches.length / 2));
        } finally {
          scanner.stop();
          scanner = null;
        }
        expectRestored(before);
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT_MS);
});
