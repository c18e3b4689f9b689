import type { Lexicon } from '../lib/ner/lexicon';
import { gazetteerOf, type EngineResources } from './library-import';

/**
 * The compiler's resources inside the extension: the gazetteer from the bundled lexicon and the
 * word list the build ships. Paths are the extension's own files, so this works in pages, the
 * background and workers alike (same origin).
 */
export async function loadEngineResources(): Promise<EngineResources> {
  const [lexicon, words] = await Promise.all([fetchJson<Lexicon>('/corpus/lexicon.json'), fetchJson<string[]>('/engine/dictionary.json')]);
  return { gazetteer: gazetteerOf(lexicon), dictionary: new Set(words) };
}

async function fetchJson<T>(path: string): Promise<T> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`cannot load ${path}: HTTP ${response.status}`);
  return (await response.json()) as T;
}
