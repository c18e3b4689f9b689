import { findDateline } from '../corpus/dateline';
import { foldName } from '../text/normalize';
import { stripPossessive, tokenize, type Token } from '../text/tokenize';
import { linkCoordinatedCues } from './coordination';
import type { EntityKind } from './entity';
import type { Matcher } from './lexicon';
import { findNameCandidates, type NameCandidate } from './name-candidates';
import { applyParentheticalCues } from './parenthetical-cues';
import { isSportsBlock, sitsLikeTeam } from './sports-context';

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

/** What one document has said so far: who its full names are, so surnames can follow them. */
export interface DocumentContext {
  /** Entities named in full in the document: they win ambiguous surnames. */
  preferred: Set<number>;
  /** Folded surname -> the person it continues (entity index, or null for a person the corpus lacks). */
  surnames: Map<string, number | null>;
  /** The document is sports copy (scores, results): club names are not places in it. */
  sports: boolean;
}

export function newDocumentContext(): DocumentContext {
  return { preferred: new Set(), surnames: new Map(), sports: false };
}

const MAX_SUBSPAN = 4;

function resolveKnown(m: Matcher, key: string, c: NameCandidate, doc: DocumentContext): Resolved | null {
  const list = m.aliases.get(key);
  if (!list || list.length === 0) return null;
  const wantPerson = c.titled || c.personCue;
  const wantPlace = c.locative;
  let pick = list.find((i) => doc.preferred.has(i) && (!wantPerson || m.entities[i]!.kind === 'person'));
  if (pick === undefined && (wantPerson || wantPlace)) {
    pick = list.find((i) => m.entities[i]!.kind === (wantPerson ? 'person' : 'place'));
    // A title before a known place ("President Washington") names a person the corpus does not know.
    if (pick === undefined && wantPerson && c.titled) return { kind: 'person', entityIndex: null };
  }
  if (pick === undefined) pick = list[0]!;
  return { kind: m.entities[pick]!.kind, entityIndex: pick };
}

/** Decides the kind of a name the corpus does not know, from its cues alone. */
function classifyUnknown(m: Matcher, c: NameCandidate, inDateline: boolean, words: string[]): EntityKind | null {
  if (c.shape === 'org') return null;
  if (m.gazetteer.has(c.key) || c.shape === 'place' || inDateline) return 'place';
  if (c.tokenCount === 1 && m.demonyms.has(c.key)) return null;
  const allCommon = words.every((w) => m.common.has(w));
  if (c.titled) return 'person';
  if (allCommon || (c.allCaps && c.tokenCount > 1)) return null;
  if (c.tokenCount > 1 && m.demonyms.has(words[0]!)) return null; // "Belgian Grand Prix"
  if (c.tokenCount > 1 && (m.givenNames.has(words[0]!) || c.numberAfter || c.personCue)) return 'person';
  if (m.cities.has(c.key) && !m.common.has(c.key) && !c.personCue) return 'place';
  if (c.locative && !c.theBefore && c.tokenCount <= 3) return 'place';
  // The shape of a personal name: two or three capitalised words, none an everyday word or a place.
  if (c.tokenCount >= 2 && c.tokenCount <= 3 && !c.sentenceInitial && words.every((w) => !m.common.has(w) && !m.gazetteer.has(w) && w.length > 1)) {
    return 'person';
  }
  return null;
}

function mention(text: string, start: number, end: number, kind: EntityKind, m: Matcher, index: number | null): Mention {
  const entity = index === null ? null : m.entities[index]!;
  const name = text.slice(start, end);
  return { start, end, kind, entity: entity?.id ?? null, text: name, name: entity?.name ?? name };
}

function wordTokens(text: string, c: NameCandidate): Token[] {
  return tokenize(text.slice(c.start, c.end)).filter((t) => /^[\p{L}\p{Nd}]/u.test(t.text));
}

function keyOf(tokens: readonly Token[]): string {
  return foldName(tokens.map((t, i) => (i === tokens.length - 1 ? stripPossessive(t.text) : t.text)).join(' '));
}

/** Known names inside an unknown phrase ("BLINKEN AND AUSTIN MEET", "Hong Kong Disneyland"). */
function knownSubspans(text: string, c: NameCandidate, m: Matcher, doc: DocumentContext): Mention[] {
  const tokens = wordTokens(text, c);
  const out: Mention[] = [];
  let i = 0;
  while (i < tokens.length) {
    let matched = false;
    for (let n = Math.min(MAX_SUBSPAN, tokens.length - i); n >= 1; n--) {
      if (n === tokens.length && i === 0) continue;
      const part = tokens.slice(i, i + n);
      const key = keyOf(part);
      if (n === 1 && m.common.has(key)) continue;
      const known = resolveKnown(m, key, c, doc);
      const start = c.start + part[0]!.start;
      const end = c.start + part[n - 1]!.start + stripPossessive(part[n - 1]!.text).length;
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

/**
 * "Phil Mickelson" when the corpus knows "Mickelson": a person's known surname closing a short
 * unknown name is the whole name. Linked when the first names agree, else a person it lacks.
 */
function extendKnownSurname(text: string, c: NameCandidate, m: Matcher, parts: Mention[], words: string[]): Mention | null {
  if (parts.length !== 1 || c.tokenCount < 2 || c.tokenCount > 3 || c.allCaps) return null;
  const part = parts[0]!;
  if (part.kind !== 'person' || part.end !== c.end) return null;
  if (words.slice(0, -1).some((w) => m.gazetteer.has(w) || m.common.has(w) || m.aliases.has(w))) return null;
  const entity = part.entity ? m.entities.find((e) => e.id === part.entity) : undefined;
  const sameFirst = !!entity && foldName(entity.name).split(' ')[0] === words[0];
  const single = !!entity && !entity.name.includes(' ');
  const index = entity && (sameFirst || single) ? m.entities.indexOf(entity) : null;
  return mention(text, c.start, c.end, 'person', m, index);
}

export interface DetectOptions {
  /** What the document said before this block; updated as names are found. */
  doc?: DocumentContext;
}

/**
 * Finds the people and places in one block of text, linked to corpus entities where the corpus
 * knows them. Mentions are sorted and never overlap; offsets are JavaScript string indices.
 */
export function detectMentions(text: string, m: Matcher, options: DetectOptions = {}): Mention[] {
  const doc = options.doc ?? newDocumentContext();
  const isCommonWord = (w: string) => m.common.has(w);
  const isKnownName = (key: string) => m.aliases.has(key) || m.gazetteer.has(key);
  const candidates = linkCoordinatedCues(text, findNameCandidates(text, tokenize(text), { isCommonWord, isKnownName }));
  applyParentheticalCues(text, candidates, (key) => m.gazetteer.has(key));
  const dateline = findDateline(text);
  const sports = isSportsBlock(text);
  const out: Mention[] = [];
  const push = (x: Mention) => {
    // In sports copy a city or region sitting where a team does is the club, not the place.
    if (x.kind === 'place' && (sports || doc.sports)) {
      const key = foldName(stripPossessive(x.text));
      if (!m.countries.has(key) && ((sports && sitsLikeTeam(text, x.start, x.end)) || (doc.sports && m.teams.has(key)))) return;
    }
    out.push(x);
  };
  for (const c of candidates) {
    const inDateline = !!dateline && (c.start === dateline.placeStart || c.start === dateline.region?.start);
    if (inDateline) c.locative = true;
    if (c.shape === 'org') continue;
    const words = c.key.split(' ');
    const known = resolveKnown(m, c.key, c, doc);
    if (known) {
      push(mention(text, c.start, c.end, known.kind, m, known.entityIndex));
      continue;
    }
    // A surname this document already introduced ("Simmons" after "Phil Simmons").
    if (c.tokenCount === 1 && doc.surnames.has(c.key) && !c.locative) {
      push(mention(text, c.start, c.end, 'person', m, doc.surnames.get(c.key)!));
      continue;
    }
    if (c.tokenCount > 1 || c.allCaps) {
      const parts = knownSubspans(text, c, m, doc);
      const whole = extendKnownSurname(text, c, m, parts, words);
      if (whole) {
        push(whole);
        continue;
      }
      if (parts.length > 0) {
        parts.forEach(push);
        continue;
      }
    }
    const kind = classifyUnknown(m, c, inDateline, words);
    if (kind) push(mention(text, c.start, c.end, kind, m, null));
  }
  for (const x of out) {
    if (x.kind !== 'person' || !x.text.includes(' ')) continue;
    const surname = foldName(stripPossessive(x.text.split(/\s+/).pop()!));
    if (!m.common.has(surname) && !doc.surnames.has(surname)) doc.surnames.set(surname, x.entity ? m.entities.findIndex((e) => e.id === x.entity) : null);
  }
  return out;
}

/**
 * Detects over the blocks of one document (a page or a story), so that a full name anywhere
 * settles who a bare surname means everywhere in it.
 */
export function detectDocument(blocks: readonly string[], m: Matcher): Mention[][] {
  const doc = newDocumentContext();
  doc.sports = blocks.filter((b) => isSportsBlock(b)).length >= 2;
  const first = blocks.map((b) => detectMentions(b, m, { doc }));
  const indexOf = new Map(m.entities.map((e, i) => [e.id, i]));
  let ambiguous = false;
  first.forEach((mentions) => {
    for (const x of mentions) {
      const key = foldName(x.text);
      if (x.entity) {
        const list = m.aliases.get(key);
        if (list && list.length === 1 && key.includes(' ')) doc.preferred.add(indexOf.get(x.entity)!);
        if (list && list.length > 1) ambiguous = true;
      }
    }
  });
  // A second pass only when it can change something: an ambiguous surname, or surnames the
  // document introduced that earlier blocks may have used first.
  const laterSurname = doc.surnames.size > 0;
  if (!ambiguous && !laterSurname) return first;
  return blocks.map((b) => detectMentions(b, m, { doc }));
}
