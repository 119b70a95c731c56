import fs from 'node:fs';
import path from 'node:path';

/** The languages Kinga ships. English is the source; the others are checked against it by a test. */
export const languages = ['en', 'fr', 'ne', 'sw'] as const;
export type Language = (typeof languages)[number];

export const i18nDir = path.resolve(import.meta.dirname, '..', '..', '..', 'common', 'i18n');

type Tree = { [key: string]: string | Tree };
const cache = new Map<string, Tree>();

function load(language: Language, namespace: string): Tree {
  const key = `${language}/${namespace}`;
  let tree = cache.get(key);
  if (!tree) {
    const file = path.join(i18nDir, language, `${namespace}.json`);
    tree = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Tree) : {};
    cache.set(key, tree);
  }
  return tree;
}

function lookup(tree: Tree, dotted: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of dotted.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** Translates `namespace:key`, falling back to English, then to the key itself; `{{name}}` takes params. */
export function translate(language: Language, key: string, params: Record<string, string | number> = {}): string {
  const [namespace, dotted] = key.includes(':') ? (key.split(':', 2) as [string, string]) : ['common', key];
  const text = lookup(load(language, namespace), dotted) ?? lookup(load('en', namespace), dotted) ?? key;
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => (name in params ? String(params[name]) : `{{${name}}}`));
}

/** Picks the best supported language from an Accept-Language header (q-values honoured). */
export function negotiateLanguage(header: string | undefined, fallback: Language = 'en'): Language {
  if (!header) return fallback;
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag, ...rest] = part.trim().split(';');
      const q = rest.find((p) => p.trim().startsWith('q='));
      return { tag: (tag ?? '').toLowerCase(), q: q ? Number(q.trim().slice(2)) : 1 };
    })
    .filter((x) => x.tag && !Number.isNaN(x.q) && x.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    const base = tag.split('-')[0] as Language;
    if ((languages as readonly string[]).includes(base)) return base;
  }
  return fallback;
}
