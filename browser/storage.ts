import { storage } from 'wxt/utils/storage';

/** Host names where the reader turned Backstory off. */
export const disabledSites = storage.defineItem<string[]>('local:disabledSites', { fallback: [] });

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
