import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { emitCorpusIndex } from './scripts/wxt-corpus-hook';
import { polyfillAsModule } from './scripts/polyfill-as-module';

/** Gecko id is fixed so Firefox keeps storage across reinstalls and tests can pin the UUID. */
export const GECKO_ID = 'backstory@backstory.example';

export default defineConfig({
  imports: false,
  // A second build (e.g. on the 19k-story test corpus) can go elsewhere without touching .output/.
  outDir: process.env.BACKSTORY_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact(), polyfillAsModule()] }),
  manifest: {
    name: 'Backstory',
    description: 'Background on the people and places in the news you read, from a local corpus. Nothing leaves your browser.',
    // scripting: "Save this page" injects its article reader (Readability) into the tab only then.
    permissions: ['storage', 'activeTab', 'scripting'],
    browser_specific_settings: {
      gecko: { id: GECKO_ID, data_collection_permissions: { required: ['none'] } },
    },
  },
  hooks: {
    'build:publicAssets': emitCorpusIndex,
  },
});
