/**
 * Small news pages written for the content script's tests: the furniture real
 * sites have (navigation, banners, share bars, related links, comments, ads,
 * forms, scripts) around a short article. Used by tests only.
 */

const para = (s: string): string => `<p>${s}</p>`;

/** Article paragraphs long enough to score as prose. */
export const STORY = [
  'The city council voted on Tuesday to close the Elm Street library, officials said, ending a ' +
    'two-year fight over the branch, which opened in 1962 and serves about 400 readers a day.',
  'According to a report seen by the Herald, the building needs repairs costing $4 million, ' +
    'a figure the library board has disputed in public meetings, letters and a petition.',
  'Mistakes were made in the first survey, a spokesperson acknowledged, adding that the ' +
    'council would reportedly consider a smaller branch nearby, though no site has been named.',
  '"We have been told nothing," said Maria Lopez, who has used the library for thirty years, ' +
    'and who organised the petition with neighbours, teachers and the parents of young readers.',
];

const NAV =
  '<header class="site-header"><a href="/">The Herald</a><nav><ul><li><a href="/news">News</a></li>' +
  '<li><a href="/sport">Sport</a></li><li><a href="/opinion">Opinion officials said</a></li></ul></nav></header>';

const FOOTER = '<footer><p>Copyright The Herald. Officials said nothing here.</p></footer>';

const COMMENTS =
  '<section id="comments" class="comments"><h3>Comments</h3>' +
  '<div class="comment"><p>Reader one said this is a long comment about the library, with commas, and more words, and more.</p></div>' +
  '<div class="comment"><p>Reader two said this is another long comment about the council, with commas, and more words.</p></div></section>';

const RELATED =
  '<div class="related-links"><h3>Related</h3><ul><li><a href="/a">Council said to weigh budget</a></li>' +
  '<li><a href="/b">Library fans rally, organisers said</a></li></ul></div>';

const SCRIPTS =
  '<script>window.said = "officials said";</script><style>.x{}</style><noscript>Enable JavaScript</noscript>';

/** A page with an <article>, a headline inside it, and the usual furniture around. */
export const ARTICLE_PAGE = `<!doctype html><html><head><title>Library to close | The Herald</title>
<meta property="og:title" content="Council votes to close Elm Street library"></head><body>
${NAV}${SCRIPTS}
<main><article><h1>Council votes to close Elm Street library</h1>
<p class="byline">By Ann Writer</p>
<div class="share-tools"><a href="#">Share on social</a> <a href="#">Email</a></div>
${STORY.map(para).join('\n')}
<aside class="pullquote">officials said in a pull quote</aside>
<form class="newsletter"><label>Sign up <input name="email"></label><button>Go</button></form>
</article>
${RELATED}${COMMENTS}</main>${FOOTER}</body></html>`;

/** itemprop=articleBody is preferred over the <article> around it; headline in a header outside. */
export const ITEMPROP_PAGE = `<!doctype html><html><head><title>Council votes to close Elm Street library - The Herald</title></head><body>
${NAV}
<article class="story"><div class="article-header"><h1>Council votes to close Elm Street library</h1>
<p class="standfirst">Readers and officials clash over a branch that has served the east side for sixty years.</p></div>
<div class="meta">Published Tuesday</div>
<div itemprop="articleBody">${STORY.map(para).join('')}</div>
${RELATED}</article>${COMMENTS}${FOOTER}</body></html>`;

/** Teaser <article>s for other stories, and the real story in a body class. */
export const TEASERS_PAGE = `<!doctype html><html><head><title>Council votes to close Elm Street library</title></head><body>
${NAV}
<div class="rail"><article class="teaser"><h2>Other story</h2><p>A short teaser, officials said.</p></article>
<article class="teaser"><h2>Another story</h2><p>Another teaser said something.</p></article></div>
<div id="content"><h1>Council votes to close Elm Street library</h1>
<div class="story-body">${STORY.map(para).join('')}</div></div>
${FOOTER}</body></html>`;

/** No semantic markup at all: the paragraph scoring has to find the story among link lists. */
export const DIV_SOUP_PAGE = `<!doctype html><html><head><title>Council votes to close Elm Street library</title></head><body>
<div id="top"><div class="logo">The Herald</div><div class="menu"><a href="/">Home</a> <a href="/news">News</a></div></div>
<div id="wrap"><div id="left">
<div class="links"><a href="/1">Council budget talks stall as officials said to disagree</a><br><a href="/2">Weather</a><br><a href="/3">Sport results, coaches said</a></div>
</div><div id="centre"><div class="headline"><h1>Council votes to close Elm Street library</h1></div>
<div class="txt">${STORY.map(para).join('')}</div>
<div class="txt">${para('The council will meet again in March, when a final decision is expected, according to the agenda.')}</div>
</div></div>
${FOOTER}</body></html>`;

/** A page whose only content sits in a wrapper named like furniture (Readability's retry case). */
export const FURNITURE_WRAPPER_PAGE = `<!doctype html><html><head><title>Library</title></head><body>
<div class="sidebar-layout"><div class="col">${STORY.map(para).join('')}</div></div></body></html>`;

/** The exact article text of ARTICLE_PAGE. */
export const ARTICLE_PAGE_TEXT = [
  'Council votes to close Elm Street library',
  'By Ann Writer',
  ...STORY,
].join('\n\n');
