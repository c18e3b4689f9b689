import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { CorpusService } from '../browser/corpus-service';
import { isBackgroundMessage, isOwnSender, type BackgroundMessage } from '../browser/messages';

export default defineBackground(() => {
  const corpus = new CorpusService();

  async function answer(message: BackgroundMessage): Promise<unknown> {
    switch (message.type) {
      case 'detect':
        return corpus.detect(message.texts);
      case 'card':
        return corpus.card(message.entity);
      case 'related':
        return corpus.related(message.entities, message.excludeUrl, message.terms);
      case 'story':
        return corpus.story(message.id);
      case 'search':
        return corpus.search(message.query);
      case 'openStory':
        await browser.tabs.create({ url: browser.runtime.getURL(`/reader.html?story=${encodeURIComponent(message.id)}`) });
        return true;
    }
  }

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isOwnSender(sender) || !isBackgroundMessage(message)) return undefined;
    return answer(message);
  });
});
