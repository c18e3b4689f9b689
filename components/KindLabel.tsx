import type { EntityKind } from '../lib/ner/entity';

/** Person or place, said with an icon and a word, never by colour alone. */
export function KindLabel({ kind }: { kind: EntityKind }) {
  return (
    <span class={`bs-kind bs-kind--${kind}`}>
      {kind === 'person' ? (
        <svg aria-hidden="true" viewBox="0 0 16 16" width="12" height="12">
          <circle cx="8" cy="5" r="3" fill="currentColor" />
          <path d="M2 15c0-3.3 2.7-6 6-6s6 2.7 6 6z" fill="currentColor" />
        </svg>
      ) : (
        <svg aria-hidden="true" viewBox="0 0 16 16" width="12" height="12">
          <path d="M8 1a5 5 0 0 0-5 5c0 3.8 5 9 5 9s5-5.2 5-9a5 5 0 0 0-5-5zm0 7a2 2 0 1 1 0-4 2 2 0 0 1 0 4z" fill="currentColor" />
        </svg>
      )}
      {kind === 'person' ? 'Person' : 'Place'}
    </span>
  );
}
