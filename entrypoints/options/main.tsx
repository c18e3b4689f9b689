import { render } from 'preact';
import { SettingsApp } from '../../components/SettingsApp';
import { disabledSites, getSettings, saveSettings, setSiteEnabled } from '../../browser/storage';
import '../../components/settings.css';

render(
  <SettingsApp
    loadSettings={getSettings}
    saveSettings={saveSettings}
    loadDisabledSites={() => disabledSites.getValue()}
    enableSite={(host) => setSiteEnabled(host, true)}
  />,
  document.getElementById('app')!,
);
