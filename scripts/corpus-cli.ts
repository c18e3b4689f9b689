/**
 * The corpus compiler as a command:
 *   npm run corpus -- build --out DIR [--no-cache] INPUT...
 *   npm run corpus -- annotate --index DIR --in FILE.jsonl --out FILE.jsonl
 * Relative paths resolve from where the command was run (npm's INIT_CWD).
 * `build` keeps its per-story analysis in DIR/.cache/ (next to the index it belongs to, and gone
 * with it), so building again after a few stories changed redoes only those; same output either way.
 */
import { createReadStream, createWriteStream, existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { detectDocument } from '../lib/ner/detect-mentions';
import { createMatcher } from '../lib/ner/lexicon';
import { INDEX_FILES } from '../lib/index/index-files';
import type { Lexicon } from '../lib/ner/lexicon';
import { buildCorpus, describeBuild, writeCorpus } from './corpus/build-corpus';
import { createProgress } from './corpus/progress';

const USAGE = `usage:
  npm run corpus -- build --out DIR [--no-cache] INPUT...
  npm run corpus -- annotate --index DIR --in FILE.jsonl --out FILE.jsonl`;

class UsageError extends Error {}

/** Options with a value (`flags`) and on/off switches (`switches`, value "true" when given). */
function parseFlags(args: string[], flags: readonly string[], switches: readonly string[] = []): { values: Record<string, string>; rest: string[] } {
  const values: Record<string, string> = {};
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a.startsWith('--')) {
      const name = a.slice(2);
      if (switches.includes(name)) {
        values[name] = 'true';
        continue;
      }
      if (!flags.includes(name)) throw new UsageError(`unknown option ${a}`);
      const value = args[++i];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`option ${a} needs a value`);
      values[name] = value;
    } else rest.push(a);
  }
  return { values, rest };
}

function runBuild(args: string[], cwd: string): number {
  const { values, rest } = parseFlags(args, ['out'], ['no-cache']);
  if (!values.out) throw new UsageError('build needs --out DIR');
  if (rest.length === 0) throw new UsageError('build needs at least one INPUT file or folder');
  const inputs = rest.map((p) => resolve(cwd, p));
  const missing = inputs.filter((p) => !existsSync(p));
  if (missing.length === inputs.length) throw new Error(`cannot read input: ${missing.join(', ')}`);
  const progress = createProgress();
  const out = resolve(cwd, values.out);
  const cacheDir = values['no-cache'] ? null : join(out, '.cache');
  const summary = buildCorpus(inputs, cwd, (phase, done, total) => progress.update(phase, done, total), { cacheDir });
  const written = writeCorpus(summary.compiled, out);
  process.stderr.write(describeBuild(summary, written) + '\n');
  return summary.stories > 0 ? 0 : 1;
}

async function runAnnotate(args: string[], cwd: string): Promise<number> {
  const { values, rest } = parseFlags(args, ['index', 'in', 'out']);
  if (rest.length > 0) throw new UsageError(`unexpected argument ${rest[0]}`);
  for (const flag of ['index', 'in', 'out']) if (!values[flag]) throw new UsageError(`annotate needs --${flag}`);
  const indexPath = resolve(cwd, values.index!, INDEX_FILES.lexicon);
  let lexicon: Lexicon;
  try {
    lexicon = JSON.parse(readFileSync(indexPath, 'utf8')) as Lexicon;
  } catch (e) {
    throw new Error(`cannot read index ${indexPath}: ${(e as Error).message}`);
  }
  const inPath = resolve(cwd, values.in!);
  if (!existsSync(inPath)) throw new Error(`cannot read input ${inPath}`);
  const matcher = createMatcher(lexicon);
  const out = createWriteStream(resolve(cwd, values.out!));
  const lines = createInterface({ input: createReadStream(inPath, 'utf8'), crlfDelay: Infinity });
  let lineNo = 0;
  for await (const line of lines) {
    lineNo++;
    if (!line.trim()) continue;
    let record: { id?: unknown; text?: unknown };
    try {
      record = JSON.parse(line);
    } catch (e) {
      throw new Error(`${values.in}:${lineNo}: not valid JSON (${(e as Error).message})`);
    }
    if (typeof record !== 'object' || record === null || typeof record.text !== 'string') {
      throw new Error(`${values.in}:${lineNo}: expected an object with a string "text"`);
    }
    const [mentions] = detectDocument([record.text], matcher);
    const row = { id: record.id ?? null, mentions: mentions!.map((m) => ({ start: m.start, end: m.end, kind: m.kind, entity: m.entity, text: m.text })) };
    if (!out.write(JSON.stringify(row) + '\n')) await new Promise<void>((r) => out.once('drain', () => r()));
  }
  await new Promise<void>((r, j) => out.end((err?: Error | null) => (err ? j(err) : r())));
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const cwd = process.env.INIT_CWD ?? process.cwd();
  const [command, ...args] = argv;
  try {
    if (command === 'build') return runBuild(args, cwd);
    if (command === 'annotate') return await runAnnotate(args, cwd);
    throw new UsageError(command ? `unknown command "${command}"` : 'missing command');
  } catch (e) {
    process.stderr.write(`corpus: ${(e as Error).message}\n`);
    if (e instanceof UsageError) process.stderr.write(USAGE + '\n');
    return 2;
  }
}

process.exitCode = await main(process.argv.slice(2));
