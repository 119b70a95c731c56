/**
 * How fast the log-in page becomes usable on a slow line: serves web/dist (as the server would,
 * optionally with precompressed .br/.gz files), throttles Chromium to "Slow 3G" (400 kbit/s down,
 * 400 ms round trip, as WebPageTest's 3G Slow profile) and times from navigation to
 *  - the log-in form usable: the login field is drawn and takes what is typed ("clerk"). It is
 *    index.html's static form, there before the app's script has arrived;
 *  - the React log-in page in place: it has adopted the static form (static-login.ts), and the
 *    typed login is still there, in the focused field.
 *
 *   npm run perf:login -w web        (after npm run build -w web)
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { chromium } from 'playwright-core';

const dist = path.resolve(import.meta.dirname, '..', 'dist');
const types: Record<string, string> = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.html': 'text/html',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};
type Encoding = 'br' | 'gzip' | 'identity';

function serve(encoding: Encoding): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const url = (req.url ?? '/').split('?')[0]!;
    let file = path.join(dist, path.normalize(url));
    if (!file.startsWith(dist) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) file = path.join(dist, 'index.html');
    const headers: Record<string, string> = { 'content-type': types[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' };
    const suffix = encoding === 'br' ? '.br' : encoding === 'gzip' ? '.gz' : '';
    if (suffix && fs.existsSync(file + suffix)) {
      headers['content-encoding'] = encoding;
      file += suffix;
    }
    res.writeHead(200, headers);
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function measure(encoding: Encoding, cpuSlowdown: number): Promise<{ usableMs: number; reactMs: number; bytes: number }> {
  const server = await serve(encoding);
  const port = (server.address() as { port: number }).port;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const page = await browser.newPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 400,
    downloadThroughput: (400 * 1000) / 8,
    uploadThroughput: (400 * 1000) / 8,
  });
  if (cpuSlowdown > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  let bytes = 0;
  cdp.on('Network.loadingFinished', (e: { encodedDataLength: number }) => (bytes += e.encodedDataLength));
  await page.goto(`http://127.0.0.1:${port}/`, { waitUntil: 'commit' });
  const field = page.locator('input[autocomplete="username"]').first();
  await field.pressSequentially('clerk', { timeout: 60_000 });
  if ((await field.inputValue()) !== 'clerk') throw new Error('typing into the log-in field did not work');
  const usableMs = await page.evaluate(() => performance.now());
  // The React page is there once the static one is gone (it is removed in the same task).
  await page.waitForFunction(() => !document.getElementById('static-page') && document.getElementById('login-login'), undefined, {
    polling: 'raf',
    timeout: 60_000,
  });
  const reactMs = await page.evaluate(() => performance.now());
  const kept = await page.evaluate(() => {
    const login = document.getElementById('login-login') as HTMLInputElement;
    return login.value === 'clerk' && document.activeElement === login;
  });
  if (!kept) throw new Error('the React log-in page lost what was typed, or the focus');
  await browser.close();
  server.close();
  return { usableMs: Math.round(usableMs), reactMs: Math.round(reactMs), bytes };
}

for (const [encoding, cpu] of [
  ['br', 1],
  ['gzip', 1],
  ['identity', 1],
  ['br', 4],
] as const) {
  const runs: Awaited<ReturnType<typeof measure>>[] = [];
  for (let i = 0; i < 3; i++) runs.push(await measure(encoding, cpu));
  const median = (key: 'usableMs' | 'reactMs') => runs.map((r) => r[key]).sort((a, b) => a - b)[1]!;
  console.log(
    `${encoding.padEnd(8)} cpu ×${cpu}: log-in form usable after ${median('usableMs')} ms, React page in place after ${median('reactMs')} ms (medians of 3), ${(runs[1]!.bytes / 1024).toFixed(1)} kB transferred`,
  );
}
