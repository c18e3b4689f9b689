import type { Plugin } from 'vite';

/**
 * Bundles webextension-polyfill as an ES module with one default export, rather than as CommonJS.
 * The bundler's CommonJS interop copies every own property of the module's value onto a namespace
 * object, and where the browser has its own `browser` (Chromium, Firefox) that value is the
 * browser's API object: reading each property's descriptor builds every API binding (app, i18n,
 * tabs...), which was most of the content script's start-up on every page (≈ 9 of 15 ms).
 */
export function polyfillAsModule(): Plugin {
  return {
    name: 'backstory:polyfill-as-module',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]webextension-polyfill[\\/]dist[\\/]browser-polyfill(\.min)?\.js$/.test(id.split('?')[0]!)) return null;
      // The UMD wrapper takes the CommonJS branch (`exports` is defined) and fills `module.exports`.
      // The prelude shares the first line, so the file's lines keep their numbers.
      return { code: `var module = { exports: {} }, exports = module.exports; ${code}\nexport default module.exports;\n`, map: null };
    },
  };
}
