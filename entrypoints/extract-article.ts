import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extractArticle } from '../dom/extract-article';

/**
 * "Save this page to my library": injected into the tab by the popup only when asked
 * (browser/popup-data.ts, savePage), so Mozilla Readability is not in the content script that
 * every page loads. Its result (the article, or null) is the result of the injection.
 */
export default defineUnlistedScript(() => extractArticle(document, location.href));
