import { useEffect, useRef, useState } from 'preact/hooks';
import type { SearchHit } from '../lib/index/search-stories';
import { sourceLine } from './format-date';

export interface StorySearchProps {
  search: (query: string) => Promise<SearchHit[]>;
  onOpenStory: (id: string) => void;
  /** Tells the parent whether a query is showing, so it can make room for the results. */
  onActiveChange?: (active: boolean) => void;
  /** Wait after the last keystroke before searching, in ms. */
  debounceMs?: number;
}

type State =
  | { status: 'idle' }
  | { status: 'searching'; query: string }
  | { status: 'error'; query: string; message: string }
  | { status: 'done'; query: string; hits: SearchHit[] };

/** Search over the corpus's titles and text, with results as the reader types. */
export function StorySearch({ search, onOpenStory, onActiveChange, debounceMs = 150 }: StorySearchProps) {
  const [query, setQuery] = useState('');
  const [state, setState] = useState<State>({ status: 'idle' });
  const latest = useRef('');

  useEffect(() => {
    const q = query.trim();
    latest.current = q;
    onActiveChange?.(q.length > 0);
    if (!q) {
      setState({ status: 'idle' });
      return;
    }
    const timer = setTimeout(() => {
      setState({ status: 'searching', query: q });
      search(q).then(
        (hits) => latest.current === q && setState({ status: 'done', query: q, hits }),
        (e: unknown) => latest.current === q && setState({ status: 'error', query: q, message: e instanceof Error ? e.message : String(e) }),
      );
    }, debounceMs);
    return () => clearTimeout(timer);
  }, [query]);

  return (
    <section class="bs-search" aria-label="Search your corpus">
      <input
        type="search"
        class="bs-search__input"
        placeholder="Search stories by word or name"
        aria-label="Search stories"
        aria-describedby="bs-search-status"
        value={query}
        onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && query) {
            e.preventDefault();
            setQuery('');
          }
        }}
      />
      <p id="bs-search-status" class="bs-muted bs-search__status" role="status">
        {state.status === 'searching' && 'Searching…'}
        {state.status === 'error' && `Search failed: ${state.message}`}
        {state.status === 'done' && (state.hits.length === 0 ? `No story mentions “${state.query}”.` : `${state.hits.length}${state.hits.length >= 20 ? '+' : ''} ${state.hits.length === 1 ? 'story' : 'stories'} found`)}
      </p>
      {state.status === 'done' && state.hits.length > 0 && (
        <ol class="bs-stories bs-search__results">
          {state.hits.map((hit) => (
            <li>
              <a
                href={`#story-${hit.story.id}`}
                onClick={(e) => {
                  e.preventDefault();
                  onOpenStory(hit.story.id);
                }}
              >
                {hit.story.title}
              </a>
              <div class="bs-meta">{sourceLine(hit.story.source, hit.story.published)}</div>
              <div class="bs-excerpt">
                {hit.highlight ? (
                  <>
                    {hit.excerpt.slice(0, hit.highlight.start)}
                    <mark>{hit.excerpt.slice(hit.highlight.start, hit.highlight.end)}</mark>
                    {hit.excerpt.slice(hit.highlight.end)}
                  </>
                ) : (
                  hit.excerpt
                )}
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
