import type { EntityCard } from '../lib/index/entity-card';
import { formatDate, sourceLine } from './format-date';
import { KindLabel } from './KindLabel';
import { Snippet } from './Snippet';
import { Timeline } from './Timeline';

export type CardState = { status: 'loading'; name: string } | { status: 'error'; name: string } | { status: 'ready'; card: EntityCard };

export interface EntityCardViewProps {
  state: CardState;
  headingId: string;
  onOpenStory: (storyId: string) => void;
  onOpenEntity: (entityId: string) => void;
  onClose: () => void;
}

function coverage(card: EntityCard): string {
  const stories = `${card.storyCount} ${card.storyCount === 1 ? 'story' : 'stories'}`;
  if (!card.firstDate) return `Mentioned in ${stories}`;
  const span = card.firstDate === card.lastDate ? formatDate(card.firstDate) : `${formatDate(card.firstDate)} – ${formatDate(card.lastDate)}`;
  return `Mentioned in ${stories}, ${span}`;
}

/** The card's content: who or what it is, coverage, telling snippets, co-mentions, stories. */
export function EntityCardView({ state, headingId, onOpenStory, onOpenEntity, onClose }: EntityCardViewProps) {
  if (state.status !== 'ready') {
    return (
      <div class="bs-card__body">
        <header class="bs-card__header">
          <h2 id={headingId} class="bs-card__name">{state.name}</h2>
          <CloseButton onClose={onClose} />
        </header>
        <p class="bs-muted" role="status">
          {state.status === 'loading' ? 'Looking it up in your corpus…' : 'Backstory could not load this card. Reload the page to try again.'}
        </p>
      </div>
    );
  }
  const { card } = state;
  const top = card.stories[0];
  return (
    <div class="bs-card__body">
      <header class="bs-card__header">
        <div>
          <KindLabel kind={card.kind} />
          <h2 id={headingId} class="bs-card__name">{card.name}</h2>
        </div>
        <CloseButton onClose={onClose} />
      </header>
      {card.role && (
        <p class="bs-card__role">
          {card.role}
          {card.roleStory && <span class="bs-muted"> — per {sourceLine(card.roleStory.source, card.roleStory.published)}</span>}
        </p>
      )}
      <p class="bs-card__coverage">{coverage(card)}</p>
      <Timeline points={card.timeline} />
      {card.snippets.length > 0 && (
        <section aria-label="From the stories">
          <ul class="bs-snippets">
            {card.snippets.map((s) => (
              <Snippet snippet={s} onOpenStory={onOpenStory} />
            ))}
          </ul>
        </section>
      )}
      {card.related.length > 0 && (
        <section class="bs-related" aria-labelledby={`${headingId}-with`}>
          <h3 id={`${headingId}-with`}>Often mentioned with</h3>
          <ul>
            {card.related.map((r) => (
              <li>
                <button type="button" class="bs-chip" onClick={() => onOpenEntity(r.id)} aria-label={`${r.name}, ${r.kind}, ${r.sharedStories} shared ${r.sharedStories === 1 ? 'story' : 'stories'}`}>
                  <span aria-hidden="true" class="bs-chip__icon">{r.kind === 'person' ? '●' : '▲'}</span>
                  {r.name}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {top && (
        <footer class="bs-card__footer">
          <a
            href={`#story-${top.id}`}
            class="bs-button"
            onClick={(e) => {
              e.preventDefault();
              onOpenStory(top.id);
            }}
          >
            Open story: {top.title}
          </a>
        </footer>
      )}
    </div>
  );
}

function CloseButton({ onClose }: { onClose: () => void }) {
  return (
    <button type="button" class="bs-close" onClick={onClose} aria-label="Close">
      ×
    </button>
  );
}
