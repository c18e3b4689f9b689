/** How highlighted names look on a page. */
export const HIGHLIGHT_STYLES = ['underline', 'background'] as const;
export type HighlightStyle = (typeof HIGHLIGHT_STYLES)[number];

/** A key that must be held for hover to open a card ("none": hover alone opens it). */
export const HOVER_MODIFIERS = ['none', 'Alt', 'Shift', 'Control', 'Meta'] as const;
export type HoverModifier = (typeof HOVER_MODIFIERS)[number];

export const HOVER_DELAY_RANGE = { min: 0, max: 1000 } as const;

/** What a reader chooses about highlights and cards; kept in the extension's storage. */
export interface ReaderSettings {
  highlightStyle: HighlightStyle;
  /** Highlight only the first mention of each person or place on a page. */
  firstMentionOnly: boolean;
  highlightPeople: boolean;
  highlightPlaces: boolean;
  /** Hover intent before a card opens, in ms. */
  hoverDelayMs: number;
  hoverModifier: HoverModifier;
  /**
   * Look for names known only from the reader's own library on web pages. Off by default: a page
   * can plant names and watch which get highlighted, and so learn what the library holds.
   */
  libraryNamesOnPages: boolean;
}

export const DEFAULT_SETTINGS: Readonly<ReaderSettings> = Object.freeze({
  highlightStyle: 'underline',
  firstMentionOnly: false,
  highlightPeople: true,
  highlightPlaces: true,
  hoverDelayMs: 300,
  hoverModifier: 'none',
  libraryNamesOnPages: false,
});

function oneOf<T extends string>(allowed: readonly T[], value: unknown, fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

function flag(value: unknown, fallback: boolean): boolean {
  return typeof value === 'boolean' ? value : fallback;
}

/**
 * Reads stored settings whatever their state: a missing, older or damaged record gives the
 * defaults for what is missing or wrong, never an error.
 */
export function normalizeSettings(value: unknown): ReaderSettings {
  const v = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const delay = typeof v.hoverDelayMs === 'number' && Number.isFinite(v.hoverDelayMs) ? Math.round(v.hoverDelayMs) : DEFAULT_SETTINGS.hoverDelayMs;
  return {
    highlightStyle: oneOf(HIGHLIGHT_STYLES, v.highlightStyle, DEFAULT_SETTINGS.highlightStyle),
    firstMentionOnly: flag(v.firstMentionOnly, DEFAULT_SETTINGS.firstMentionOnly),
    highlightPeople: flag(v.highlightPeople, DEFAULT_SETTINGS.highlightPeople),
    highlightPlaces: flag(v.highlightPlaces, DEFAULT_SETTINGS.highlightPlaces),
    hoverDelayMs: Math.min(HOVER_DELAY_RANGE.max, Math.max(HOVER_DELAY_RANGE.min, delay)),
    hoverModifier: oneOf(HOVER_MODIFIERS, v.hoverModifier, DEFAULT_SETTINGS.hoverModifier),
    libraryNamesOnPages: flag(v.libraryNamesOnPages, DEFAULT_SETTINGS.libraryNamesOnPages),
  };
}

/** True when a change of settings changes which names are highlighted (a rescan), not only how cards open. */
export function highlightsDiffer(a: ReaderSettings, b: ReaderSettings): boolean {
  return a.firstMentionOnly !== b.firstMentionOnly || a.libraryNamesOnPages !== b.libraryNamesOnPages || a.highlightPeople !== b.highlightPeople || a.highlightPlaces !== b.highlightPlaces;
}
