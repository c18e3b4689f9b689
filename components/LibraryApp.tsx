import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { FileReport } from '../browser/library-import';
import type { LibraryWorkerEvent } from '../browser/library-worker-protocol';
import { formatDate } from './format-date';

export interface LibraryListItem {
  id: string;
  title: string;
  source: string | null;
  published: string | null;
  url: string | null;
  origin: 'import' | 'saved';
}

/** What the library page needs from the browser (injected, so tests can give their own). */
export interface LibraryApi {
  list(): Promise<LibraryListItem[]>;
  /** Starts importing files; events arrive until "done" or "failed". */
  startImport(files: File[], onEvent: (e: LibraryWorkerEvent) => void): { cancel(): void };
  remove(ids: string[]): Promise<void>;
  clear(): Promise<void>;
  exportJsonl(): Promise<string>;
  openStory(id: string): void;
}

type ImportState =
  | { status: 'idle' }
  | { status: 'running'; fileIndex: number; files: number; file: string; written: number; total: number; indexing: boolean; cancelling: boolean }
  | { status: 'finished'; message: string };

const ACCEPT = '.jsonl,.txt,.md,.markdown,.html,.htm,.rss,.atom,.xml';

export function LibraryApp({ api }: { api: LibraryApi }) {
  const [stories, setStories] = useState<LibraryListItem[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [importState, setImportState] = useState<ImportState>({ status: 'idle' });
  const [reports, setReports] = useState<FileReport[]>([]);
  const [notice, setNotice] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);
  const running = useRef<{ cancel(): void } | null>(null);

  const refresh = () =>
    api.list().then(
      (list) => {
        setStories(list);
        setSelected((s) => new Set([...s].filter((id) => list.some((x) => x.id === id))));
      },
      (e: unknown) => setError(`Your library could not be read: ${(e as Error).message}`),
    );
  useEffect(() => void refresh(), []);

  const shown = useMemo(() => {
    const q = query.trim().toLowerCase();
    return (stories ?? []).filter((s) => !q || s.title.toLowerCase().includes(q) || (s.source ?? '').toLowerCase().includes(q));
  }, [stories, query]);

  const startImport = () => {
    const files = [...(fileInput.current?.files ?? [])];
    if (files.length === 0) return;
    setReports([]);
    setImportState({ status: 'running', fileIndex: 0, files: files.length, file: files[0]!.name, written: 0, total: 0, indexing: false, cancelling: false });
    const done: FileReport[] = [];
    running.current = api.startImport(files, (e) => {
      if (e.type === 'progress') {
        setImportState((s) => (s.status === 'running' ? { ...s, fileIndex: e.fileIndex, file: e.progress.file, written: e.progress.written, total: e.progress.total } : s));
      } else if (e.type === 'file') {
        done.push(e.report);
        setReports([...done]);
      } else if (e.type === 'indexing') {
        setImportState((s) => (s.status === 'running' ? { ...s, indexing: true } : s));
      } else {
        running.current = null;
        const imported = done.reduce((n, r) => n + r.imported, 0);
        setImportState({
          status: 'finished',
          message: e.type === 'done' ? `Import finished: ${imported} ${imported === 1 ? 'story' : 'stories'} added; your library now holds ${e.stories}.` : `The import stopped: ${e.message}`,
        });
        if (fileInput.current) fileInput.current.value = '';
        void refresh();
      }
    });
  };

  const cancel = () => {
    running.current?.cancel();
    setImportState((s) => (s.status === 'running' ? { ...s, cancelling: true } : s));
  };

  const act = async (work: () => Promise<void>, message: string) => {
    try {
      await work();
      setNotice(message);
    } catch (e) {
      setNotice(`That did not work: ${(e as Error).message}`);
    }
    await refresh();
  };

  const removeSelected = () => {
    const ids = [...selected];
    void act(() => api.remove(ids), `Deleted ${ids.length} ${ids.length === 1 ? 'story' : 'stories'}.`);
  };
  const removeAll = () => {
    if (!confirm(`Delete all ${stories?.length ?? 0} stories of your library? This cannot be undone; export it first to keep a copy.`)) return;
    void act(() => api.clear(), 'Your library is empty.');
  };
  const exportAll = () =>
    void act(async () => {
      const jsonl = await api.exportJsonl();
      const url = URL.createObjectURL(new Blob([jsonl], { type: 'application/x-ndjson' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = `backstory-library-${new Date().toISOString().slice(0, 10)}.jsonl`;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    }, 'Library exported as JSONL.');

  const toggle = (id: string, on: boolean) => setSelected((s) => {
    const next = new Set(s);
    if (on) next.add(id);
    else next.delete(id);
    return next;
  });

  return (
    <section class="bs-library" aria-labelledby="bs-library-title">
      <h2 id="bs-library-title">Your library</h2>
      <p class="bs-lead">Stories you add here join the bundled corpus in cards, related stories and search. They stay in this browser.</p>

      <fieldset>
        <legend>Import stories</legend>
        <label for="bs-import-files">Files (JSONL, plain text, Markdown, HTML pages, RSS or Atom feeds)</label>
        <input id="bs-import-files" ref={fileInput} type="file" multiple accept={ACCEPT} disabled={importState.status === 'running'} />
        <div class="bs-row">
          <button type="button" onClick={startImport} disabled={importState.status === 'running'}>
            Import
          </button>
          {importState.status === 'running' && (
            <button type="button" onClick={cancel} disabled={importState.cancelling}>
              {importState.cancelling ? 'Cancelling…' : 'Cancel'}
            </button>
          )}
        </div>
        {importState.status === 'running' && (
          <div class="bs-progress">
            <label for="bs-import-progress">
              {importState.indexing
                ? 'Indexing your library…'
                : `File ${importState.fileIndex + 1} of ${importState.files}: ${importState.file} — ${importState.written} of ${importState.total || '…'} stories`}
            </label>
            <progress id="bs-import-progress" max={importState.indexing ? undefined : importState.total || 1} value={importState.indexing ? undefined : importState.written} />
          </div>
        )}
        <p role="status" class="bs-notice">{importState.status === 'finished' ? importState.message : ''}</p>
        {reports.length > 0 && (
          <ul class="bs-reports" aria-label="Import report">
            {reports.map((r) => (
              <li key={r.file}>
                <strong>{r.file}</strong>:{' '}
                {r.cancelled ? 'cancelled, nothing of it kept' : `${r.imported} imported, ${r.duplicates} ${r.duplicates === 1 ? 'duplicate' : 'duplicates'} skipped`}
                {r.errors.length > 0 && `; ${r.errors.length} ${r.errors.length === 1 ? 'problem' : 'problems'}:`}
                {r.errors.length > 0 && (
                  <ul>
                    {r.errors.slice(0, 20).map((e, i) => (
                      <li key={i} class="bs-error">
                        {e.line !== null ? `line ${e.line}: ` : ''}
                        {e.message}
                      </li>
                    ))}
                    {r.errors.length > 20 && <li>…and {r.errors.length - 20} more problems</li>}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        )}
      </fieldset>

      <fieldset>
        <legend>Stories</legend>
        {error && <p role="alert">{error}</p>}
        {stories === null && !error && <p role="status">Loading your library…</p>}
        {stories !== null && (
          <>
            <div class="bs-row">
              <label for="bs-library-filter">Find</label>
              <input id="bs-library-filter" type="search" value={query} onInput={(e) => setQuery((e.target as HTMLInputElement).value)} />
              <span aria-live="polite">
                {shown.length} of {stories.length} {stories.length === 1 ? 'story' : 'stories'}
              </span>
            </div>
            <div class="bs-row">
              <button type="button" onClick={removeSelected} disabled={selected.size === 0}>
                Delete selected ({selected.size})
              </button>
              <button type="button" onClick={removeAll} disabled={stories.length === 0}>
                Delete all
              </button>
              <button type="button" onClick={exportAll} disabled={stories.length === 0}>
                Export (JSONL)
              </button>
            </div>
            {stories.length === 0 ? (
              <p>Your library is empty. Import files above, or use “Save this page” in the toolbar popup.</p>
            ) : (
              <ul class="bs-library-list">
                {shown.slice(0, 500).map((s) => (
                  <li key={s.id}>
                    <input type="checkbox" id={`bs-pick-${s.id}`} checked={selected.has(s.id)} onChange={(e) => toggle(s.id, (e.target as HTMLInputElement).checked)} />
                    <label for={`bs-pick-${s.id}`} class="bs-visually-hidden">
                      Select {s.title}
                    </label>
                    <button type="button" class="bs-link" onClick={() => api.openStory(s.id)}>
                      {s.title}
                    </button>
                    <span class="bs-meta">
                      {[s.source, s.published ? formatDate(s.published) : null, s.origin === 'saved' ? 'saved page' : null].filter(Boolean).join(' · ')}
                    </span>
                  </li>
                ))}
                {shown.length > 500 && <li>…and {shown.length - 500} more: narrow with Find.</li>}
              </ul>
            )}
          </>
        )}
        <p role="status" class="bs-notice">{notice}</p>
      </fieldset>
    </section>
  );
}
