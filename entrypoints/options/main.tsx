import { render } from 'preact';
import { SettingsApp } from '../../components/SettingsApp';
import { LibraryApp } from '../../components/LibraryApp';
import { libraryClient } from '../../browser/library-client';
import { disabledSites, getSettings, saveSettings, setSiteEnabled } from '../../browser/storage';
import '../../components/settings.css';

render(
  <>
    <SettingsApp
      loadSettings={getSettings}
      saveSettings={saveSettings}
      loadDisabledSites={() => disabledSites.getValue()}
      enableSite={(host) => setSiteEnabled(host, true)}
    />
    <LibraryApp api={libraryClient} />
  </>,
  document.getElementById('app')!,
);
