// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { LibraryApp, type LibraryApi, type LibraryListItem } from '../../components/LibraryApp';
import type { LibraryWorkerEvent } from '../../browser/library-worker-protocol';
import { allByRole, click, getByRole, mount, readableText, settle, unmount, userAction } from './helpers';

// LibraryApp lists the reader's stories (loading, error, empty, full), finds by title or source,
// deletes one, several or all, exports, and runs imports: progress, cancel, per-file report.

afterEach(() => {
  unmount();
  vi.unstubAllGlobals();
});

const STORIES: LibraryListItem[] = [
  { id: 'a', title: 'Howard attacks cost of asylum', source: 'BBC News', published: '2005-02-01', url: null, origin: 'import' },
  { id: 'b', title: 'Wrenfield wins backing for harbour flood barrier', source: 'The Harbour Courier', published: '2024-03-12', url: 'http://news.example/save', origin: 'saved' },
  { id: 'c', title: 'Tory expert denies defeatism', source: 'BBC News', published: null, url: null, origin: 'import' },
];

function fakeApi(stories: LibraryListItem[] = STORIES) {
  let held = [...stories];
  let emit: (e: LibraryWorkerEvent) => void = () => undefined;
  const cancel = vi.fn();
  const api = {
    list: vi.fn(async () => [...held]),
    startImport: vi.fn((_files: File[], onEvent: (e: LibraryWorkerEvent) => void) => {
      emit = onEvent;
      return { cancel };
    }),
    cancel,
    remove: vi.fn(async (ids: string[]) => {
      held = held.filter((s) => !ids.includes(s.id));
    }),
    clear: vi.fn(async () => {
      held = [];
    }),
    exportJsonl: vi.fn(async () => ''),
    openStory: vi.fn(),
  } satisfies LibraryApi & { cancel: () => void };
  return { api, emit: (e: LibraryWorkerEvent) => emit(e) };
}

async function mountLibrary(api: LibraryApi) {
  const root = await mount(<LibraryApp api={api} />);
  await settle();
  return root;
}

const titles = (root: HTMLElement) => [...root.querySelectorAll('.bs-library-list button.bs-link')].map((b) => b.textContent);
const checkbox = (root: HTMLElement, title: string) => getByRole(root, 'checkbox', { name: `Select ${title}` }) as HTMLInputElement;
const check = (el: HTMLInputElement) => userAction(() => click(el));

describe('LibraryApp', () => {
  test('lists the stories, newest addition first as given, with source, date and saved pages marked', async () => {
    const root = await mountLibrary(fakeApi().api);
    expect(titles(root)).toEqual(STORIES.map((s) => s.title));
    expect(readableText(root.querySelector('.bs-library-list'))).toContain('The Harbour Courier · 12 Mar 2024 · saved page');
    expect(readableText(root)).toContain('3 of 3 stories');
  });

  test('Find narrows the list by title or source, and says how many of how many', async () => {
    const root = await mountLibrary(fakeApi().api);
    const find = getByRole(root, 'searchbox', { name: 'Find' }) as HTMLInputElement;
    await userAction(() => {
      find.value = 'courier';
      find.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(titles(root)).toEqual(['Wrenfield wins backing for harbour flood barrier']);
    expect(readableText(root)).toContain('1 of 3 stories');
    await userAction(() => {
      find.value = 'BBC';
      find.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(titles(root)).toEqual(['Howard attacks cost of asylum', 'Tory expert denies defeatism']);
    await userAction(() => {
      find.value = 'flood barrier';
      find.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(titles(root)).toEqual(['Wrenfield wins backing for harbour flood barrier']);
  });

  test('deletes one story, then several: only the ones selected, and says so', async () => {
    const { api } = fakeApi();
    const root = await mountLibrary(api);
    const deleteSelected = () => getByRole(root, 'button', { name: /^Delete selected/ }) as HTMLButtonElement;
    expect(deleteSelected().disabled).toBe(true);
    await check(checkbox(root, STORIES[1]!.title));
    expect(readableText(deleteSelected())).toBe('Delete selected (1)');
    await userAction(() => click(deleteSelected()));
    expect(api.remove).toHaveBeenLastCalledWith(['b']);
    expect(titles(root)).toEqual([STORIES[0]!.title, STORIES[2]!.title]);
    expect(readableText(root)).toContain('Deleted 1 story.');

    await check(checkbox(root, STORIES[0]!.title));
    await check(checkbox(root, STORIES[2]!.title));
    await userAction(() => click(deleteSelected()));
    expect(api.remove).toHaveBeenLastCalledWith(['a', 'c']);
    expect(readableText(root)).toContain('Deleted 2 stories.');
    expect(readableText(root)).toContain('Your library is empty');
  });

  test('Delete all asks first; declining keeps everything', async () => {
    const { api } = fakeApi();
    const root = await mountLibrary(api);
    const confirm = vi.fn().mockReturnValueOnce(false).mockReturnValueOnce(true);
    vi.stubGlobal('confirm', confirm);
    await userAction(() => click(getByRole(root, 'button', { name: 'Delete all' })));
    expect(confirm).toHaveBeenCalledWith(expect.stringMatching(/^Delete all 3 stories of your library\? This cannot be undone; export it first/));
    expect(api.clear).not.toHaveBeenCalled();
    expect(titles(root)).toHaveLength(3);
    await userAction(() => click(getByRole(root, 'button', { name: 'Delete all' })));
    expect(api.clear).toHaveBeenCalledTimes(1);
    expect(titles(root)).toEqual([]);
    expect(readableText(root)).toContain('0 of 0 stories');
  });

  test('an import shows its progress, can be cancelled, and reports each file with its errors by line', async () => {
    const { api, emit } = fakeApi([]);
    const root = await mountLibrary(api);
    const input = root.querySelector<HTMLInputElement>('input#bs-import-files')!;
    const files = [new File(['{}'], 'bbc.jsonl'), new File(['x'], 'feed.rss')];
    Object.defineProperty(input, 'files', { value: files, configurable: true });
    await userAction(() => click(getByRole(root, 'button', { name: 'Import' })));
    expect(api.startImport).toHaveBeenCalledWith(files, expect.any(Function));
    expect((getByRole(root, 'button', { name: 'Import' }) as HTMLButtonElement).disabled).toBe(true);

    await userAction(() => emit({ type: 'progress', fileIndex: 0, files: 2, progress: { file: 'bbc.jsonl', written: 250, total: 2087 } }));
    const progress = root.querySelector<HTMLProgressElement>('progress#bs-import-progress')!;
    expect(progress.getAttribute('value')).toBe('250');
    expect(progress.getAttribute('max')).toBe('2087');
    expect(readableText(root.querySelector('label[for="bs-import-progress"]'))).toBe('File 1 of 2: bbc.jsonl — 250 of 2087 stories');

    await userAction(() => emit({ type: 'file', fileIndex: 0, report: { file: 'bbc.jsonl', imported: 2047, duplicates: 40, errors: [{ file: 'bbc.jsonl', line: 17, message: 'not JSON' }], cancelled: false } }));
    await userAction(() => click(getByRole(root, 'button', { name: 'Cancel' })));
    expect(api.cancel).toHaveBeenCalledTimes(1);
    expect((getByRole(root, 'button', { name: 'Cancelling…' }) as HTMLButtonElement).disabled).toBe(true);
    await userAction(() => emit({ type: 'file', fileIndex: 1, report: { file: 'feed.rss', imported: 0, duplicates: 0, errors: [], cancelled: true } }));
    await userAction(() => emit({ type: 'done', generation: 2, stories: 2047, entities: 900 }));

    const report = allByRole(root, 'listitem').filter((li) => li.closest('.bs-reports') && li.parentElement?.classList.contains('bs-reports')).map((li) => readableText(li));
    expect(report).toEqual([expect.stringMatching(/^bbc\.jsonl: 2047 imported, 40 duplicates skipped; 1 problem:\s*line 17: not JSON$/), 'feed.rss: cancelled, nothing of it kept']);
    expect(readableText(root.querySelector('.bs-library [role="status"]'))).toBe('Import finished: 2047 stories added; your library now holds 2047.');
    expect(root.querySelector('progress')).toBeNull();
    expect(api.list).toHaveBeenCalledTimes(2); // the list is read again after the import
  });

  test('an import the worker could not finish says why', async () => {
    const { api, emit } = fakeApi([]);
    const root = await mountLibrary(api);
    Object.defineProperty(root.querySelector('input#bs-import-files')!, 'files', { value: [new File(['x'], 'a.txt')], configurable: true });
    await userAction(() => click(getByRole(root, 'button', { name: 'Import' })));
    await userAction(() => emit({ type: 'failed', message: 'the library worker stopped' }));
    expect(readableText(root.querySelector('.bs-library [role="status"]'))).toBe('The import stopped: the library worker stopped');
  });

  test('a library that cannot be read says so instead of looking empty', async () => {
    const { api } = fakeApi();
    api.list.mockRejectedValueOnce(new Error('QuotaExceededError'));
    const root = await mountLibrary(api);
    expect(readableText(getByRole(root, 'alert'))).toBe('Your library could not be read: QuotaExceededError');
    expect(readableText(root)).not.toContain('Your library is empty');
  });
});
