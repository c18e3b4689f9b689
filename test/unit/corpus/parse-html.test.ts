import { describe, expect, test } from 'vitest';
import { parseHtmlArticle } from '../../../lib/corpus/parse-html';

const page = `<!doctype html>
<html><head>
<title>Kenya to host Somalia talks | Example News</title>
<meta property="og:title" content="Kenya to host regional talks on Somalia security">
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2022-06-02T06:15:00+03:00">
<meta property="og:url" content="https://example.com/kenya-somalia">
<script>window.headline = "Script text is not article text";</script>
<style>p { color: red }</style>
</head><body>
<nav><p>Home World Business</p></nav>
<header><h1>Example News</h1></header>
<article>
  <h1>Kenya to host regional talks on Somalia security</h1>
  <p>NAIROBI (Reuters) - Kenyan President William Ruto said on Thursday that his government would host talks.</p>
  <figure><img src="ruto.jpg"><figcaption><p>Ruto at State House (Photo caption)</p></figcaption></figure>
  <p>Ruto  told
     reporters in Nairobi that leaders from Ethiopia &amp; Somalia would attend.</p>
  <h2>Port of Mombasa</h2>
  <aside><p>Read more: unrelated story</p></aside>
</article>
<footer><p>Copyright Example News</p></footer>
</body></html>`;

describe('parseHtmlArticle', () => {
  const { articles, errors } = parseHtmlArticle(page, 'kenya.html');
  const article = articles[0]!;

  test('reads og:title, og:site_name, article:published_time and og:url', () => {
    expect(errors).toEqual([]);
    expect(article).toMatchObject({
      title: 'Kenya to host regional talks on Somalia security',
      source: 'Example News',
      published: '2022-06-02',
      url: 'https://example.com/kenya-somalia',
      datelinePlace: 'NAIROBI',
    });
  });

  test('text is the paragraphs and subheadings of <article>, white space squashed, entities decoded', () => {
    expect(article.text).toBe(
      [
        'NAIROBI (Reuters) - Kenyan President William Ruto said on Thursday that his government would host talks.',
        'Ruto told reporters in Nairobi that leaders from Ethiopia & Somalia would attend.',
        'Port of Mombasa',
      ].join('\n\n'),
    );
  });

  test.each([['Home World Business'], ['Photo caption'], ['Read more'], ['Copyright'], ['Script text'], ['color: red']])(
    'leaves out %j (nav, figure, aside, footer, script, style)',
    (fragment) => {
      expect(article.text).not.toContain(fragment);
    },
  );

  test('without meta tags: <h1> is the title, <time datetime> the date, <main> the container', () => {
    const { articles: [a] } = parseHtmlArticle(
      '<html><head><title>Site</title></head><body><main><h1>Mutua in Addis Ababa</h1><time datetime="2022-06-01">June 1</time><p>Foreign Minister Alfred Mutua arrived.</p></main></body></html>',
      'b.html',
    );
    expect(a).toMatchObject({ title: 'Mutua in Addis Ababa', source: null, published: '2022-06-01', url: null, text: 'Foreign Minister Alfred Mutua arrived.' });
  });

  test('a page with no paragraphs is an error naming the file', () => {
    const r = parseHtmlArticle('<html><head><meta property="og:title" content="X"></head><body><nav>Menu</nav></body></html>', 'empty.html');
    expect(r.articles).toEqual([]);
    expect(r.errors).toEqual([{ file: 'empty.html', line: null, message: 'no article text found in the HTML' }]);
  });

  // Known gap: a <p> inside a <blockquote> or <li> is selected twice (the container and the paragraph).
  test('a paragraph inside a blockquote or list item is read once', () => {
    const r = parseHtmlArticle(
      '<html><body><article><p>Intro.</p><blockquote><p>"We cannot wait," Mutua said.</p></blockquote><ul><li><p>Item one</p></li></ul></article></body></html>',
      'quote.html',
    );
    expect(r.articles[0]!.text).toBe('Intro.\n\n"We cannot wait," Mutua said.\n\nItem one');
  });
});
