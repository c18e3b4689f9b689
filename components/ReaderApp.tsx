import { useEffect, useRef, useState } from 'preact/hooks';
import type { FullStory, PageEntity } from '../browser/messages';
import type { PageEntityCount, RelatedStory } from '../lib/index/related-stories';
import { sourceLine } from './format-date';

export interface ReaderAppProps {
  storyId: string;
  loadStory: (id: string) => Promise<FullStory | null>;
  loadRelated: (entities: PageEntityCount[], text: string) => Promise<RelatedStory[]>;
  openStory: (id: string) => void;
  /** Highlights the rendered article and returns what it found. */
  annotate: (article: HTMLElement) => Promise<PageEntity[]>;
}

type State = { status: 'loading' } | { status: 'missing' } | { status: 'error'; message: string } | { status: 'ready'; story: FullStory };

/** One corpus story with its people and places highlighted, and related stories at the end. */
export function ReaderApp({ storyId, loadStory, loadRelated, openStory, annotate }: ReaderAppProps) {
  const [state, setState] = useState<State>({ status: 'loading' });
  const [related, setRelated] = useState<RelatedStory[] | null>(null);
  const [relatedError, setRelatedError] = useState<string | null>(null);
  const articleRef = useRef<HTMLElement>(null);

  useEffect(() => {
    loadStory(storyId).then(
      (story) => setState(story ? { status: 'ready', story } : { status: 'missing' }),
      (e: unknown) => setState({ status: 'error', message: e instanceof Error ? e.message : String(e) }),
    );
  }, [storyId]);

  useEffect(() => {
    if (state.status !== 'ready' || !articleRef.current) return;
    document.title = `${state.story.title} — Backstory`;
    annotate(articleRef.current)
      .then(async (entities) => {
        const known = entities.filter((e): e is PageEntity & { id: string } => e.id !== null);
        const list = await loadRelated(known.map((e) => ({ id: e.id, count: e.count })), state.story.text);
        setRelated(list.filter((r) => r.story.id !== state.story.id).slice(0, 5));
      })
      // The story stays readable; the reader learns why its people and related stories are missing.
      .catch((e: unknown) => setRelatedError(e instanceof Error ? e.message : String(e)));
  }, [state]);

  if (state.status === 'loading') return <main class="bs-reader"><p role="status">Opening the story…</p></main>;
  if (state.status === 'missing') return <main class="bs-reader"><h1>Story not found</h1><p>This story is not in your corpus any more.</p></main>;
  if (state.status === 'error') return <main class="bs-reader"><h1>Could not open the story</h1><p role="alert">{state.message}</p></main>;
  const { story } = state;
  return (
    <main class="bs-reader">
      <article ref={articleRef}>
        <h1>{story.title}</h1>
        <p class="bs-reader__meta">
          {sourceLine(story.source, story.published)}
          {story.url && (
            <>
              {' · '}
              <a href={story.url} rel="noreferrer noopener">Original</a>
            </>
          )}
        </p>
        {story.text.split('\n\n').map((p) => (
          <p>{p}</p>
        ))}
      </article>
      {relatedError && (
        <p role="alert" class="bs-reader__note">
          Names and related stories could not be loaded: {relatedError}
        </p>
      )}
      {related && related.length > 0 && (
        <aside aria-labelledby="bs-reader-related">
          <h2 id="bs-reader-related">Related stories</h2>
          <ol>
            {related.map((r) => (
              <li>
                <a
                  href={`?story=${encodeURIComponent(r.story.id)}`}
                  onClick={(e) => {
                    e.preventDefault();
                    openStory(r.story.id);
                  }}
                >
                  {r.story.title}
                </a>
                <div class="bs-reader__meta">{sourceLine(r.story.source, r.story.published)} — {r.why}</div>
              </li>
            ))}
          </ol>
        </aside>
      )}
    </main>
  );
}
