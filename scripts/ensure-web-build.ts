// Builds the web app when web/dist is missing or older than its sources, so that `npm start` on a
// fresh clone serves the app without a separate build step, and later starts skip the build.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

const root = path.resolve(import.meta.dirname, '..');
const built = path.join(root, 'web', 'dist', 'index.html');
const sources = ['web/src', 'web/index.html', 'web/vite.config.ts', 'common'].map((p) => path.join(root, p));

function newest(p: string): number {
  if (!fs.existsSync(p)) return 0;
  const stat = fs.statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...fs.readdirSync(p).map((child) => newest(path.join(p, child))));
}

if (!fs.existsSync(path.join(root, 'web', 'index.html'))) process.exit(0);
if (fs.existsSync(built) && fs.statSync(built).mtimeMs >= Math.max(...sources.map(newest))) process.exit(0);
console.log('kinga: building the web app (first start or changed sources)…');
const result = spawnSync('npm', ['run', 'build', '-w', 'web'], { cwd: root, stdio: 'inherit' });
process.exit(result.status ?? 1);
