// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { articleKey, fingerprintText, sameSite, siteOf } from '../shared/article';
import { readArticleClaim } from './article-meta';

function page(
  head: string,
  body = '<article><p>Text.</p></article>',
  url = 'https://www.news.example/2026/story?utm_source=x#top',
) {
  // Test markup, parsed as a page would be (never inserted into a live document).
  const doc = new DOMParser().parseFromString(
    `<!doctype html><html><head><title>Fallback title</title>${head}</head><body>${body}</body></html>`,
    'text/html',
  );
  // The page's address, where the DOM keeps it (the script reads `URL` from the prototype, so
  // a named image cannot stand in for it; an own property would not be seen either).
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);
  return doc;
}

describe('readArticleClaim', () => {
  test('reads canonical, site, byline and time from meta tags', () => {
    const doc = page(`
      <link rel="canonical" href="/2026/story">
      <meta property="og:site_name" content="The Ardmore Gazette">
      <meta name="author" content="Tamsin Orrell">
      <meta property="article:published_time" content="2026-01-30T18:02:11+01:00">`);
    expect(readArticleClaim(doc, 'Some text', 'Reservoir levels fall')).toEqual({
      canonical: 'https://www.news.example/2026/story',
      title: 'Reservoir levels fall',
      site: 'The Ardmore Gazette',
      byline: 'Tamsin Orrell',
      published: '2026-01-30T17:02:11.000Z',
      fingerprint: fingerprintText('Some text'),
      textLength: 9,
    });
  });

  test('reads JSON-LD (in a @graph too), and og:url when there is no canonical link', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'x' },
        {
          '@type': ['NewsArticle'],
          datePublished: '2026-02-01T08:00:00Z',
          author: [{ '@type': 'Person', name: 'Ines  Barraclough' }, { name: 'Rowan Hesketh' }],
        },
      ],
    };
    const doc = page(
      `<meta property="og:url" content="https://news.example/s">
       <script type="application/ld+json">${JSON.stringify(ld)}</script>
       <script type="application/ld+json">{ not json</script>`,
    );
    const claim = readArticleClaim(doc, 'T', '');
    expect(claim.canonical).toBe('https://news.example/s');
    expect(claim.byline).toBe('Ines Barraclough, Rowan Hesketh');
    expect(claim.published).toBe('2026-02-01T08:00:00.000Z');
    expect(claim.title).toBe('Fallback title');
  });

  test('a byline in the markup, a bad date and a javascript: canonical are dropped or cleaned', () => {
    const doc = page(
      `<link rel="canonical" href="javascript:alert(1)"><meta name="date" content="yesterday-ish">`,
      '<article><p class="byline">By  Tamsin Orrell</p><p>Text.</p></article>',
    );
    const claim = readArticleClaim(doc, 'T', 'T');
    expect(claim.canonical).toBeUndefined();
    expect(claim.published).toBeUndefined();
    expect(claim.byline).toBe('Tamsin Orrell');
  });
});

describe('articleKey', () => {
  const page = 'https://www.news.example/2026/story?utm_source=x&id=3#comments';
  test.each([
    [
      'no claim: the page address, normalised',
      undefined,
      'https://www.news.example/2026/story?id=3',
    ],
    [
      'a canonical on the same site',
      'https://news.example/2026/story',
      'https://news.example/2026/story',
    ],
    ['the amp host counts as the site', 'https://amp.news.example/s', 'https://amp.news.example/s'],
    [
      'another site is refused',
      'https://other.example/secret',
      'https://www.news.example/2026/story?id=3',
    ],
    [
      'a lookalike host is another site',
      'https://news.example.evil.example/x',
      'https://www.news.example/2026/story?id=3',
    ],
    ['not an address', 'nonsense', 'https://www.news.example/2026/story?id=3'],
  ])('%s', (_name, canonical, key) => {
    expect(articleKey(page, canonical)).toBe(key);
  });

  test('sameSite and siteOf', () => {
    expect(sameSite('https://m.news.example/a', 'http://www.news.example/b')).toBe(true);
    expect(sameSite('https://news.example:8080/a', 'https://news.example:9090/b')).toBe(false);
    expect(sameSite('file:///a.html', 'file:///b.html')).toBe(false);
    expect(siteOf('https://www.news.example/a')).toBe('news.example');
    expect(siteOf('file:///home/a.html')).toBe('file');
  });
});

test('fingerprints tell versions apart and are stable', () => {
  expect(fingerprintText('abc')).toBe(fingerprintText('abc'));
  expect(fingerprintText('abc')).not.toBe(fingerprintText('abd'));
  expect(fingerprintText('abc')).toMatch(/^v1-3-[0-9a-z]+$/);
});
