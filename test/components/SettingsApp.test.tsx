// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { SettingsApp } from '../../components/SettingsApp';
import { DEFAULT_SETTINGS, type ReaderSettings } from '../../lib/reader-settings';
import { accessibleName, allByRole, click, deferred, getByRole, mount, pending, queryByRole, readableText, settle, unmount, userAction } from './helpers';

// SettingsApp loads the reader's settings and the sites turned off. States: loading (either
// loader pending), error (either rejected), empty (no site turned off) and full (settings shown,
// sites listed); plus what a change does: saved (or not, and said so).

afterEach(unmount);

const customised: ReaderSettings = {
  highlightStyle: 'background',
  firstMentionOnly: true,
  highlightPeople: true,
  highlightPlaces: false,
  hoverDelayMs: 450,
  hoverModifier: 'Alt',
  libraryNamesOnPages: true,
};

interface Loaders {
  loadSettings?: () => Promise<ReaderSettings>;
  saveSettings?: (settings: ReaderSettings) => Promise<void>;
  loadDisabledSites?: () => Promise<string[]>;
  enableSite?: (host: string) => Promise<void>;
}

async function mountSettings(loaders: Loaders = {}) {
  const p = {
    loadSettings: vi.fn(loaders.loadSettings ?? (async () => ({ ...DEFAULT_SETTINGS }))),
    saveSettings: vi.fn(loaders.saveSettings ?? (async (_settings: ReaderSettings) => {})),
    loadDisabledSites: vi.fn(loaders.loadDisabledSites ?? (async () => ['www.dailyexpress.example', 'forum.example.org'])),
    enableSite: vi.fn(loaders.enableSite ?? (async (_host: string) => {})),
  };
  const root = await mount(<SettingsApp {...p} />);
  await settle();
  return { root, ...p };
}

const radio = (root: ParentNode, name: string) => getByRole(root, 'radio', { name }) as HTMLInputElement;
const checkbox = (root: ParentNode, name: string) => getByRole(root, 'checkbox', { name }) as HTMLInputElement;
const notice = (root: ParentNode) => root.querySelector('.bs-notice')!;

async function change(input: HTMLInputElement | HTMLSelectElement, apply: () => void, type: 'change' | 'input' = 'change') {
  await userAction(() => {
    apply();
    input.dispatchEvent(new Event(type, { bubbles: true }));
  });
}

describe('SettingsApp: loading', () => {
  test('asks for both the settings and the sites, and says it is loading', async () => {
    const { root, loadSettings, loadDisabledSites } = await mountSettings({ loadSettings: () => pending() });
    expect(loadSettings).toHaveBeenCalledTimes(1);
    expect(loadDisabledSites).toHaveBeenCalledTimes(1);
    expect(getByRole(root, 'heading', { level: 1 }).textContent).toBe('Backstory settings');
    expect(getByRole(root, 'status').textContent).toBe('Loading your settings…');
    expect(allByRole(root, 'group')).toHaveLength(0);
  });

  test('waits for the sites too before showing the form', async () => {
    const sites = deferred<string[]>();
    const { root } = await mountSettings({ loadDisabledSites: () => sites.promise });
    expect(getByRole(root, 'status').textContent).toBe('Loading your settings…');
    sites.resolve([]);
    await settle();
    expect(getByRole(root, 'group', { name: 'Highlight style' })).toBeTruthy();
  });
});

describe('SettingsApp: error', () => {
  test('settings unreadable: an alert with the reason, that the defaults apply, and what to do', async () => {
    const { root, saveSettings } = await mountSettings({ loadSettings: () => Promise.reject(new Error('Storage is corrupted')) });
    expect(getByRole(root, 'heading', { level: 1 }).textContent).toBe('Backstory settings');
    expect(getByRole(root, 'alert').textContent).toBe(
      'Backstory could not read your settings: Storage is corrupted. The defaults are in use; reload this page to try again.',
    );
    expect(queryByRole(root, 'status')).toBeNull();
    expect(allByRole(root, 'group')).toHaveLength(0);
    expect(saveSettings).not.toHaveBeenCalled();
  });

  test('sites unreadable is an error too, and a non-Error reason is shown as text', async () => {
    const { root } = await mountSettings({ loadDisabledSites: () => Promise.reject('QUOTA_BYTES quota exceeded') });
    expect(getByRole(root, 'alert').textContent).toMatch(/^Backstory could not read your settings: QUOTA_BYTES quota exceeded\./);
  });
});

describe('SettingsApp: empty (no site turned off)', () => {
  test('says there are none and where to turn a site off', async () => {
    const { root } = await mountSettings({ loadDisabledSites: async () => [] });
    const section = getByRole(root, 'region', { name: 'Sites where Backstory is off' });
    expect(section.querySelector('p')!.textContent).toBe('None. Turn Backstory off for a site from the toolbar popup.');
    expect(allByRole(section, 'list')).toHaveLength(0);
    expect(allByRole(section, 'button')).toHaveLength(0);
  });
});

describe('SettingsApp: full', () => {
  test('the form is grouped under named fieldsets, with an empty live status for notices', async () => {
    const { root } = await mountSettings();
    expect(allByRole(root, 'group').map(accessibleName)).toEqual(['Highlight style', 'What to highlight', 'Opening cards']);
    const status = getByRole(root, 'status');
    expect(status.textContent).toBe('');
    expect(queryByRole(root, 'alert')).toBeNull();
  });

  test('shows the defaults as they are', async () => {
    const { root } = await mountSettings();
    expect(radio(root, 'Subtle underline (default)').checked).toBe(true);
    expect(radio(root, 'Marker').checked).toBe(false);
    expect(checkbox(root, 'People').checked).toBe(true);
    expect(checkbox(root, 'Places').checked).toBe(true);
    expect(checkbox(root, 'Only the first mention of each name on a page').checked).toBe(false);
    const slider = getByRole(root, 'slider', { name: 'Hover delay: 300 ms' }) as HTMLInputElement;
    expect(slider.value).toBe('300');
    expect(slider.getAttribute('aria-valuetext')).toBe('300 milliseconds');
    expect([slider.min, slider.max, slider.step]).toEqual(['0', '1000', '50']);
    const select = getByRole(root, 'combobox', { name: 'Key to hold while pointing' }) as HTMLSelectElement;
    expect(select.value).toBe('none');
  });

  test('shows stored choices as they are', async () => {
    const { root } = await mountSettings({ loadSettings: async () => ({ ...customised }) });
    expect(radio(root, 'Marker').checked).toBe(true);
    expect(radio(root, 'Subtle underline (default)').checked).toBe(false);
    expect(checkbox(root, 'Places').checked).toBe(false);
    expect(checkbox(root, 'Only the first mention of each name on a page').checked).toBe(true);
    expect((getByRole(root, 'slider', { name: 'Hover delay: 450 ms' }) as HTMLInputElement).value).toBe('450');
    expect((getByRole(root, 'combobox') as HTMLSelectElement).value).toBe('Alt');
  });

  test('every key choice is named in words a reader knows', async () => {
    const { root } = await mountSettings();
    const options = allByRole(getByRole(root, 'combobox'), 'option') as HTMLOptionElement[];
    expect(options.map((o) => [o.value, o.textContent])).toEqual([
      ['none', 'No key: pointing is enough'],
      ['Alt', 'Alt (Option on a Mac)'],
      ['Shift', 'Shift'],
      ['Control', 'Ctrl'],
      ['Meta', 'Command / Windows key'],
    ]);
  });

  test('lists each site turned off with a button named for that site', async () => {
    const { root } = await mountSettings();
    const section = getByRole(root, 'region', { name: 'Sites where Backstory is off' });
    expect(allByRole(section, 'listitem').map((li) => li.querySelector('span')!.textContent)).toEqual(['www.dailyexpress.example', 'forum.example.org']);
    expect(allByRole(section, 'button').map(accessibleName)).toEqual(['Turn on again for www.dailyexpress.example', 'Turn on again for forum.example.org']);
  });
});

describe('SettingsApp: changing a setting', () => {
  test('choosing the marker style saves every setting with the new style, and says it is saved', async () => {
    const { root, saveSettings } = await mountSettings();
    const marker = radio(root, 'Marker');
    await change(marker, () => (marker.checked = true));
    expect(saveSettings).toHaveBeenCalledTimes(1);
    expect(saveSettings).toHaveBeenCalledWith({ ...DEFAULT_SETTINGS, highlightStyle: 'background' });
    expect(getByRole(root, 'status').textContent).toBe('Saved. Open pages update at once.');
    expect(radio(root, 'Marker').checked).toBe(true);
  });

  test('unticking Places saves highlightPlaces: false and keeps the rest', async () => {
    const { root, saveSettings } = await mountSettings({ loadSettings: async () => ({ ...customised, highlightPlaces: true }) });
    const places = checkbox(root, 'Places');
    await change(places, () => (places.checked = false));
    expect(saveSettings).toHaveBeenCalledWith({ ...customised, highlightPlaces: false });
  });

  test('ticking "first mention only" saves it', async () => {
    const { root, saveSettings } = await mountSettings();
    const first = checkbox(root, 'Only the first mention of each name on a page');
    await change(first, () => (first.checked = true));
    expect(saveSettings).toHaveBeenCalledWith({ ...DEFAULT_SETTINGS, firstMentionOnly: true });
  });

  test('moving the delay slider saves the number and updates the label and the spoken value', async () => {
    const { root, saveSettings } = await mountSettings();
    const slider = getByRole(root, 'slider') as HTMLInputElement;
    await change(slider, () => (slider.value = '650'), 'input');
    expect(saveSettings).toHaveBeenCalledWith({ ...DEFAULT_SETTINGS, hoverDelayMs: 650 });
    expect(accessibleName(slider)).toBe('Hover delay: 650 ms');
    expect(root.querySelector('output')!.textContent).toBe('650 ms');
    expect(slider.getAttribute('aria-valuetext')).toBe('650 milliseconds');
  });

  test('choosing a key saves it', async () => {
    const { root, saveSettings } = await mountSettings();
    const select = getByRole(root, 'combobox') as HTMLSelectElement;
    await change(select, () => (select.value = 'Shift'));
    expect(saveSettings).toHaveBeenCalledWith({ ...DEFAULT_SETTINGS, hoverModifier: 'Shift' });
    expect((getByRole(root, 'combobox') as HTMLSelectElement).value).toBe('Shift');
  });

  test('successive changes build on each other', async () => {
    const { root, saveSettings } = await mountSettings();
    const people = checkbox(root, 'People');
    await change(people, () => (people.checked = false));
    const select = getByRole(root, 'combobox') as HTMLSelectElement;
    await change(select, () => (select.value = 'Meta'));
    expect(saveSettings).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, highlightPeople: false, hoverModifier: 'Meta' });
  });

  test('a change that cannot be saved is said so, with the reason', async () => {
    const { root } = await mountSettings({ saveSettings: () => Promise.reject(new Error('QUOTA_BYTES quota exceeded')) });
    const marker = radio(root, 'Marker');
    await change(marker, () => (marker.checked = true));
    expect(getByRole(root, 'status').textContent).toBe('Not saved: QUOTA_BYTES quota exceeded');
  });
});

describe('SettingsApp: turning a site back on', () => {
  test('calls enableSite with that host, takes it off the list and says so', async () => {
    const { root, enableSite } = await mountSettings();
    await userAction(() => click(getByRole(root, 'button', { name: 'Turn on again for forum.example.org' })));
    expect(enableSite).toHaveBeenCalledTimes(1);
    expect(enableSite).toHaveBeenCalledWith('forum.example.org');
    const section = getByRole(root, 'region', { name: 'Sites where Backstory is off' });
    expect(allByRole(section, 'listitem').map((li) => readableText(li.querySelector('span')))).toEqual(['www.dailyexpress.example']);
    expect(notice(root).textContent).toBe('Backstory is on again for forum.example.org.');
  });

  test('when it cannot be saved, the site stays listed and the notice says Backstory is still off there', async () => {
    const { root } = await mountSettings({ enableSite: async () => Promise.reject(new Error('storage is full')) });
    await userAction(() => click(getByRole(root, 'button', { name: 'Turn on again for forum.example.org' })));
    const section = getByRole(root, 'region', { name: 'Sites where Backstory is off' });
    expect(allByRole(section, 'listitem').map((li) => readableText(li.querySelector('span')))).toEqual(['www.dailyexpress.example', 'forum.example.org']);
    expect(notice(root).textContent).toBe('Not saved: Backstory is still off for forum.example.org (storage is full).');
  });

  test('turning the last one back on leaves the empty-state message', async () => {
    const { root } = await mountSettings({ loadDisabledSites: async () => ['forum.example.org'] });
    await userAction(() => click(getByRole(root, 'button', { name: 'Turn on again for forum.example.org' })));
    const section = getByRole(root, 'region', { name: 'Sites where Backstory is off' });
    expect(section.querySelector('p')!.textContent).toBe('None. Turn Backstory off for a site from the toolbar popup.');
  });

  test('two sites turned back on in quick succession both leave the list', async () => {
    // Regression: the list was rebuilt from the one it had when the button was pressed, so the
    // second answer put the first site back.
    const saving = new Map<string, ReturnType<typeof deferred<void>>>();
    const { root } = await mountSettings({
      enableSite: (host) => {
        const d = deferred<void>();
        saving.set(host, d);
        return d.promise;
      },
    });
    await userAction(() => click(getByRole(root, 'button', { name: 'Turn on again for www.dailyexpress.example' })));
    await userAction(() => click(getByRole(root, 'button', { name: 'Turn on again for forum.example.org' })));
    saving.get('www.dailyexpress.example')!.resolve();
    await settle();
    saving.get('forum.example.org')!.resolve();
    await settle();
    const section = getByRole(root, 'region', { name: 'Sites where Backstory is off' });
    expect(allByRole(section, 'listitem')).toHaveLength(0);
    expect(section.querySelector('p')!.textContent).toBe('None. Turn Backstory off for a site from the toolbar popup.');
  });

  test('a setting changed while a site is being turned back on stays as changed', async () => {
    // Regression: turning the site on restored the settings shown when its button was pressed,
    // so the page showed People ticked while the stored setting was unticked.
    const saving = deferred<void>();
    const { root, saveSettings } = await mountSettings({ enableSite: () => saving.promise });
    await userAction(() => click(getByRole(root, 'button', { name: 'Turn on again for forum.example.org' })));
    const people = checkbox(root, 'People');
    await change(people, () => (people.checked = false));
    expect(saveSettings).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, highlightPeople: false });
    saving.resolve();
    await settle();
    expect(checkbox(root, 'People').checked).toBe(false);
    // And the next change builds on what was saved, not on the stale form.
    const places = checkbox(root, 'Places');
    await change(places, () => (places.checked = false));
    expect(saveSettings).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, highlightPeople: false, highlightPlaces: false });
  });

  test('the site stays listed until enableSite has finished', async () => {
    const done = deferred<void>();
    const { root } = await mountSettings({ enableSite: () => done.promise });
    await userAction(() => click(getByRole(root, 'button', { name: 'Turn on again for forum.example.org' })));
    expect(allByRole(root, 'button')).toHaveLength(2);
    expect(notice(root).textContent).toBe('');
    done.resolve();
    await settle();
    expect(allByRole(root, 'button')).toHaveLength(1);
  });
});
