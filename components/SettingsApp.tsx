import { useEffect, useState } from 'preact/hooks';
import { HOVER_DELAY_RANGE, HOVER_MODIFIERS, type HoverModifier, type ReaderSettings } from '../lib/reader-settings';

export interface SettingsAppProps {
  loadSettings: () => Promise<ReaderSettings>;
  saveSettings: (settings: ReaderSettings) => Promise<void>;
  loadDisabledSites: () => Promise<string[]>;
  enableSite: (host: string) => Promise<void>;
}

type State =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; settings: ReaderSettings; sites: string[] };

const MODIFIER_LABELS: Record<HoverModifier, string> = {
  none: 'No key: pointing is enough',
  Alt: 'Alt (Option on a Mac)',
  Shift: 'Shift',
  Control: 'Ctrl',
  Meta: 'Command / Windows key',
};

/** The settings page: how highlights look, which names get them, how cards open, sites turned off. */
export function SettingsApp({ loadSettings, saveSettings, loadDisabledSites, enableSite }: SettingsAppProps) {
  const [state, setState] = useState<State>({ status: 'loading' });
  const [notice, setNotice] = useState('');

  useEffect(() => {
    Promise.all([loadSettings(), loadDisabledSites()]).then(
      ([settings, sites]) => setState({ status: 'ready', settings, sites }),
      (e: unknown) => setState({ status: 'error', message: e instanceof Error ? e.message : String(e) }),
    );
  }, []);

  if (state.status === 'loading') return <main class="bs-settings"><h1>Backstory settings</h1><p role="status">Loading your settings…</p></main>;
  if (state.status === 'error') {
    return (
      <main class="bs-settings">
        <h1>Backstory settings</h1>
        <p role="alert">Backstory could not read your settings: {state.message}. The defaults are in use; reload this page to try again.</p>
      </main>
    );
  }
  const { settings, sites } = state;
  const update = async (changes: Partial<ReaderSettings>) => {
    const next = { ...settings, ...changes };
    setState({ ...state, settings: next });
    try {
      await saveSettings(next);
      setNotice('Saved. Open pages update at once.');
    } catch (e) {
      setNotice(`Not saved: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  return (
    <main class="bs-settings">
      <h1>Backstory settings</h1>
      <p class="bs-lead">Everything stays in this browser. Changes apply at once, on every open page.</p>

      <fieldset>
        <legend>Highlight style</legend>
        <label>
          <input type="radio" name="style" checked={settings.highlightStyle === 'underline'} onChange={() => void update({ highlightStyle: 'underline' })} />
          <span class="bs-sample bs-sample--underline">Subtle underline</span> (default)
        </label>
        <label>
          <input type="radio" name="style" checked={settings.highlightStyle === 'background'} onChange={() => void update({ highlightStyle: 'background' })} />
          <span class="bs-sample bs-sample--background">Marker</span>
        </label>
      </fieldset>

      <fieldset>
        <legend>What to highlight</legend>
        <label>
          <input type="checkbox" checked={settings.highlightPeople} onChange={(e) => void update({ highlightPeople: (e.target as HTMLInputElement).checked })} />
          People
        </label>
        <label>
          <input type="checkbox" checked={settings.highlightPlaces} onChange={(e) => void update({ highlightPlaces: (e.target as HTMLInputElement).checked })} />
          Places
        </label>
        <label>
          <input type="checkbox" checked={settings.firstMentionOnly} onChange={(e) => void update({ firstMentionOnly: (e.target as HTMLInputElement).checked })} />
          Only the first mention of each name on a page
        </label>
        <p class="bs-hint">The popup still lists every person and place found on the page.</p>
        <label>
          <input
            type="checkbox"
            checked={settings.libraryNamesOnPages}
            aria-describedby="bs-library-names-hint"
            onChange={(e) => void update({ libraryNamesOnPages: (e.target as HTMLInputElement).checked })}
          />
          Also highlight names known only from my library
        </label>
        <p class="bs-hint" id="bs-library-names-hint">
          Off by default. A highlight shows the page that your library knows a name, so a site could plant names and watch which light up to
          learn what you keep. Names from the bundled corpus are highlighted either way, and cards always include your library; what a card
          says is drawn where the page cannot read it.
        </p>
      </fieldset>

      <fieldset>
        <legend>Opening cards</legend>
        <label for="bs-delay">
          Hover delay: <output for="bs-delay">{settings.hoverDelayMs} ms</output>
        </label>
        <input
          id="bs-delay"
          type="range"
          min={HOVER_DELAY_RANGE.min}
          max={HOVER_DELAY_RANGE.max}
          step={50}
          value={settings.hoverDelayMs}
          aria-valuetext={`${settings.hoverDelayMs} milliseconds`}
          onInput={(e) => void update({ hoverDelayMs: Number((e.target as HTMLInputElement).value) })}
        />
        <p class="bs-hint">How long the pointer rests on a name before its card opens. Keyboard focus opens it at once.</p>
        <label for="bs-modifier">Key to hold while pointing</label>
        <select id="bs-modifier" value={settings.hoverModifier} onChange={(e) => void update({ hoverModifier: (e.target as HTMLSelectElement).value as HoverModifier })}>
          {HOVER_MODIFIERS.map((m) => (
            <option value={m}>{MODIFIER_LABELS[m]}</option>
          ))}
        </select>
        <p class="bs-hint">With a key chosen, cards open only while you hold it, so reading is never interrupted.</p>
      </fieldset>

      <section aria-labelledby="bs-sites-heading">
        <h2 id="bs-sites-heading">Sites where Backstory is off</h2>
        {sites.length === 0 ? (
          <p class="bs-hint">None. Turn Backstory off for a site from the toolbar popup.</p>
        ) : (
          <ul class="bs-sites">
            {sites.map((host) => (
              <li>
                <span>{host}</span>
                <button
                  type="button"
                  onClick={async () => {
                    try {
                      await enableSite(host);
                    } catch (e) {
                      setNotice(`Not saved: Backstory is still off for ${host} (${e instanceof Error ? e.message : String(e)}).`);
                      return;
                    }
                    // From the state as it is now: another site or a setting may have changed while this one was saved.
                    setState((now) => (now.status === 'ready' ? { ...now, sites: now.sites.filter((s) => s !== host) } : now));
                    setNotice(`Backstory is on again for ${host}.`);
                  }}
                >
                  Turn on again<span class="bs-visually-hidden"> for {host}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <p role="status" class="bs-notice">{notice}</p>
    </main>
  );
}
