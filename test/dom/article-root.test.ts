// @vitest-environment happy-dom
import { beforeEach, describe, expect, test } from 'vitest';
import { ArticleRegion, findArticle, findArticleRoots } from '../../dom/article-root';

const para = (text: string) => `<p>${text}</p>`;
const STORY = [
  'US Secretary of State Antony Blinken arrived in Tokyo on Tuesday, the first stop of a week-long tour of Asia, officials said.',
  'Blinken, who will also visit Seoul and Manila, is expected to discuss trade, security and the situation in the South China Sea.',
  'Defence Secretary Lloyd Austin will join him in Seoul, where the two will meet their South Korean counterparts on Thursday.',
  'The visit comes as Washington seeks to shore up alliances in the region, analysts said, after months of tension with Beijing.',
].map(para).join('');

const NEWS_PAGE = `
  <header class="site-header"><nav><a href="/">Home</a><a href="/world">World news from Tokyo and Paris</a></nav></header>
  <div class="layout">
    <main><article class="story-body"><h1>Blinken in Tokyo</h1>${STORY}</article></main>
    <aside class="sidebar"><h2>Most read</h2><ul><li><a href="/a">Macron visits Berlin as Germany and France talk defence spending</a></li></ul></aside>
  </div>
  <div class="related-stories"><a href="/b">Biden speaks to Kishida about the alliance with Japan, read the full story here</a></div>
  <footer><p>© Example News, London. Contact us at our offices in New York, Paris and Tokyo for more.</p></footer>`;

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('findArticleRoots', () => {
  test('a news page: the story body, not the menu, sidebar, related links or footer', () => {
    document.body.innerHTML = NEWS_PAGE;
    const roots = findArticleRoots(document);
    expect(roots).toHaveLength(1);
    expect(roots[0]!.classList.contains('story-body')).toBe(true);
  });

  test('a story without semantic tags: the div holding the paragraphs', () => {
    document.body.innerHTML = `<div id="top"><a href="/">Logo</a></div><div id="c1"><div id="text">${STORY}</div></div><div id="foot">Copyright</div>`;
    expect(findArticleRoots(document).map((r) => r.id)).toEqual(['text']);
  });

  test('a story split in two containers by an ad keeps both parts', () => {
    document.body.innerHTML = `<div id="wrap"><div id="part1">${STORY}</div><div class="ad-break">Advertisement</div><div id="part2">${STORY}</div></div>`;
    expect(findArticleRoots(document).map((r) => r.id).sort()).toEqual(['part1', 'part2']);
  });

  test('a home page of short teasers has no article', () => {
    const teasers = Array.from({ length: 12 }, (_, i) => `<li><a href="/s${i}">Blinken meets Austin in Tokyo, story ${i}</a></li>`).join('');
    document.body.innerHTML = `<main><ul>${teasers}</ul></main>`;
    expect(findArticleRoots(document)).toEqual([]);
  });

  test('a page with no body text has no article', () => {
    document.body.innerHTML = '<div><img alt=""></div>';
    expect(findArticleRoots(document)).toEqual([]);
  });
});

describe('findArticle: what Readability would clean out of the article is left out', () => {
  const ARTICLE = `
    <article id="story">
      <div class="byline">By Jane Reporter in Tokyo</div>
      <div class="share-tools"><a href="/fb">Share on Facebook</a> <a href="/tw">Tweet about Blinken</a></div>
      <div id="wrap">
        ${STORY}
        <figure><img src="a.jpg"><figcaption>Blinken and <a href="/austin">Lloyd Austin</a> in <a href="/tokyo">Tokyo</a></figcaption></figure>
        <div class="more"><h3>More stories</h3><ul><li><a href="/1">Macron visits Berlin for talks on defence</a></li><li><a href="/2">Kishida meets Biden at the White House</a></li></ul></div>
        <div class="legends"><p>Gallery: Boris Johnson in Paris, with Macron, on the first day of the summit.</p></div>
        ${STORY}
      </div>
      <button>Load comments about Blinken</button>
    </article>`;
  const textOf = (selector: string) => document.querySelector(selector)!.firstChild!;

  test('bylines, share bars, link lists, unlikely blocks and controls go; the story and its plain caption stay', () => {
    document.body.innerHTML = ARTICLE;
    const article = findArticle(document);
    expect(article.roots.map((r) => r.id)).toEqual(['story']);
    const region = new ArticleRegion(document);
    expect(region.allows(textOf('#wrap > p'))).toBe(true);
    expect(region.allows(textOf('#wrap > p:last-of-type'))).toBe(true);
    expect(region.allows(textOf('figcaption'))).toBe(true);
    const out = ['.byline', '.share-tools a', '.more li a', '.legends p', 'button'].map((s) => region.allows(textOf(s)));
    expect(out).toEqual([false, false, false, false, false]);
  });

  test('a block is judged on what is left in it: the wrapper of the story and a related list stays', () => {
    document.body.innerHTML = ARTICLE;
    const { dropped } = findArticle(document);
    expect(dropped.has(document.getElementById('wrap')!)).toBe(false);
    expect(dropped.has(document.querySelector('.more')!)).toBe(true);
  });

  test('a caption that is mostly links goes with its block', () => {
    document.body.innerHTML = `<div id="story">${STORY}<div class="photo"><img src="a.jpg"><img src="b.jpg"><div><a href="/a">Antony Blinken</a> and <a href="/b">Lloyd Austin</a></div></div>${STORY}</div>`;
    const region = new ArticleRegion(document);
    expect(region.allows(textOf('#story p'))).toBe(true);
    expect(region.allows(textOf('.photo a'))).toBe(false);
  });

  test('when cleaning would leave too little, the article is kept whole', () => {
    const short = 'Blinken arrived in Tokyo on Tuesday, officials said, for talks, meetings and a dinner with ministers of the region.';
    document.body.innerHTML = `<div id="story" class="post-body"><div class="byline">By Jane Reporter, Tokyo correspondent</div><p>${short}</p><p>${short}</p><p>${short}</p><div class="related"><a href="/x">Kishida meets Biden at the White House today</a></div></div>`;
    const article = findArticle(document);
    expect(article.roots.map((r) => r.id)).toEqual(['story']);
    expect(article.dropped.size).toBe(0);
  });
});

describe('ArticleRegion', () => {
  test('allows text inside the article only, when there is one', () => {
    document.body.innerHTML = NEWS_PAGE;
    const region = new ArticleRegion(document);
    expect(region.found).toBe(true);
    const inStory = document.querySelector('article p')!.firstChild!;
    const inNav = document.querySelector('nav a')!.firstChild!;
    const inFooter = document.querySelector('footer p')!.firstChild!;
    const inSidebar = document.querySelector('aside a')!.firstChild!;
    expect(region.allows(inStory)).toBe(true);
    expect([inNav, inFooter, inSidebar].map((n) => region.allows(n))).toEqual([false, false, false]);
  });

  test('without an article: anywhere but menus, footers and sidebars', () => {
    document.body.innerHTML = `<nav><a href="/">Tokyo</a></nav><main><ul><li><a href="/x">Blinken in Tokyo</a></li></ul></main><footer>Tokyo office</footer>`;
    const region = new ArticleRegion(document);
    expect(region.found).toBe(false);
    expect(region.allows(document.querySelector('main a')!.firstChild!)).toBe(true);
    expect(region.allows(document.querySelector('nav a')!.firstChild!)).toBe(false);
    expect(region.allows(document.querySelector('footer')!.firstChild!)).toBe(false);
  });

  test('reset() looks for the article in slices; the answer is the one a search at the first question gives', async () => {
    document.body.innerHTML = `${NEWS_PAGE}<div id="long">${Array.from({ length: 300 }, (_, i) => `<div class="teaser"><p>Teaser ${i}, with a comma, about Tokyo and Paris and more words.</p></div>`).join('')}</div>`;
    const expected = findArticleRoots(document);
    const region = new ArticleRegion(document);
    region.reset();
    // Let the search run in the background to its end.
    for (let i = 0; i < 50; i++) await new Promise((r) => setTimeout(r, 0));
    expect(region.found).toBe(expected.length > 0);
    const inStory = document.querySelector('article p')!.firstChild!;
    expect(region.allows(inStory)).toBe(expected.some((r) => r.contains(inStory)));
    expect(region.allows(document.querySelector('nav a')!.firstChild!)).toBe(false);
  });

  test('a page changed while the search runs is searched again: the answer fits the page as it is', () => {
    document.body.innerHTML = `<div id="app"><article id="one">${STORY}</article></div>`;
    const region = new ArticleRegion(document);
    region.reset();
    // Before the search had a slice, the story is replaced (a single-page app navigating).
    document.getElementById('app')!.innerHTML = `<div id="nav"><a href="/">Home</a></div><article id="two">${STORY}</article>`;
    expect(region.allows(document.querySelector('#two p')!.firstChild!)).toBe(true);
    expect(region.allows(document.querySelector('#nav a')!.firstChild!)).toBe(false);
  });

  test('finds the new article when a single-page app replaces the old one', () => {
    document.body.innerHTML = `<div id="app"><article id="one">${STORY}</article></div>`;
    const region = new ArticleRegion(document);
    expect(region.allows(document.querySelector('#one p')!.firstChild!)).toBe(true);
    document.getElementById('app')!.innerHTML = `<article id="two">${STORY}</article>`;
    expect(region.allows(document.querySelector('#two p')!.firstChild!)).toBe(true);
  });
});

describe('ArticleRegion.region: where the scanner reads', () => {
  test('the article’s containers in page order, what is cleaned out of them skipped', async () => {
    // The second part scores higher (more paragraphs): the search finds it first.
    document.body.innerHTML = `<div id="wrap"><div id="part1">${STORY}</div><div class="ad-break">Advertisement</div><div id="part2">${STORY}${STORY}<div class="share">Share on Facebook</div></div></div>`;
    expect(findArticleRoots(document).map((r) => r.id)).toEqual(['part2', 'part1']);
    const region = await new ArticleRegion(document).region();
    expect(region.roots.map((r) => (r as Element).id)).toEqual(['part1', 'part2']);
    expect(region.skips?.(document.querySelector('.share')!)).toBe(true);
    expect(region.skips?.(document.querySelector('#part2 p')!)).toBe(false);
  });

  test('no article: the body, its menus, sidebars and footers skipped', async () => {
    document.body.innerHTML = `<nav><a href="/">Tokyo</a></nav><main><ul><li><a href="/x">Blinken in Tokyo</a></li></ul></main><footer>Tokyo office</footer>`;
    const region = await new ArticleRegion(document).region();
    expect(region.roots).toEqual([document.body]);
    expect(['nav', 'footer', 'main'].map((s) => region.skips?.(document.querySelector(s)!))).toEqual([true, true, false]);
  });

  test('waits for the search started in slices, and searches again when the page changed under it', async () => {
    document.body.innerHTML = NEWS_PAGE;
    const articleRegion = new ArticleRegion(document);
    articleRegion.reset();
    // The page changes while the search runs: the answer fits the page as it is then.
    document.querySelector('article')!.id = 'changed';
    const region = await articleRegion.region();
    expect(region.roots.map((r) => (r as Element).id)).toEqual(['changed']);
  });
});
