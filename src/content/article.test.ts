// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { extractArticle, extractArticleText, findArticle, htmlToArticleText } from './article';
import {
  ARTICLE_PAGE,
  ARTICLE_PAGE_TEXT,
  DIV_SOUP_PAGE,
  FURNITURE_WRAPPER_PAGE,
  ITEMPROP_PAGE,
  STORY,
  TEASERS_PAGE,
} from './test-pages';

const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

/** Furniture text from the fixtures that must never reach the article text. */
const FURNITURE = [
  'Opinion officials said', // nav
  'Copyright The Herald', // footer
  'Reader one said', // comments
  'Council said to weigh budget', // related links
  'window.said', // script
  'Enable JavaScript', // noscript
  'pull quote', // aside
  'Sign up', // form
  'Share on social', // share bar
];

describe('forms', () => {
  test.each([
    ['the whole body in one form (ASP.NET Web Forms)', (body: string) => body],
    ['a form around the story only', (body: string) => `<div>${body}</div>`],
  ])('%s: the story is found; the controls and a small form are not read', (_name, wrap) => {
    const story = STORY.map((p) => `<p>${p}</p>`).join('');
    const html = `<!doctype html><html><head><title>Library</title></head><body>
<form id="aspnetForm" action="/story.aspx"><input type="hidden" name="__VIEWSTATE" value="said">
${wrap(`<div id="content"><h1>Library</h1>${story}</div>`)}
</form>
<form class="newsletter"><p>Sign up for our newsletter, editors said.</p><input name="email"></form>
</body></html>`;
    const { text } = extractArticleText(parse(html));
    for (const p of STORY) expect(text).toContain(p);
    expect(text).not.toContain('Sign up');
    expect(text).not.toContain('__VIEWSTATE');
  });
});

describe('finding the article', () => {
  test.each([
    ['an <article> with furniture around it', ARTICLE_PAGE, 'article'],
    ['[itemprop=articleBody] inside an <article>', ITEMPROP_PAGE, 'itemprop'],
    ['a body class beside teaser <article>s', TEASERS_PAGE, 'class'],
    ['no semantic markup (paragraph scoring)', DIV_SOUP_PAGE, 'score'],
  ])('%s', (_name, html, method) => {
    const doc = parse(html);
    const article = findArticle(doc);
    expect(article.method).toBe(method);
    const { text, title } = extractArticleText(doc);
    for (const p of STORY) expect(text).toContain(p);
    for (const junk of FURNITURE) expect(text).not.toContain(junk);
    expect(title).toBe('Council votes to close Elm Street library');
    // The headline opens the text, then the story (byline or standfirst may sit between).
    expect(text.startsWith('Council votes to close Elm Street library\n\n')).toBe(true);
    expect(text.indexOf(STORY[0] as string)).toBeLessThan(text.indexOf(STORY[3] as string));
  });

  test('gives exactly the text a reader sees', () => {
    expect(extractArticleText(parse(ARTICLE_PAGE)).text).toBe(ARTICLE_PAGE_TEXT);
  });

  test('keeps the standfirst under a headline that sits outside the body', () => {
    const { text } = extractArticleText(parse(ITEMPROP_PAGE));
    expect(text).toContain('Readers and officials clash over a branch');
    expect(text).not.toContain('Published Tuesday');
  });

  test('finds a standfirst named by class or by id, and none in an unnamed element', () => {
    const page = (dek: string): string =>
      `<html><head><title>Council votes to close Elm Street library</title></head><body>
      <div class="top"><h1>Council votes to close Elm Street library</h1><div class="x">
      <p class="byline">By A. Writer</p>${dek}</div></div>
      <div class="wrap"><div class="article-body">${STORY.map((p) => `<p>${p}</p>`).join('')}</div></div>
      </body></html>`;
    const standfirst =
      'Readers and officials clash over a branch that has served the town for decades.';
    for (const named of [
      `<div class="standfirst">${standfirst}</div>`,
      `<span id="dek">${standfirst}</span>`,
    ]) {
      expect(extractArticleText(parse(page(named))).text).toContain(standfirst);
    }
    expect(extractArticleText(parse(page(`<div>${standfirst}</div>`))).text).not.toContain(
      standfirst,
    );
  });

  test('leaves out captions, photo credits, galleries and the author’s note, not the story', () => {
    const story = STORY.map((p) => `<p>${p}</p>`);
    const html = `<!doctype html><html><head><title>Library</title></head><body><article>
<h1>Council votes to close Elm Street library</h1><p class="byline">By Ann Writer</p>
<figure><img src="a.jpg" alt="A library"><figcaption>Workers remove a sign that reads
“Library,” officials said. <span>Photograph: Ann Lens/Wire</span></figcaption></figure>
${story[0]}<p><span class="caption">© Provided by Wire Lens/Council</span> ${STORY[1]}</p>
<div class="slideshow-description">Readers queue at the desk, a librarian said.</div>
${story.slice(2).join('')}
<p class="caption">The reading room in winter. Source: Supplied</p>
<div class="superlist_item no_caption"><p>The council will meet again in March, members said.</p></div>
<div class="post-body-bio">Ann Writer covers the council. She previously said nothing.</div>
</article></body></html>`;
    const { text } = extractArticleText(parse(html));
    for (const p of STORY) expect(text).toContain(p);
    expect(text).toContain('By Ann Writer');
    expect(text).toContain('members said');
    for (const gone of [
      'Workers',
      'Ann Lens',
      '© Provided',
      'librarian',
      'reading room',
      'covers the',
    ])
      expect(text).not.toContain(gone);
    expect(text).toContain(`\n\n${STORY[1]}`);
  });

  test('a one-item list right after a figure is its caption; a story’s list stays', () => {
    const story = STORY.map((p) => `<p>${p}</p>`);
    const html = `<!doctype html><html><head><title>Library</title></head><body><article>
<h1>Council votes to close Elm Street library</h1>
${story[0]}<figure><img src="a.jpg" alt="Shelves"></figure>
<ul><li><p>Clockwise from top: old shelves; a torn map where a thief cut out a page.</p></li></ul>
${story[1]}<figure><img src="b.jpg" alt="Desk"></figure>
<ul><li>The council will vote in March, members said.</li><li>The library shuts in May.</li></ul>
<ol><li>A petition gathered 900 names, organisers said.</li></ol>
${story.slice(2).join('')}
</article></body></html>`;
    const { text } = extractArticleText(parse(html));
    for (const p of STORY) expect(text).toContain(p);
    expect(text).not.toContain('Clockwise');
    expect(text).toContain('members said');
    expect(text).toContain('organisers said');
  });

  test('a figure or a caption box that holds the whole story is the story', () => {
    const story = STORY.map((p) => `<p>${p}</p>`).join('');
    for (const box of [`<figure>${story}</figure>`, `<div class="caption">${story}</div>`]) {
      const html = `<html><head><title>Library</title></head><body>${box}</body></html>`;
      const { text } = extractArticleText(parse(html));
      for (const p of STORY) expect(text).toContain(p);
    }
  });

  test('does not take teaser articles for the story', () => {
    const { text } = extractArticleText(parse(TEASERS_PAGE));
    expect(text).not.toContain('A short teaser');
  });

  test('finds the closing paragraph in a sibling block', () => {
    const { text } = extractArticleText(parse(DIV_SOUP_PAGE));
    expect(text).toContain('according to the agenda');
    expect(text).not.toContain('coaches said');
  });

  test('retries without the furniture rule when it would leave nothing', () => {
    const { text } = extractArticleText(parse(FURNITURE_WRAPPER_PAGE));
    for (const p of STORY) expect(text).toContain(p);
  });

  test('falls back to the body when there is no prose', () => {
    const doc = parse('<html><body><span>Just a line</span></body></html>');
    const article = findArticle(doc);
    expect(article.method).toBe('body');
    expect(extractArticleText(doc).text).toBe('Just a line');
  });

  test('leaves out the extension’s own UI and editable regions inside the article', () => {
    const html = ARTICLE_PAGE.replace(
      '</article>',
      '<div data-whosaid="notes">Our panel said</div><div contenteditable="true">Draft said</div></article>',
    );
    const { text } = extractArticleText(parse(html));
    expect(text).not.toContain('Our panel said');
    expect(text).not.toContain('Draft said');
  });

  test('maps the text back to the live nodes of the document', () => {
    const doc = parse(ARTICLE_PAGE);
    const { map, article } = extractArticle(doc);
    const at = map.text.indexOf('officials said');
    const r = map.rangeFor(at, at + 'officials said'.length);
    expect(r).not.toBeNull();
    expect(article.roots.some((root) => root.contains(r?.startContainer ?? null))).toBe(true);
    expect(r?.startContainer.data.slice(r.startOffset, r.endOffset)).toBe('officials said');
  });

  test.each([
    ['Latin letters and punctuation', 'Council votes to close Elm Street library — “a loss”'],
    ['accented letters', 'Zürich café owners say their rents have doubled'],
    ['another script', 'Власти города закрывают библиотеку на улице Вязов'],
  ])('takes the h1 whose words the page title shares (%s)', (_name, headline) => {
    const story = STORY.map((p) => `<p>${p}</p>`).join('');
    const html = `<!doctype html><html><head><title>${headline} | The Herald</title></head><body>
<article><h1>Weather and traffic</h1><h1>${headline}</h1>${story}</article></body></html>`;
    expect(extractArticleText(parse(html)).title).toBe(headline);
  });

  test('htmlToArticleText parses with the parser it is given', () => {
    const { text, title } = htmlToArticleText(ARTICLE_PAGE, new DOMParser());
    expect(title).toBe('Council votes to close Elm Street library');
    expect(text).toContain(STORY[1]);
  });
});
