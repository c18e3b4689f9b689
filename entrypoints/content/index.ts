import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import '../../components/highlight.css';
import { askBackground, isTabMessage, type TabMessage } from '../../browser/messages';
import { getSettings, isSiteEnabled, watchSettings, watchSiteEnabled } from '../../browser/storage';
import { highlightsDiffer, type ReaderSettings } from '../../lib/reader-settings';
import { CardController } from '../../dom/card-controller';
import { ArticleRegion } from '../../dom/article-root';
import type { HighlightPolicy } from '../../dom/highlight';
import { PageScanner } from '../../dom/page-scanner';
import { revealMention } from '../../dom/reveal-mention';

function policyOf(settings: ReaderSettings, article: ArticleRegion): HighlightPolicy {
  return {
    people: settings.highlightPeople,
    places: settings.highlightPlaces,
    firstMentionOnly: settings.firstMentionOnly,
    style: settings.highlightStyle,
    // Highlights go in the story; the popup still lists names found anywhere on the page.
    allows: (node) => article.allows(node),
  };
}

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // WXT's start-up announcement by window.postMessage is only for scripts of WXT before 0.20 (the
  // DOM event it also sends is what WXT 0.20+ listens to): no page needs to see it.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    const host = location.hostname;
    let settings = await getSettings();
    const article = new ArticleRegion(document);
    const scanner = new PageScanner(document, (texts, register) => askBackground('detect', { texts, register }), {
      policy: policyOf(settings, article),
      region: () => article.region(),
    });
    let cards: CardController | null = null;
    let enabled = false;

    const enable = async () => {
      if (enabled || ctx.isInvalid) return;
      enabled = true;
      cards = new CardController(document, {
        loadCard: (entity) => askBackground('card', { entity }),
        openStory: (id) => void askBackground('openStory', { id }),
        hoverDelayMs: settings.hoverDelayMs,
        hoverModifier: settings.hoverModifier,
      });
      article.reset();
      await scanner.start();
    };
    const disable = () => {
      enabled = false;
      scanner.stop();
      cards?.destroy();
      cards = null;
    };
    const applySettings = (next: ReaderSettings) => {
      const previous = settings;
      settings = next;
      cards?.updateOptions({ hoverDelayMs: next.hoverDelayMs, hoverModifier: next.hoverModifier });
      if (enabled && (highlightsDiffer(previous, next) || previous.highlightStyle !== next.highlightStyle)) {
        cards?.close(false);
        void scanner.restart(policyOf(next, article));
      }
    };

    const onMessage = (message: unknown) => {
      if (!isTabMessage(message)) return undefined;
      return Promise.resolve(answer(message));
    };
    const answer = (message: TabMessage) => {
      switch (message.type) {
        case 'pageReport':
          return scanner.report(enabled, article.found);
        case 'revealEntity':
          return revealMention(scanner.marks, message.entity, message.name);
      }
    };
    browser.runtime.onMessage.addListener(onMessage);
    const unwatchSite = watchSiteEnabled(host, (on) => (on ? void enable() : disable()));
    const unwatchSettings = watchSettings(applySettings);
    // After an extension update or reload this script is orphaned: remove every trace, quietly.
    // Chrome injects no new script into open tabs after an update or reload, so the old one would
    // never hear of it: look once a second (reading isInvalid fires onInvalidated when it is).
    ctx.setInterval(() => void ctx.isInvalid, 1000);
    ctx.onInvalidated(() => {
      // The page first: extension APIs may throw "Extension context invalidated" from here on.
      disable();
      for (const release of [unwatchSite, unwatchSettings, () => browser.runtime.onMessage.removeListener(onMessage)]) {
        try {
          release();
        } catch {
          // The browser has already dropped this script's listeners.
        }
      }
    });

    if (await isSiteEnabled(host)) await enable();
  },
});
