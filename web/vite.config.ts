import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { languages } from './src/i18n/languages.ts';

const commonDir = path.resolve(import.meta.dirname, '..', 'common');

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * index.html without its comments and the indentation of its markup and inline scripts: the page is
 * sent on every visit (no-cache) and uncompressed. Between tags, whitespace goes (as in what React
 * draws); text stays as it is. Inline scripts lose their indentation and whole-line // comments, so
 * they must not hold multi-line strings.
 */
function compact(html: string): string {
  return html
    .split(/(<script\b[^>]*>[\s\S]*?<\/script>)/)
    .map((part, i) =>
      i % 2
        ? part
            .split('\n')
            .map((line) => line.trim())
            .filter((line) => line && !line.startsWith('//'))
            .join('\n')
        : part
            .replace(/<!--[\s\S]*?-->/g, '')
            .replace(/<[^>]+>/g, (tag) => tag.replace(/\s+/g, ' ').replace(/ >$/, '>'))
            .replace(/>\s+</g, '><'),
    )
    .join('');
}

/**
 * The strings of index.html's static log-in page, from common/i18n/<lang>/web.json (no copy kept
 * by hand): each element with data-t="key" gets the English string as its text, data-t-aria-label
 * an aria-label; the inline script gets every language's strings for those keys (English ones
 * are already in the page) and picks the user's; the language menu lists src/i18n/languages.ts.
 */
function staticLoginStrings(): Plugin {
  const read = (language: string) => JSON.parse(fs.readFileSync(path.join(commonDir, 'i18n', language, 'web.json'), 'utf8')) as Record<string, unknown>;
  const lookup = (strings: Record<string, unknown>, key: string): string | undefined => {
    const value = key
      .split('.')
      .reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), strings);
    return typeof value === 'string' ? value : undefined;
  };
  return {
    name: 'kinga-static-login-strings',
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        const en = read('en');
        const english = (key: string) => {
          const text = lookup(en, key);
          if (text === undefined) throw new Error(`index.html: no string "${key}" in common/i18n/en/web.json`);
          return escapeHtml(text);
        };
        const keys = new Set<string>();
        html = compact(html)
          .replace(/(\sdata-t="([\w.]+)"[^>]*>)(?=<)/g, (_, tag: string, key: string) => {
            keys.add(key);
            return tag + english(key);
          })
          .replace(/\sdata-t-aria-label="([\w.]+)"/g, (attribute: string, key: string) => {
            keys.add(key);
            return `${attribute} aria-label="${english(key)}"`;
          })
          .replace(/(\sdata-languages)>(?=<\/select>)/, (_, attribute: string) => {
            const options = languages.map((l) => `<option value="${l.id}" lang="${l.id}">${escapeHtml(l.name)}</option>`);
            return `${attribute}>${options.join('')}`;
          });
        const strings = Object.fromEntries(
          languages.map(({ id }) => {
            const translated = id === 'en' ? {} : read(id);
            // Strings the same as in English (or missing) are left out: the page has them.
            const own = [...keys].flatMap((key) => {
              const text = lookup(translated, key);
              return text && text !== lookup(en, key) ? [[key, text]] : [];
            });
            return [id, Object.fromEntries(own)];
          }),
        );
        const placeholder = /\{\s*\/\* strings \*\/\s*\}/;
        if (!placeholder.test(html)) throw new Error('index.html: no {/* strings */} placeholder for the static log-in page');
        // In a script, "<" is written \u003c so that no string can close it.
        return html.replace(placeholder, () => JSON.stringify(strings).replace(/</g, '\\u003c'));
      },
    },
  };
}

/**
 * Inlines the style sheets that index.html links (the log-in page's styles, a few kB) into the page
 * itself: a linked style sheet would hold back the first drawing of the static log-in page by a
 * round trip and its download.
 */
function inlineEntryCss(): Plugin {
  return {
    name: 'kinga-inline-entry-css',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        return html.replace(/<link rel="stylesheet"[^>]*?href="\/([^"]+\.css)"[^>]*>/g, (link, file: string) => {
          const asset = bundle?.[file];
          if (asset?.type !== 'asset') return link;
          delete bundle![file];
          return `<style>${String(asset.source).trim()}</style>`;
        });
      },
    },
  };
}

/**
 * Writes .gz and .br copies of the built assets next to them, so the server can send them
 * precompressed (@fastify/static `preCompressed`): on a slow line, bytes on the wire are what count.
 */
function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'kinga-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      const walk = (dir: string): string[] =>
        fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
      for (const file of walk(outDir)) {
        if (!/\.(js|css|html|json|svg|webmanifest)$/.test(file)) continue;
        const data = fs.readFileSync(file);
        if (data.length < 1024) continue;
        fs.writeFileSync(`${file}.gz`, zlib.gzipSync(data, { level: 9 }));
        fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(data, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }));
      }
    },
  };
}

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react(), staticLoginStrings(), inlineEntryCss(), precompress()],
  resolve: { alias: { '@common': commonDir } },
  server: {
    port: 5173,
    // Shared code (calendar, rights, translations) lives outside the web root.
    fs: { allow: [path.resolve(import.meta.dirname, '..')] },
    proxy: { '/api': 'http://localhost:18090' },
  },
  preview: { proxy: { '/api': 'http://localhost:18090' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // Route chunks are loaded on demand; keep the log-in page's own chunk out of the way of the rest.
    modulePreload: { polyfill: false },
  },
});
