import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const commonDir = path.resolve(import.meta.dirname, '..', 'common');

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
  plugins: [react(), precompress()],
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
