import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../../lib/corpus/parse-feed';
import { parseCorpusFile } from '../../../lib/corpus/parse-corpus-file';

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel>
    <title>Harbour Gazette</title>
    <link>https://gazette.example/</link>
    <item>
      <title>Mayor Ruth Okafor opens the new ferry terminal</title>
      <link>https://gazette.example/ferry</link>
      <pubDate>Tue, 02 Jan 2024 10:00:00 GMT</pubDate>
      <description>Short summary only.</description>
      <content:encoded><![CDATA[<p>LAGOS, Jan 2 (Reuters) - Mayor Ruth Okafor opened the terminal on Tuesday.</p><p>Okafor said crossings would double &amp; fares fall.</p><script>alert(1)</script>]]></content:encoded>
    </item>
    <item>
      <title>Council vote &amp; budget</title>
      <guid isPermaLink="true">https://gazette.example/budget</guid>
      <description>&lt;p&gt;The council approved the budget.&lt;/p&gt;</description>
    </item>
    <item>
      <title>Photo gallery</title>
      <link>https://gazette.example/gallery</link>
    </item>
  </channel>
</rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="text">Alpine Wire</title>
  <entry>
    <title type="html">Goetschl &amp;amp; Seizinger share the podium</title>
    <link rel="self" href="https://wire.example/api/1"/>
    <link rel="alternate" href="https://wire.example/ski/1"/>
    <published>1996-12-20T08:00:00Z</published>
    <content type="html">&lt;p&gt;Renate Goetschl won in Val d'Isère.&lt;/p&gt;&lt;p&gt;Katja Seizinger was second.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>Plain summary</title>
    <updated>2001-05-04</updated>
    <summary>Sánchez arrived in Madrid on Friday.</summary>
  </entry>
</feed>`;

describe('parseFeed', () => {
  it('reads RSS 2.0 items: full content over the summary, paragraphs kept, scripts dropped, the channel as source', () => {
    const { articles, errors } = parseFeed(RSS, 'gazette.rss');
    expect(articles.map((a) => [a.title, a.source, a.published, a.url])).toEqual([
      ['Mayor Ruth Okafor opens the new ferry terminal', 'Harbour Gazette', '2024-01-02', 'https://gazette.example/ferry'],
      ['Council vote & budget', 'Harbour Gazette', null, 'https://gazette.example/budget'],
    ]);
    expect(articles[0]!.text).toBe('LAGOS, Jan 2 (Reuters) - Mayor Ruth Okafor opened the terminal on Tuesday.\n\nOkafor said crossings would double & fares fall.');
    expect(articles[0]!.datelinePlace).toBe('LAGOS');
    expect(articles[1]!.text).toBe('The council approved the budget.');
    expect(errors).toEqual([{ file: 'gazette.rss', line: null, message: 'item 3 ("Photo gallery") has no text (no content, description or summary)' }]);
  });

  it('reads Atom entries: the alternate link, HTML titles and content decoded once, summary when no content', () => {
    const { articles, errors } = parseFeed(ATOM, 'wire.atom');
    expect(errors).toEqual([]);
    expect(articles.map((a) => [a.title, a.source, a.published, a.url])).toEqual([
      ['Goetschl & Seizinger share the podium', 'Alpine Wire', '1996-12-20', 'https://wire.example/ski/1'],
      ['Plain summary', 'Alpine Wire', '2001-05-04', null],
    ]);
    expect(articles[0]!.text).toBe("Renate Goetschl won in Val d'Isère.\n\nKatja Seizinger was second.");
    expect(articles[1]!.text).toBe('Sánchez arrived in Madrid on Friday.');
  });

  it('names the line of malformed XML and rejects XML that is no feed', () => {
    const broken = parseFeed('<rss>\n<channel>\n<item><title>a</title>\n</channel></rss>', 'bad.xml');
    expect(broken.articles).toEqual([]);
    expect(broken.errors[0]!.line).toBe(4);
    expect(broken.errors[0]!.message).toMatch(/^not a well-formed feed: /);
    expect(parseFeed('<note><to>A</to></note>', 'note.xml').errors[0]!.message).toMatch(/not an RSS or Atom feed/);
  });

  it('is chosen by the file name ending', () => {
    expect(parseCorpusFile('news.xml', RSS).articles).toHaveLength(2);
    expect(parseCorpusFile('news.atom', ATOM).articles).toHaveLength(2);
    expect(parseCorpusFile('news.rss', RSS).articles[0]!.source).toBe('Harbour Gazette');
  });
});
