/**
 * Detection benchmark (issue: find and link people and places).
 * Builds the index from ../shared/corpus/conll2003-train-reuters.jsonl, annotates the gold sets
 * with the extension's engine and with compromise's people()/places() in the same run, and scores
 * exact-span precision, recall and F1 for PER and LOC, plus linking figures and words per second.
 *   npm run bench:detection
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseJsonl } from '../lib/corpus/parse-jsonl';
import { compileIndex } from '../lib/index/compile-index';
import { INDEX_FILES } from '../lib/index/index-files';
import type { Lexicon } from '../lib/ner/lexicon';
import { loadDictionary, loadGazetteer } from '../scripts/corpus/engine-resources';
import { loadBundledEngine } from './bundled-engine';
import { compromiseSpans } from './compromise-spans';
import { quantile, resampleDocuments, shareWhere } from './resample';

const SHARED = resolve(import.meta.dirname, '../../shared');
// Every figure of Backstory's, quality and speed, comes from the engine as the extension ships it.
const { detectDocument, createMatcher } = await loadBundledEngine();
interface Gold {
  id: string;
  text: string;
  entities: { start: number; end: number; type: string; text: string }[];
}
interface Span {
  start: number;
  end: number;
  type: 'PER' | 'LOC';
  linked?: boolean;
}

/** WNUT offsets count code points; JavaScript strings count UTF-16 units. */
function codePointToUtf16(text: string, cp: number): number {
  let units = 0;
  let count = 0;
  for (const ch of text) {
    if (count === cp) return units;
    units += ch.length;
    count++;
  }
  return units;
}

function readGold(path: string, codePoints: boolean): Gold[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Gold)
    .map((g) =>
      codePoints ? { ...g, entities: g.entities.map((e) => ({ ...e, start: codePointToUtf16(g.text, e.start), end: codePointToUtf16(g.text, e.end) })) } : g,
    );
}

/** Exact-span counts of one kind in one document. */
interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

function tally(gold: readonly Span[], predicted: readonly Span[], type: 'PER' | 'LOC'): Tally {
  const gs = new Set(gold.filter((s) => s.type === type).map((s) => `${s.start}:${s.end}`));
  const ps = new Set(predicted.filter((s) => s.type === type).map((s) => `${s.start}:${s.end}`));
  let tp = 0;
  for (const p of ps) if (gs.has(p)) tp++;
  return { tp, fp: ps.size - tp, fn: gs.size - tp };
}

function score(tallies: readonly Tally[]) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const t of tallies) {
    tp += t.tp;
    fp += t.fp;
    fn += t.fn;
  }
  const p = tp / Math.max(1, tp + fp);
  const r = tp / Math.max(1, tp + fn);
  return { precision: p, recall: r, f1: (2 * p * r) / Math.max(1e-9, p + r) };
}

/** What one document adds to every figure: the bootstrap resamples documents. */
interface DocumentCounts {
  ours: { PER: Tally; LOC: Tally };
  base: { PER: Tally; LOC: Tally };
  linked: number;
  linkedRight: number;
  inCorpus: number;
  inCorpusLinked: number;
}

const share = (docs: readonly DocumentCounts[], part: 'linkedRight' | 'inCorpusLinked', whole: 'linked' | 'inCorpus') =>
  docs.reduce((n, d) => n + d[part], 0) / Math.max(1, docs.reduce((n, d) => n + d[whole], 0));

const RESAMPLES = 1000;

/** Percentiles 5 and 95 of each figure over resampled story sets, and how often the thresholds hold. */
function resampledFigures(name: string, docs: readonly DocumentCounts[]): string[] {
  const range = (xs: number[]) => `${quantile(xs, 0.05).toFixed(3)}-${quantile(xs, 0.95).toFixed(3)}`;
  const figure = (statistic: (d: readonly DocumentCounts[]) => number) => resampleDocuments(docs, RESAMPLES, statistic);
  const perF1 = figure((d) => score(d.map((x) => x.ours.PER)).f1);
  const locF1 = figure((d) => score(d.map((x) => x.ours.LOC)).f1);
  const linkedRight = figure((d) => share(d, 'linkedRight', 'linked'));
  const inCorpus = figure((d) => share(d, 'inCorpusLinked', 'inCorpus'));
  const perMargin = figure((d) => score(d.map((x) => x.ours.PER)).f1 - score(d.map((x) => x.base.PER)).f1);
  const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
  const lines = [
    `Resampled by document (${RESAMPLES} bootstrap samples of ${docs.length}), 5th-95th percentile: PER F1 ${range(perF1)}, LOC F1 ${range(locF1)}, linked right ${range(linkedRight)}, in-corpus linked ${range(inCorpus)}; PER F1 minus compromise's ${range(perMargin)}`,
  ];
  if (name.startsWith('CoNLL')) {
    lines.push(
      `  samples meeting each CoNLL threshold: PER F1 >= 0.80 ${pct(shareWhere(perF1, (x) => x >= 0.8))}, LOC F1 >= 0.85 ${pct(shareWhere(locF1, (x) => x >= 0.85))}, linked right >= 0.95 ${pct(shareWhere(linkedRight, (x) => x >= 0.95))}, in-corpus linked >= 0.80 ${pct(shareWhere(inCorpus, (x) => x >= 0.8))}`,
    );
  } else {
    lines.push(`  samples where Backstory's PER F1 is above compromise's: ${pct(shareWhere(perMargin, (x) => x > 0))}`);
  }
  return lines;
}

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

const pageSpeed = pageSideSpeed();
const t0 = performance.now();
const train = parseJsonl(readFileSync(join(SHARED, 'corpus/conll2003-train-reuters.jsonl'), 'utf8'), 'train');
const { index } = compileIndex(train.articles, { gazetteer: loadGazetteer(), dictionary: loadDictionary() });
const matcher = createMatcher(index.lexicon);
const compileMs = performance.now() - t0;
const corpusText = train.articles.map((a) => a.text).join('\n').toLowerCase();
/** The corpus as words: a mention's text "occurs" in it as whole words ("Hill" not in "uphill"). */
const wordsOf = (text: string) => ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
const corpusWords = wordsOf(corpusText);

for (const [name, file, codePoints] of [
  ['CoNLL-2003 valid', 'ner/conll2003-valid.jsonl', false],
  ['WNUT-17 dev', 'ner/wnut17-dev.jsonl', true],
] as const) {
  const gold = readGold(join(SHARED, file), codePoints);
  const goldSpans = gold.map((g) => g.entities.filter((e) => e.type === 'PER' || e.type === 'LOC').map((e) => ({ start: e.start, end: e.end, type: e.type as 'PER' | 'LOC' })));
  const totalWords = gold.reduce((n, g) => n + words(g.text), 0);
  // Page side: one document per story, its lines as blocks (as the content script sends them).
  let ours: Span[][] = [];
  const runs: number[] = [];
  for (let run = 0; run < 5; run++) {
    const start = performance.now();
    ours = gold.map((g) => {
      const lines = g.text.split('\n');
      const detected = detectDocument(lines, matcher);
      const spans: Span[] = [];
      let offset = 0;
      lines.forEach((line, i) => {
        for (const m of detected[i]!) spans.push({ start: offset + m.start, end: offset + m.end, type: m.kind === 'person' ? 'PER' : 'LOC', linked: m.entity !== null });
        offset += line.length + 1;
      });
      return spans;
    });
    runs.push(performance.now() - start);
  }
  const baseRuns: number[] = [];
  let base: Span[][] = [];
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    base = gold.map((g) => compromiseSpans(g.text));
    baseRuns.push(performance.now() - start);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const oursWps = totalWords / (median(runs) / 1000);
  const baseWps = totalWords / (median(baseRuns) / 1000);
  // Linking: linked mentions whose span and kind are right; gold mentions seen in the corpus that are linked exactly.
  // The same with a plain substring test, the loosest reading ("hill" occurs in "uphill").
  let inCorpusSubstring = 0;
  let inCorpusSubstringLinked = 0;
  const counts: DocumentCounts[] = gold.map((g, i) => {
    const goldKeys = new Set(goldSpans[i]!.map((s) => `${s.start}:${s.end}:${s.type}`));
    const linkedKeys = new Set<string>();
    const doc: DocumentCounts = {
      ours: { PER: tally(goldSpans[i]!, ours[i]!, 'PER'), LOC: tally(goldSpans[i]!, ours[i]!, 'LOC') },
      base: { PER: tally(goldSpans[i]!, base[i]!, 'PER'), LOC: tally(goldSpans[i]!, base[i]!, 'LOC') },
      linked: 0,
      linkedRight: 0,
      inCorpus: 0,
      inCorpusLinked: 0,
    };
    for (const s of ours[i]!) {
      if (!s.linked) continue;
      doc.linked++;
      const key = `${s.start}:${s.end}:${s.type}`;
      linkedKeys.add(key);
      if (goldKeys.has(key)) doc.linkedRight++;
    }
    for (const s of goldSpans[i]!) {
      const mentionText = g.text.slice(s.start, s.end);
      const linkedExactly = linkedKeys.has(`${s.start}:${s.end}:${s.type}`);
      if (corpusText.includes(mentionText.toLowerCase())) {
        inCorpusSubstring++;
        if (linkedExactly) inCorpusSubstringLinked++;
      }
      if (!corpusWords.includes(wordsOf(mentionText))) continue;
      doc.inCorpus++;
      if (linkedExactly) doc.inCorpusLinked++;
    }
    return doc;
  });
  const sum = (part: 'linked' | 'linkedRight' | 'inCorpus' | 'inCorpusLinked') => counts.reduce((n, d) => n + d[part], 0);
  const [linked, linkedRight, inCorpus, inCorpusLinked] = [sum('linked'), sum('linkedRight'), sum('inCorpus'), sum('inCorpusLinked')];
  console.log(`\n## ${name} (${gold.length} texts, ${totalWords} words)`);
  console.log('| system | PER P | PER R | PER F1 | LOC P | LOC R | LOC F1 | words/s |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const [label, system, wps] of [
    ['Backstory', 'ours', oursWps],
    ['compromise 14 (baseline)', 'base', baseWps],
  ] as const) {
    const per = score(counts.map((d) => d[system].PER));
    const loc = score(counts.map((d) => d[system].LOC));
    const f = (x: number) => x.toFixed(3);
    console.log(`| ${label} | ${f(per.precision)} | ${f(per.recall)} | ${f(per.f1)} | ${f(loc.precision)} | ${f(loc.recall)} | ${f(loc.f1)} | ${Math.round(wps).toLocaleString('en')} |`);
  }
  console.log(`Speed ratio (median of 5 vs 3 runs): ${(oursWps / baseWps).toFixed(1)}x compromise`);
  console.log(`Linked mentions right in span and kind: ${linkedRight}/${linked} = ${(linkedRight / Math.max(1, linked)).toFixed(3)}`);
  console.log(`Gold mentions whose text occurs in the corpus (as whole words), linked exactly: ${inCorpusLinked}/${inCorpus} = ${(inCorpusLinked / Math.max(1, inCorpus)).toFixed(3)}`);
  console.log(`  the same, text found as a plain substring of the corpus: ${inCorpusSubstringLinked}/${inCorpusSubstring} = ${(inCorpusSubstringLinked / Math.max(1, inCorpusSubstring)).toFixed(3)}`);
  for (const line of resampledFigures(name, counts)) console.log(line);
}
console.log(`\nIndex compiled from ${train.articles.length} stories in ${(compileMs / 1000).toFixed(1)} s; ${index.entities.length} entities.`);

/**
 * Page-side speed with the 19k-story index of ../shared/corpus loaded (the lexicon the extension
 * ships for that corpus), on the CoNLL valid texts, next to compromise in the same run. The index is
 * compiled by the command line in a child process and its lexicon read from the files, as the
 * extension and `corpus annotate` read it. Timed before this process compiles the CoNLL index for
 * quality: the page side holds a lexicon, not a compiler's working set, and a compiler's analysis
 * left in the heap would tax every collection of the timed passes.
 */
function pageSideSpeed(): string[] {
  const outDir = mkdtempSync(join(tmpdir(), 'backstory-19k-'));
  let lexicon: Lexicon;
  let stories: number;
  try {
    const inputs = ['bbc.jsonl', 'reuters21578.jsonl', 'conll2003-train-reuters.jsonl'].map((f) => join(SHARED, 'corpus', f));
    execFileSync(process.execPath, [...process.execArgv, resolve(import.meta.dirname, '../scripts/corpus-cli.ts'), 'build', '--out', outDir, ...inputs], { stdio: ['ignore', 'ignore', 'inherit'] });
    lexicon = JSON.parse(readFileSync(join(outDir, INDEX_FILES.lexicon), 'utf8')) as Lexicon;
    ({ stories } = JSON.parse(readFileSync(join(outDir, INDEX_FILES.manifest), 'utf8')) as { stories: number });
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
  const bigMatcher = createMatcher(lexicon);
  const gold = readGold(join(SHARED, 'ner/conll2003-valid.jsonl'), false);
  const totalWords = gold.reduce((n, g) => n + words(g.text), 0);
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const timeOurs = () => {
    const start = performance.now();
    for (const g of gold) detectDocument(g.text.split('\n'), bigMatcher);
    return performance.now() - start;
  };
  const timeBase = () => {
    const start = performance.now();
    for (const g of gold) compromiseSpans(g.text);
    return performance.now() - start;
  };
  // Warmed up first (the extension's background page has read many pages), then interleaved: the
  // host is shared and its speed drifts over seconds, so each round times both in the same moment.
  timeBase();
  for (let warm = 0; warm < 3; warm++) timeOurs();
  const ours: number[] = [];
  const base: number[] = [];
  const roundRatios: number[] = [];
  for (let round = 0; round < 7; round++) {
    const before = timeOurs();
    const baseline = timeBase();
    const after = timeOurs();
    ours.push(before, after);
    base.push(baseline);
    roundRatios.push(baseline / ((before + after) / 2));
  }
  const oursWps = totalWords / (median(ours) / 1000);
  const baseWps = totalWords / (median(base) / 1000);
  const sorted = [...roundRatios].sort((a, b) => a - b);
  return [
    `\n## Page-side speed with the 19k-story index loaded (${stories} stories, ${lexicon.entities.length} entities)`,
    `Backstory ${Math.round(oursWps).toLocaleString('en')} words/s, compromise ${Math.round(baseWps).toLocaleString('en')} words/s: ${(oursWps / baseWps).toFixed(1)}x`,
    `Per round (a pass of compromise between two of Backstory's): median ${median(roundRatios).toFixed(1)}x, range ${sorted[0]!.toFixed(1)}-${sorted.at(-1)!.toFixed(1)}x`,
  ];
}
for (const line of pageSpeed) console.log(line);
