import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { CorpusService } from '../browser/corpus-service';
import { LibrarySource } from '../browser/library-source';
import { saveArticle } from '../browser/save-article';
import { getSettings } from '../browser/storage';
import { mayAnswer, type BackgroundMessage } from '../browser/messages';

export default defineBackground(() => {
  const corpus = new CorpusService(new LibrarySource(), async () => (await getSettings()).libraryNamesOnPages);

  async function answer(message: BackgroundMessage): Promise<unknown> {
    switch (message.type) {
      case 'detect':
        return corpus.detect(message.texts, message.register);
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
      case 'savePage': {
        const result = await saveArticle(message.article);
        if (result.status === 'saved') corpus.libraryChanged();
        return result;
      }
      case 'libraryChanged':
        corpus.libraryChanged();
        return true;
    }
  }

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    // Anything else (another extension, a malformed message, a content script asking to write to
    // the library) gets no answer.
    return mayAnswer(message, sender) ? answer(message) : undefined;
  });
});
