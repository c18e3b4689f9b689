import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import '../../components/highlight.css';
import { askBackground, isTabMessage, type TabMessage } from '../../browser/messages';
import { isSiteEnabled, watchSiteEnabled } from '../../browser/storage';
import { CardController } from '../../dom/card-controller';
import { PageScanner } from '../../dom/page-scanner';
import { revealMention } from '../../dom/reveal-mention';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    const host = location.hostname;
    const scanner = new PageScanner(document, (texts) => askBackground('detect', { texts }));
    let cards: CardController | null = null;
    let enabled = false;

    const enable = async () => {
      if (enabled || ctx.isInvalid) return;
      enabled = true;
      cards = new CardController(document, {
        loadCard: (entity) => askBackground('card', { entity }),
        openStory: (id) => void askBackground('openStory', { id }),
      });
      await scanner.start();
    };
    const disable = () => {
      enabled = false;
      scanner.stop();
      cards?.destroy();
      cards = null;
    };

    const onMessage = (message: unknown) => {
      if (!isTabMessage(message)) return undefined;
      return Promise.resolve(answer(message));
    };
    const answer = (message: TabMessage) => {
      switch (message.type) {
        case 'pageReport':
          return scanner.report(enabled);
        case 'revealEntity':
          return revealMention(scanner.marks, message.entity, message.name);
      }
    };
    browser.runtime.onMessage.addListener(onMessage);
    const unwatch = watchSiteEnabled(host, (on) => (on ? void enable() : disable()));
    // After an extension update or reload this script is orphaned: remove every trace, quietly.
    ctx.onInvalidated(() => {
      unwatch();
      disable();
    });

    if (await isSiteEnabled(host)) await enable();
  },
});
