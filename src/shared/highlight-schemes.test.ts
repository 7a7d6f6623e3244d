import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { declarations, highlightName, SCHEME_STYLES, STYLE_KEYS } from './highlight-schemes';
import { SCHEMES } from './settings';

const css = readFileSync(fileURLToPath(new URL('../content/content.css', import.meta.url)), 'utf8');

/** Each `::highlight(name) { ... }` rule of content.css, as its set of declarations. */
function rules(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const m of css.matchAll(/::highlight\(([\w-]+)\)\s*\{([^}]*)\}/g)) {
    const body = (m[2] ?? '')
      .split(';')
      .map((d) => d.replace(/\s+/g, ' ').trim())
      .filter(Boolean)
      .map((d) => `${d};`);
    out.set(m[1] as string, body.sort());
  }
  return out;
}

test.each(SCHEMES.flatMap((scheme) => STYLE_KEYS.map((key) => [scheme, key] as const)))(
  'content.css paints %s %s as the scheme table says',
  (scheme, key) => {
    const rule = rules().get(highlightName(scheme, key));
    expect(rule).toEqual(declarations(SCHEME_STYLES[scheme][key]).sort());
  },
);

test('every style added for the schemes paints a colour (Firefox 140 draws no underline)', () => {
  for (const scheme of SCHEMES) {
    for (const key of STYLE_KEYS) {
      const style = SCHEME_STYLES[scheme][key];
      if (scheme !== 'default') expect(style.background, `${scheme} ${key}`).toBeTruthy();
    }
  }
});
