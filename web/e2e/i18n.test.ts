import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';

/**
 * The web app's strings: English (common/i18n/en/web.json) is the source and TypeScript checks
 * every key the code uses against it; this checks that each translation has the same keys, the
 * plural forms its language needs, and the same {{placeholders}}.
 */
const i18nDir = path.resolve(import.meta.dirname, '..', '..', 'common', 'i18n');
const languages = ['fr', 'ne', 'sw'];
const pluralSuffix = /_(zero|one|two|few|many|other)$/;

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

const load = (language: string) => flatten(JSON.parse(fs.readFileSync(path.join(i18nDir, language, 'web.json'), 'utf8')) as Tree);
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1] ?? '').sort();
/** Keys without plural suffixes, each with the placeholders of its forms. */
function baseKeys(strings: Map<string, string>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const [key, text] of strings) {
    const base = key.replace(pluralSuffix, '');
    const set = out.get(base) ?? new Set<string>();
    for (const p of placeholders(text)) if (p !== 'count') set.add(p);
    out.set(base, set);
  }
  return out;
}

const english = load('en');
const englishBase = baseKeys(english);

describe('web translations', () => {
  for (const language of languages) {
    it(`${language} has exactly the English keys, with the same placeholders`, () => {
      const strings = load(language);
      const base = baseKeys(strings);
      assert.deepEqual(
        [...base.keys()].filter((k) => !englishBase.has(k)),
        [],
        'keys English does not have',
      );
      assert.deepEqual(
        [...englishBase.keys()].filter((k) => !base.has(k)),
        [],
        'keys missing',
      );
      for (const [key, names] of englishBase) assert.deepEqual([...(base.get(key) ?? [])].sort(), [...names].sort(), `placeholders of ${key}`);
      for (const [key, text] of strings) assert.ok(text.trim() !== '', `${key} is empty`);
    });

    it(`${language} has every plural form its language uses`, () => {
      const strings = load(language);
      const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
      const plural = new Set([...english.keys()].filter((k) => pluralSuffix.test(k)).map((k) => k.replace(pluralSuffix, '')));
      for (const key of plural) for (const c of categories) assert.ok(strings.has(`${key}_${c}`), `${key}_${c}`);
    });
  }

  it('Nepali is written in Devanagari', () => {
    const strings = load('ne');
    const latinOnly = [...strings].filter(([key, text]) => !/[\u0900-\u097F]/.test(text) && !/placeholder|typeShort|app\.name|bikramSambat|changed/.test(key));
    assert.deepEqual(latinOnly, []);
  });
});
