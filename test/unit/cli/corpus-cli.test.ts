import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readIndexFolder } from '../../../scripts/corpus/read-index-folder';
import type { CompiledIndex } from '../../../lib/index/compiled-index';
import { ROOT } from '../helpers/engine';

const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const CLI = join(ROOT, 'scripts', 'corpus-cli.ts');

interface AnnotatedRow {
  id: unknown;
  mentions: { start: number; end: number; kind: string; entity: string | null; text: string }[];
}

/** Runs the CLI with tsx directly, so INIT_CWD is what we set (npx would reset it to its cwd). */
function cli(args: string[], env: Record<string, string> = {}): SpawnSyncReturns<string> {
  const { INIT_CWD: _drop, ...base } = process.env;
  return spawnSync(TSX, [CLI, ...args], { cwd: ROOT, env: { ...base, ...env }, encoding: 'utf8', timeout: 60_000 });
}

const readRows = (path: string): AnnotatedRow[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as AnnotatedRow);

let tmp: string;
let indexDir: string;
let index: CompiledIndex;
let buildResult: SpawnSyncReturns<string>;

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'backstory-cli-'));
  indexDir = join(tmp, 'index');
  // Exactly the documented command, through npx, from the project root.
  buildResult = spawnSync('npx', ['tsx', 'scripts/corpus-cli.ts', 'build', '--out', indexDir, 'seeds'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  index = await readIndexFolder(indexDir);
}, 90_000);

afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

describe('corpus build', () => {
  test('exits 0, writes the manifest, lexicon, entities, stories and text shards, and summarises on stderr', () => {
    expect(buildResult.status).toBe(0);
    expect(buildResult.stderr).toMatch(/Backstory corpus: 1 stories from 1 files, 0 files skipped, 0 errors; 3 people, \d+ places\./);
    expect(JSON.parse(readFileSync(join(indexDir, 'corpus.json'), 'utf8'))).toMatchObject({ version: 3, stories: 1, textShards: 1, entityShards: 1, storyShards: 1 });
    const texts = JSON.parse(readFileSync(join(indexDir, 'texts/0000.json'), 'utf8')) as string[];
    expect(texts).toHaveLength(1);
    expect(texts[0]!.startsWith('Washington [US], March 15 (ANI):')).toBe(true);
    expect(index.entities.map((e) => e.id)).toEqual(expect.arrayContaining(['person:antony-blinken', 'person:lloyd-austin', 'place:china']));
  });
});

describe('corpus annotate', () => {
  const input = [
    { id: 'third', text: 'BLINKEN AND AUSTIN MEET', source: 'wire', tags: ['x'] },
    { id: 'first', text: '🎉 Tönu Kask said 🇺🇸 Secretary Blinken’s visit to Beijing and Hong Kong went well; Austin flew to India.', extra: { nested: true } },
    { text: 'No id here. Lloyd Austin wrote in The Washington Post about Japan and South Korea.' },
    { id: 7, text: 'Nothing to see here.' },
  ];
  let rows: AnnotatedRow[];
  let result: SpawnSyncReturns<string>;

  beforeAll(() => {
    const inPath = join(tmp, 'in.jsonl');
    writeFileSync(inPath, input.map((r) => JSON.stringify(r)).join('\n\n') + '\n');
    result = cli(['annotate', '--index', indexDir, '--in', inPath, '--out', join(tmp, 'out.jsonl')]);
    rows = readRows(join(tmp, 'out.jsonl'));
  }, 60_000);

  test('exits 0 and writes one line per input record, in input order, blank lines skipped', () => {
    expect(result.status).toBe(0);
    expect(rows.map((r) => r.id)).toEqual(['third', 'first', null, 7]);
  });

  test('extra input fields are ignored: each row is only id and mentions', () => {
    for (const r of rows) expect(Object.keys(r).sort()).toEqual(['id', 'mentions']);
    expect(rows[3]!.mentions).toEqual([]);
  });

  test('mentions are sorted, non-overlapping, and offsets are JS string indices', () => {
    rows.forEach((row, i) => {
      const text = input[i]!.text;
      let end = 0;
      for (const m of row.mentions) {
        expect(m.start).toBeGreaterThanOrEqual(end);
        expect(m.end).toBeGreaterThan(m.start);
        expect(text.slice(m.start, m.end)).toBe(m.text);
        end = m.end;
      }
    });
  });

  test('names after astral characters (emoji, flags) keep UTF-16 offsets', () => {
    const text = input[1]!.text;
    const blinken = rows[1]!.mentions.find((m) => m.text === 'Blinken')!;
    expect(blinken.start).toBe(text.indexOf('Blinken'));
    // "🎉 " is three UTF-16 code units: a code-point offset would say 2.
    expect(rows[1]!.mentions[0]).toEqual({ start: 3, end: 12, kind: 'person', entity: null, text: 'Tönu Kask' });
  });

  test('entity ids are the ids of the built index; unknown names have entity null', () => {
    const known = new Set(index.entities.map((e) => e.id));
    const linked = rows.flatMap((r) => r.mentions).filter((m) => m.entity !== null);
    expect(linked.length).toBeGreaterThan(8);
    for (const m of linked) expect(known.has(m.entity!)).toBe(true);
    expect(rows.map((r) => r.mentions.map((m) => `${m.text}=${m.entity}`))).toEqual([
      ['BLINKEN=person:antony-blinken', 'AUSTIN=person:lloyd-austin'],
      ['Tönu Kask=null', 'Blinken=person:antony-blinken', 'Beijing=place:beijing', 'Hong Kong=place:hong-kong', 'Austin=person:lloyd-austin', 'India=place:india'],
      ['Lloyd Austin=person:lloyd-austin', 'Japan=place:japan', 'South Korea=place:south-korea'],
      [],
    ]);
  });
});

describe('errors', () => {
  let inPath: string;
  beforeAll(() => {
    inPath = join(tmp, 'ok.jsonl');
    writeFileSync(inPath, '{"id":1,"text":"Blinken spoke."}\n');
  });

  test.each([
    [[], /missing command/],
    [['frobnicate'], /unknown command "frobnicate"/],
    [['build'], /build needs --out DIR/],
    [['build', '--out', 'OUT'], /build needs at least one INPUT/],
    [['build', '--out', 'OUT', 'no-such-folder'], /cannot read input: .*no-such-folder/],
    [['build', '--outt', 'OUT', 'seeds'], /unknown option --outt/],
    [['annotate', '--index', 'INDEX', '--in'], /option --in needs a value/],
    [['annotate', '--index', 'INDEX', '--in', 'IN'], /annotate needs --out/],
    [['annotate', '--index', 'INDEX', '--in', 'IN', '--out', 'OUT', 'stray'], /unexpected argument stray/],
    [['annotate', '--index', 'no-such-index', '--in', 'IN', '--out', 'OUT'], /cannot read index .*no-such-index/],
    [['annotate', '--index', 'INDEX', '--in', 'missing.jsonl', '--out', 'OUT'], /cannot read input .*missing\.jsonl/],
  ])('%j exits non-zero with %s', (args, message) => {
    const real = args.map((a) => (a === 'INDEX' ? indexDir : a === 'IN' ? inPath : a === 'OUT' ? join(tmp, 'err-out') : a));
    const r = cli(real);
    expect(r.status).not.toBe(0);
    expect(r.status).not.toBeNull();
    expect(r.stderr).toMatch(message);
  });

  test('usage is printed for argument mistakes', () => {
    expect(cli(['build']).stderr).toContain('usage:');
  });

  test.each([
    ['{"id":1,"text":"Blinken spoke."}\n\n{"id":2,"text": "unterminated}\n', 3, /not valid JSON/],
    ['{"id":1,"text":"Blinken spoke."}\n{"id":2,"body":"no text field"}\n', 2, /expected an object with a string "text"/],
    ['{"id":1,"text":42}\n', 1, /expected an object with a string "text"/],
    ['"just a string"\n', 1, /expected an object with a string "text"/],
  ])('a bad input line exits non-zero and names the line (%#)', (content, lineNo, message) => {
    const bad = join(tmp, `bad-${lineNo}.jsonl`);
    writeFileSync(bad, content);
    const r = cli(['annotate', '--index', indexDir, '--in', bad, '--out', join(tmp, 'bad-out.jsonl')]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain(`bad-${lineNo}.jsonl:${lineNo}:`);
    expect(r.stderr).toMatch(message);
  });
});

describe('relative paths', () => {
  test('resolve against INIT_CWD, not the process working directory', () => {
    const work = join(tmp, 'work');
    mkdirSync(join(work, 'corpus'), { recursive: true });
    writeFileSync(
      join(work, 'corpus', 'stories.jsonl'),
      JSON.stringify({ title: 'Ruto hosts talks', text: 'NAIROBI (Reuters) - Kenyan President William Ruto said on Thursday that Kenya would host talks.', published: '2022-06-02' }) + '\n',
    );
    writeFileSync(join(work, 'in.jsonl'), JSON.stringify({ id: 'a', text: 'Ruto told reporters in Nairobi.' }) + '\n');

    const build = cli(['build', '--out', 'idx', 'corpus'], { INIT_CWD: work });
    expect(build.status).toBe(0);
    expect(existsSync(join(work, 'idx', 'lexicon.json'))).toBe(true);
    expect(existsSync(join(ROOT, 'idx'))).toBe(false);

    const annotate = cli(['annotate', '--index', 'idx', '--in', 'in.jsonl', '--out', 'out.jsonl'], { INIT_CWD: work });
    expect(annotate.status).toBe(0);
    expect(readRows(join(work, 'out.jsonl'))).toEqual([
      {
        id: 'a',
        mentions: [
          { start: 0, end: 4, kind: 'person', entity: 'person:william-ruto', text: 'Ruto' },
          { start: 23, end: 30, kind: 'place', entity: 'place:nairobi', text: 'Nairobi' },
        ],
      },
    ]);
  });
});
