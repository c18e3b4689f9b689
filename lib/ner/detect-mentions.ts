import { foldName } from '../text/normalize';
import { stripPossessive, tokenize } from '../text/tokenize';
import { linkCoordinatedCues } from './coordination';
import type { EntityKind } from './entity';
import type { Matcher } from './lexicon';
import { findNameCandidates, type NameCandidate } from './name-candidates';
import { findDateline } from '../corpus/dateline';

/** A person or place mentioned in a text; `entity` is null when the corpus does not know it. */
export interface Mention {
  start: number;
  end: number;
  kind: EntityKind;
  entity: string | null;
  text: string;
  /** The entity's display name ("Antony Blinken" for "Blinken"), or the text when unknown. */
  name: string;
}

interface Resolved {
  kind: EntityKind;
  entityIndex: number | null;
}

const MAX_SUBSPAN = 4;

function resolveKnown(m: Matcher, key: string, c: NameCandidate, preferred: ReadonlySet<number>): Resolved | null {
  const list = m.aliases.get(key);
  if (!list || list.length === 0) return null;
  const wantPerson = c.titled || c.personCue;
  const wantPlace = c.locative;
  let pick = list.find((i) => preferred.has(i) && (!wantPerson || m.entities[i]!.kind === 'person'));
  if (pick === undefined && (wantPerson || wantPlace)) {
    pick = list.find((i) => m.entities[i]!.kind === (wantPerson ? 'person' : 'place'));
    // A title before a known place ("President Washington") names a person the corpus does not know.
    if (pick === undefined && wantPerson && c.titled) return { kind: 'person', entityIndex: null };
  }
  if (pick === undefined) pick = list[0]!;
  return { kind: m.entities[pick]!.kind, entityIndex: pick };
}

/** Decides the kind of a name the corpus does not know, from its cues alone. */
function classifyUnknown(m: Matcher, c: NameCandidate, inDateline: boolean): EntityKind | null {
  if (c.shape === 'org') return null;
  if (m.gazetteer.has(c.key) || c.shape === 'place' || inDateline) return 'place';
  if (c.tokenCount === 1 && m.demonyms.has(c.key)) return null;
  const words = c.key.split(' ');
  const allCommon = words.every((w) => m.common.has(w));
  if (c.titled) return 'person';
  if (allCommon || (c.allCaps && c.tokenCount > 1)) return null;
  if (c.tokenCount > 1 && m.demonyms.has(words[0]!)) return null; // "Belgian Grand Prix"
  const looksLikePerson = c.tokenCount > 1 && (m.givenNames.has(words[0]!) || c.numberAfter);
  if (looksLikePerson || (c.personCue && c.tokenCount > 1)) return 'person';
  if (m.cities.has(c.key) && !m.common.has(c.key) && !c.personCue) return 'place';
  if (c.locative && !c.theBefore && c.tokenCount <= 3) return 'place';
  return null;
}

function mention(text: string, start: number, end: number, kind: EntityKind, m: Matcher, index: number | null): Mention {
  const entity = index === null ? null : m.entities[index]!;
  const name = text.slice(start, end);
  return { start, end, kind, entity: entity?.id ?? null, text: name, name: entity?.name ?? name };
}

/** Known names inside an unknown phrase ("BLINKEN AND AUSTIN MEET", "Hong Kong Disneyland"). */
function knownSubspans(text: string, c: NameCandidate, m: Matcher, preferred: ReadonlySet<number>): Mention[] {
  const tokens = tokenize(text.slice(c.start, c.end)).filter((t) => /^[\p{L}\p{Nd}]/u.test(t.text));
  const out: Mention[] = [];
  let i = 0;
  while (i < tokens.length) {
    let matched = false;
    for (let n = Math.min(MAX_SUBSPAN, tokens.length - i); n >= 1; n--) {
      if (n === tokens.length && i === 0) continue;
      const lastTok = tokens[i + n - 1]!;
      const lastText = stripPossessive(lastTok.text);
      const key = foldName(tokens.slice(i, i + n - 1).map((t) => t.text).concat(lastText).join(' '));
      if (n === 1 && m.common.has(key)) continue;
      const known = resolveKnown(m, key, c, preferred);
      const start = c.start + tokens[i]!.start;
      const end = c.start + lastTok.start + lastText.length;
      if (known) out.push(mention(text, start, end, known.kind, m, known.entityIndex));
      else if (m.gazetteer.has(key)) out.push(mention(text, start, end, 'place', m, null));
      else continue;
      i += n;
      matched = true;
      break;
    }
    if (!matched) i++;
  }
  return out;
}

export interface DetectOptions {
  /** Entities already named in full elsewhere in the document: they win ambiguous surnames. */
  preferred?: ReadonlySet<number>;
}

/**
 * Finds the people and places in one block of text, linked to corpus entities where the corpus
 * knows them. Mentions are sorted and never overlap; offsets are JavaScript string indices.
 */
export function detectMentions(text: string, m: Matcher, options: DetectOptions = {}): Mention[] {
  const preferred = options.preferred ?? new Set<number>();
  const isCommonWord = (w: string) => m.common.has(w);
  const isKnownName = (key: string) => m.aliases.has(key) || m.gazetteer.has(key);
  const candidates = linkCoordinatedCues(text, findNameCandidates(text, tokenize(text), { isCommonWord, isKnownName }));
  const dateline = findDateline(text);
  const out: Mention[] = [];
  for (const c of candidates) {
    const inDateline = !!dateline && c.start === dateline.placeStart;
    if (inDateline) c.locative = true;
    if (c.shape === 'org') continue;
    const known = resolveKnown(m, c.key, c, preferred);
    if (known) {
      out.push(mention(text, c.start, c.end, known.kind, m, known.entityIndex));
      continue;
    }
    if (c.tokenCount > 1 || c.allCaps) {
      const parts = knownSubspans(text, c, m, preferred);
      if (parts.length > 0) {
        out.push(...parts);
        continue;
      }
    }
    const kind = classifyUnknown(m, c, inDateline);
    if (kind) out.push(mention(text, c.start, c.end, kind, m, null));
  }
  return out;
}

/**
 * Detects over the blocks of one document (a page or a story), so that a full name anywhere
 * settles who a bare surname means everywhere in it.
 */
export function detectDocument(blocks: readonly string[], m: Matcher): Mention[][] {
  const first = blocks.map((b) => detectMentions(b, m));
  const preferred = new Set<number>();
  const indexOf = new Map(m.entities.map((e, i) => [e.id, i]));
  let ambiguous = false;
  first.forEach((mentions) => {
    for (const x of mentions) {
      if (!x.entity) continue;
      const key = foldName(x.text);
      const list = m.aliases.get(key);
      if (list && list.length === 1 && key.includes(' ')) preferred.add(indexOf.get(x.entity)!);
      if (list && list.length > 1) ambiguous = true;
    }
  });
  if (!ambiguous || preferred.size === 0) return first;
  return blocks.map((b) => detectMentions(b, m, { preferred }));
}
