/**
 * 64-bit FNV-1a over UTF-16 code units, as 16 hex digits. Deterministic on every machine,
 * so ids derived from content are the same wherever the corpus is compiled. Several parts hash
 * as their concatenation would, without building it.
 */
export function hashText(...parts: string[]): string {
  let h1 = 0x811c9dc5;
  let h2 = 0xcbf29ce4;
  let i = 0;
  for (const text of parts) {
    for (let j = 0; j < text.length; j++, i++) {
      const c = text.charCodeAt(j);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ (c + i), 0x01000193);
    }
  }
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}
