export type EntityKind = 'person' | 'place';

/** A person or place the corpus knows. */
export interface EntityRecord {
  /** Deterministic: kind + slug of the display name, e.g. "person:antony-blinken". */
  id: string;
  kind: EntityKind;
  name: string;
  /** Folded alias keys that may refer to it ("antony blinken", "blinken"). */
  aliases: string[];
  /** Role the corpus gives, e.g. "US Secretary of State", with the story it comes from. */
  role: string | null;
  roleStory: string | null;
  /** How often the corpus wrote one of its names: orders the candidates of a shared alias. */
  weight: number;
}

export function entityId(kind: EntityKind, slug: string): string {
  return `${kind}:${slug}`;
}
