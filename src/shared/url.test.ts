import { describe, expect, test } from 'vitest';
import {
  isPageUrl,
  isTrackingParam,
  normalizeUrl,
  originFromPattern,
  originPattern,
  webOrigin,
} from './url';

describe('normalizeUrl', () => {
  test.each([
    ['drops the fragment', 'https://news.example/a/story#comments', 'https://news.example/a/story'],
    [
      'drops utm_* parameters',
      'https://news.example/story?utm_source=tw&utm_medium=social&utm_campaign=x',
      'https://news.example/story',
    ],
    [
      'drops click ids',
      'https://news.example/story?fbclid=abc&gclid=def&msclkid=1',
      'https://news.example/story',
    ],
    [
      'keeps a meaningful query',
      'https://news.example/article.php?id=42&utm_source=x',
      'https://news.example/article.php?id=42',
    ],
    [
      'sorts the parameters it keeps',
      'https://news.example/story?page=2&id=42',
      'https://news.example/story?id=42&page=2',
    ],
    [
      'keeps repeated parameters in order',
      'https://news.example/s?b=1&a=2&a=1',
      'https://news.example/s?a=2&a=1&b=1',
    ],
    [
      'keeps the encoding of kept parameters',
      'https://news.example/search?q=a%20b%2Cc&smid=tw-share',
      'https://news.example/search?q=a%20b%2Cc',
    ],
    [
      'drops newspaper share parameters',
      'https://www.theguardian.com/world/x?CMP=share_btn_tw',
      'https://www.theguardian.com/world/x',
    ],
    ['lower-cases the host', 'https://News.Example/Story', 'https://news.example/Story'],
    ['drops the default port', 'https://news.example:443/story', 'https://news.example/story'],
    [
      'keeps a path with a trailing slash',
      'https://news.example/story/',
      'https://news.example/story/',
    ],
    ['trims whitespace', '  https://news.example/story  ', 'https://news.example/story'],
    ['leaves a non-URL alone', 'not a url', 'not a url'],
    ['keeps file: URLs', 'file:///home/me/page.html#x', 'file:///home/me/page.html'],
  ])('%s', (_name, input, expected) => {
    expect(normalizeUrl(input)).toBe(expected);
  });

  test('is idempotent', () => {
    const once = normalizeUrl('https://n.example/s?z=1&utm_x=2&a=3#top');
    expect(normalizeUrl(once)).toBe(once);
  });
});

describe('isTrackingParam', () => {
  test.each([
    ['utm_source', true],
    ['UTM_Source', true],
    ['fbclid', true],
    ['ns_mchannel', true],
    ['id', false],
    ['page', false],
    ['q', false],
  ])('%s -> %s', (name, expected) => {
    expect(isTrackingParam(name)).toBe(expected);
  });
});

describe('origins', () => {
  test('webOrigin accepts http(s) only', () => {
    expect(webOrigin('https://news.example/a?b#c')).toBe('https://news.example');
    expect(webOrigin('http://news.example:8080/a')).toBe('http://news.example:8080');
    expect(webOrigin('chrome://extensions')).toBeNull();
    expect(webOrigin('file:///tmp/a.html')).toBeNull();
    expect(webOrigin('nonsense')).toBeNull();
  });

  test('originPattern covers the origin, every port of its host', () => {
    expect(originPattern('https://news.example')).toBe('https://news.example/*');
    expect(originPattern('http://localhost:8080')).toBe('http://localhost/*');
    expect(originPattern('http://[::1]:8080')).toBe('http://[::1]/*');
  });

  test('originFromPattern reads single-site patterns only', () => {
    expect(originFromPattern('https://news.example/*')).toBe('https://news.example');
    expect(originFromPattern('http://news.example:8080/*')).toBe('http://news.example:8080');
    expect(originFromPattern('https://*/*')).toBeNull();
    expect(originFromPattern('*://news.example/*')).toBeNull();
    expect(originFromPattern('https://*.news.example/*')).toBeNull();
    expect(originFromPattern('<all_urls>')).toBeNull();
  });
});

test('isPageUrl', () => {
  expect(isPageUrl('https://a.example/x')).toBe(true);
  expect(isPageUrl('http://a.example/')).toBe(true);
  expect(isPageUrl('file:///tmp/a.html')).toBe(true);
  expect(isPageUrl('chrome://newtab/')).toBe(false);
  expect(isPageUrl('javascript:alert(1)')).toBe(false);
  expect(isPageUrl('about:blank')).toBe(false);
  expect(isPageUrl('nonsense')).toBe(false);
});
