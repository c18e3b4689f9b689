import { render } from 'preact';
import { askBackground, MAX_PAGE_TERMS } from '../../browser/messages';
import { contentTerms } from '../../lib/index/keywords';
import { ReaderApp } from '../../components/ReaderApp';
import { CardController } from '../../dom/card-controller';
import { PageScanner } from '../../dom/page-scanner';
import '../../components/highlight.css';
import '../../components/reader.css';

const storyId = new URLSearchParams(location.search).get('story') ?? '';

render(
  <ReaderApp
    storyId={storyId}
    loadStory={(id) => askBackground('story', { id })}
    loadRelated={(entities, text) => askBackground('related', { entities, excludeUrl: null, terms: [...contentTerms(text)].sort((a, b) => b[1] - a[1]).slice(0, MAX_PAGE_TERMS) })}
    openStory={(id) => location.assign(`?story=${encodeURIComponent(id)}`)}
    annotate={async (article) => {
      // The reader page is the extension's own: the same scanner and cards as on the web.
      const scanner = new PageScanner(document, (texts, register) => askBackground('detect', { texts, register }), {
        region: async () => ({ roots: [article] }),
        regionOnly: true,
      });
      new CardController(document, {
        loadCard: (entity) => askBackground('card', { entity }),
        openStory: (id) => location.assign(`?story=${encodeURIComponent(id)}`),
      });
      await scanner.start();
      return (await scanner.report(true)).entities;
    }}
  />,
  document.getElementById('app')!,
);
