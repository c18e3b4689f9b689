import { useEffect, useState } from 'preact/hooks';
import type { PageEntity, SaveResult } from '../browser/messages';
import type { PopupData } from '../browser/popup-data';
import type { SearchHit } from '../lib/index/search-stories';
import { sourceLine } from './format-date';
import { KindLabel } from './KindLabel';
import { StorySearch } from './StorySearch';

export interface PopupAppProps {
  load: () => Promise<PopupData>;
  onToggleSite: (host: string, enabled: boolean) => Promise<void>;
  onOpenStory: (id: string) => void;
  onReveal: (tabId: number, entity: PageEntity) => Promise<boolean>;
  search: (query: string) => Promise<SearchHit[]>;
  onOpenSettings: () => void;
  /** Saves the tab's article to the reader's library. */
  onSavePage?: (tabId: number) => Promise<SaveResult>;
}

type State = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; data: PopupData };

/** The toolbar popup: related stories for the tab, the people and places on it, the site switch. */
export function PopupApp({ load, onToggleSite, onOpenStory, onReveal, search, onOpenSettings, onSavePage }: PopupAppProps) {
  const [state, setState] = useState<State>({ status: 'loading' });
  const [saving, setSaving] = useState<'idle' | 'saving' | SaveResult>('idle');
  const [toggleError, setToggleError] = useState<string | null>(null);
  const [searching, setSearching] = useState(false);
  const refresh = () =>
    load().then(
      (data) => setState({ status: 'ready', data }),
      (e: unknown) => setState({ status: 'error', message: e instanceof Error ? e.message : String(e) }),
    );
  useEffect(() => {
    void refresh();
  }, []);

  return (
    <main class="bs-popup">
      <header class="bs-popup__header">
        <h1>Backstory</h1>
        {state.status === 'ready' && state.data.host && (
          <label class="bs-switch">
            <input
              type="checkbox"
              checked={state.data.siteEnabled}
              onChange={async (e) => {
                const on = (e.target as HTMLInputElement).checked;
                try {
                  await onToggleSite(state.data.host!, on);
                  setToggleError(null);
                } catch (err) {
                  setToggleError(`Could not turn Backstory ${on ? 'on' : 'off'} for ${state.data.host}: ${err instanceof Error ? err.message : String(err)}`);
                }
                setTimeout(() => void refresh(), 300);
              }}
            />
            <span>On for {state.data.host}</span>
          </label>
        )}
      </header>
      {toggleError && <p role="alert" class="bs-error">{toggleError}</p>}
      <StorySearch search={search} onOpenStory={onOpenStory} onActiveChange={setSearching} />
      {!searching && (
        <div class="bs-popup__body">
          {state.status === 'loading' && <p role="status">Reading this page…</p>}
          {state.status === 'error' && <p role="alert">Backstory could not read this tab: {state.message}</p>}
          {state.status === 'ready' && <PopupBody data={state.data} onOpenStory={onOpenStory} onReveal={onReveal} />}
        </div>
      )}
      {onSavePage && state.status === 'ready' && state.data.tabId !== null && state.data.report && (
        <div class="bs-popup__save">
          <button
            type="button"
            disabled={saving === 'saving'}
            onClick={async () => {
              setSaving('saving');
              setSaving(await onSavePage(state.data.tabId!));
            }}
          >
            {saving === 'saving' ? 'Saving…' : 'Save this page to my library'}
          </button>
          <p role="status" class={typeof saving === 'object' && saving.status === 'failed' ? 'bs-error' : undefined}>
            {typeof saving === 'object' ? saving.message : ''}
          </p>
        </div>
      )}
      <footer class="bs-popup__footer">
        <span>Private by design: nothing leaves your browser.</span>
        <button type="button" class="bs-link" onClick={onOpenSettings}>
          Settings
        </button>
      </footer>
    </main>
  );
}

function PopupBody({ data, onOpenStory, onReveal }: { data: PopupData; onOpenStory: (id: string) => void; onReveal: PopupAppProps['onReveal'] }) {
  if (!data.host) return <p class="bs-empty">Backstory works on web pages. Open a news story to see its backstory.</p>;
  if (!data.siteEnabled) return <p class="bs-empty">Backstory is off for {data.host}. Turn it on above to highlight people and places here.</p>;
  if (!data.report) return <p class="bs-empty">This page is not ready yet, or Backstory cannot read it. Reload the page and try again.</p>;
  const { entities, hasArticle } = data.report;
  const people = entities.filter((e) => e.kind === 'person');
  const places = entities.filter((e) => e.kind === 'place');
  const known = entities.filter((e) => e.id !== null).length;
  return (
    <>
      {!hasArticle && entities.length > 0 && (
        <p class="bs-note">No article found on this page, so nothing in its menus and footers is highlighted. The names below come from the whole page.</p>
      )}
      {entities.length > 0 && known === 0 && (
        <p class="bs-note">
          Your corpus knows none of the {entities.length} {entities.length === 1 ? 'name' : 'names'} on this page, so none is highlighted. They are listed below.
        </p>
      )}
      <section aria-labelledby="bs-related-heading">
        <h2 id="bs-related-heading">Related stories</h2>
        {data.related.length === 0 ? (
          <p class="bs-empty">
            {entities.length === 0
              ? hasArticle
                ? 'No people or places found on this page.'
                : 'This page has no article and names no one Backstory can find. Open a news story to see its backstory.'
              : 'Your corpus has no story about the people and places on this page.'}
          </p>
        ) : (
          <ol class="bs-stories">
            {data.related.map((r) => (
              <li>
                <a
                  href={`#story-${r.story.id}`}
                  onClick={(e) => {
                    e.preventDefault();
                    onOpenStory(r.story.id);
                  }}
                >
                  {r.story.title}
                </a>
                <div class="bs-meta">{sourceLine(r.story.source, r.story.published)}</div>
                <div class="bs-why">{r.why}</div>
              </li>
            ))}
          </ol>
        )}
      </section>
      <EntityList title="People on this page" entities={people} tabId={data.tabId} onReveal={onReveal} />
      <EntityList title="Places on this page" entities={places} tabId={data.tabId} onReveal={onReveal} />
    </>
  );
}

function EntityList({ title, entities, tabId, onReveal }: { title: string; entities: PageEntity[]; tabId: number | null; onReveal: PopupAppProps['onReveal'] }) {
  if (entities.length === 0) return null;
  return (
    <section>
      <h2>{title}</h2>
      <ul class="bs-entities">
        {entities.map((e) => (
          <li>
            {e.id && tabId !== null ? (
              <button type="button" class="bs-entity" onClick={() => void onReveal(tabId, e)} title="Show on the page">
                <KindLabel kind={e.kind} /> <span class="bs-entity__name">{e.name}</span> <span class="bs-count">×{e.count}</span>
              </button>
            ) : (
              <span class="bs-entity bs-entity--unknown">
                <KindLabel kind={e.kind} /> <span class="bs-entity__name">{e.name}</span> <span class="bs-count">×{e.count}</span>
                <span class="bs-muted"> · not in corpus</span>
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
