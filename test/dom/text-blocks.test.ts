// @vitest-environment happy-dom
import { beforeEach, describe, expect, test } from 'vitest';
import { collectTextBlocks, isExcluded, walkTextBlocks } from '../../dom/text-blocks';

const texts = (root: Node = document.body) => collectTextBlocks(root).map((b) => b.text);

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('collectTextBlocks skips what Backstory must never read or touch', () => {
  test.each([
    ['input', '<input value="Antony Blinken">'],
    ['textarea', '<textarea>Antony Blinken</textarea>'],
    ['select/option', '<select><option>Antony Blinken</option></select>'],
    ['button', '<button>Follow Antony Blinken</button>'],
    ['contenteditable="true"', '<div contenteditable="true">Antony Blinken draft</div>'],
    ['contenteditable (empty value)', '<div contenteditable>Antony Blinken draft</div>'],
    ['contenteditable="plaintext-only"', '<div contenteditable="plaintext-only">Antony Blinken draft</div>'],
    ['role="textbox"', '<div role="textbox">Antony Blinken draft</div>'],
    ['code', '<p><code>const name = "Antony Blinken";</code></p>'],
    ['pre', '<pre>Antony Blinken\nLloyd Austin</pre>'],
    ['script', '<script>var name = "Antony Blinken";</script>'],
    ['style', '<style>.Blinken { color: red }</style>'],
    ['noscript', '<noscript>Antony Blinken</noscript>'],
    ['svg', '<svg><text>Antony Blinken</text></svg>'],
    ['aria-hidden', '<div aria-hidden="true">Antony Blinken</div>'],
    ['extension UI', '<div data-backstory-ui><p>Antony Blinken card</p></div>'],
    ['existing marks', '<p><backstory-mark>Antony Blinken</backstory-mark></p>'],
    ['deeply nested in an editor', '<div contenteditable="true"><p><b>Antony <i>Blinken</i></b></p></div>'],
  ])('%s', (_what, html) => {
    document.body.innerHTML = `<p>Lloyd Austin spoke.</p>${html}`;
    expect(texts()).toEqual(['Lloyd Austin spoke.']);
  });

  test('contenteditable="false" is ordinary text', () => {
    document.body.innerHTML = '<div contenteditable="false">Antony Blinken spoke.</div>';
    expect(texts()).toEqual(['Antony Blinken spoke.']);
  });

  test('a root inside an excluded element gives no blocks', () => {
    document.body.innerHTML = '<div contenteditable="true"><p id="inner">Antony Blinken</p></div>';
    expect(collectTextBlocks(document.getElementById('inner')!)).toEqual([]);
  });
});

describe('collectTextBlocks reads text as blocks', () => {
  test('inline elements join their block; block elements and <br> split', () => {
    document.body.innerHTML =
      '<article><h1>Blinken in <em>Tokyo</em></h1><p>US Secretary of State <a href="/b">Antony Blinken</a> and <b>Lloyd</b> Austin met.<br>Second line.</p>' +
      '<ul><li>China</li><li>Japan</li></ul><div>Outer <p>Inner</p> tail</div></article>';
    expect(texts()).toEqual([
      'Blinken in Tokyo',
      'US Secretary of State Antony Blinken and Lloyd Austin met.',
      'Second line.',
      'China',
      'Japan',
      'Outer ',
      'Inner',
      ' tail',
    ]);
  });

  test('blocks with no letters are dropped', () => {
    document.body.innerHTML = '<p>2021</p><p>— · —</p><p>   </p><p>Beijing</p>';
    expect(texts()).toEqual(['Beijing']);
  });

  test('each block keeps its text nodes and where each starts in the block text', () => {
    document.body.innerHTML = '<p>Secretary <b>Antony</b> Blinken’s <i>visit</i>.</p>';
    const [block] = collectTextBlocks(document.body);
    expect(block!.text).toBe('Secretary Antony Blinken’s visit.');
    expect(block!.nodes.map((n) => n.data)).toEqual(['Secretary ', 'Antony', ' Blinken’s ', 'visit', '.']);
    block!.nodes.forEach((n, i) => {
      expect(block!.text.slice(block!.starts[i], block!.starts[i]! + n.data.length)).toBe(n.data);
    });
    expect(block!.nodes.every((n) => n.nodeType === Node.TEXT_NODE && n.isConnected)).toBe(true);
  });

  test('text around an excluded element stays in the same block, the excluded text left out', () => {
    document.body.innerHTML = '<p>Blinken typed <kbd>Ctrl</kbd> and <code>Austin</code> laughed.</p>';
    expect(texts()).toEqual(['Blinken typed  and  laughed.']);
  });

});

describe('isExcluded', () => {
  test.each([
    ['<textarea>x</textarea>', 'textarea', true],
    ['<div contenteditable="true"><span>x</span></div>', 'span', true],
    ['<pre><span>x</span></pre>', 'span', true],
    ['<p><span>x</span></p>', 'span', false],
    ['<div contenteditable="false"><span>x</span></div>', 'span', false],
  ])('%s: %s excluded = %s', (html, selector, expected) => {
    document.body.innerHTML = html;
    const el = document.body.querySelector(selector)!;
    expect(isExcluded(el)).toBe(expected);
    expect(isExcluded(el.firstChild!)).toBe(expected);
  });
});

describe('walkTextBlocks, paused and resumed', () => {
  test('an excluded element the page adds during a pause is still left alone', () => {
    document.body.innerHTML = '<p>Antony Blinken flew in.</p><p>Seoul next.</p><div id="later"></div>';
    const walk = walkTextBlocks(document.body);
    expect(walk.next().value).toMatchObject({ text: 'Antony Blinken flew in.' });
    document.getElementById('later')!.innerHTML = '<code>Lloyd Austin</code><p>Tokyo</p>';
    // The caller says it paused: the walk looks for excluded elements again.
    const rest: string[] = [];
    for (let step = walk.next(true); !step.done; step = walk.next()) rest.push(step.value.text);
    expect(rest).toEqual(['Seoul next.', 'Tokyo']);
  });

  test('skips leaves out the subtrees it names', () => {
    document.body.innerHTML = '<p>Antony Blinken</p><div class="byline"><p>Lloyd Austin</p></div><p>Tokyo</p>';
    expect([...walkTextBlocks(document.body, (el) => el.classList.contains('byline'))].map((b) => b.text)).toEqual(['Antony Blinken', 'Tokyo']);
  });
});
