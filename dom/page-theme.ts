/** Parses "rgb(r, g, b)" / "rgba(r, g, b, a)" as computed styles give them; null when unreadable. */
function parseColor(value: string): { r: number; g: number; b: number; a: number } | null {
  const m = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(value.trim());
  if (!m) return null;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  return { r: +m[1]!, g: +m[2]!, b: +m[3]!, a: alpha };
}

/** Relative luminance (WCAG 2.1) of an sRGB colour. */
export function luminance({ r, g, b }: { r: number; g: number; b: number }): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/**
 * Whether the page looks dark or light, from the background its body (or root) paints; null when
 * it paints none (the browser's canvas shows, so the system's scheme decides).
 */
export function pageTheme(doc: Document): 'light' | 'dark' | null {
  const view = doc.defaultView;
  if (!view) return null;
  for (const el of [doc.body, doc.documentElement]) {
    if (!el) continue;
    const color = parseColor(view.getComputedStyle(el).backgroundColor);
    if (color && color.a >= 0.5) return luminance(color) < 0.2 ? 'dark' : 'light';
  }
  return null;
}
