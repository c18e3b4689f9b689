import { storage } from 'wxt/utils/storage';
import { normalizeSettings, type ReaderSettings } from '../lib/reader-settings';

/** Host names where the reader turned Backstory off. */
export const disabledSites = storage.defineItem<string[]>('local:disabledSites', { fallback: [] });

/** The reader's settings as stored; always read through `normalizeSettings`. */
const storedSettings = storage.defineItem<unknown>('local:settings', { fallback: null });

export async function isSiteEnabled(host: string): Promise<boolean> {
  return !(await disabledSites.getValue()).includes(host);
}

export async function setSiteEnabled(host: string, enabled: boolean): Promise<void> {
  const list = new Set(await disabledSites.getValue());
  if (enabled) list.delete(host);
  else list.add(host);
  await disabledSites.setValue([...list].sort());
}

export function watchSiteEnabled(host: string, onChange: (enabled: boolean) => void): () => void {
  return disabledSites.watch((list) => onChange(!(list ?? []).includes(host)));
}

export async function getSettings(): Promise<ReaderSettings> {
  return normalizeSettings(await storedSettings.getValue());
}

export async function saveSettings(settings: ReaderSettings): Promise<void> {
  await storedSettings.setValue(normalizeSettings(settings));
}

export function watchSettings(onChange: (settings: ReaderSettings) => void): () => void {
  return storedSettings.watch((value) => onChange(normalizeSettings(value)));
}
