import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { engine, startTestApp, type TestApp } from './helpers.ts';

describe(`serving the web app (${engine})`, () => {
  let t: TestApp;
  let webDir: string;
  before(async () => {
    webDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kinga-web-'));
    fs.mkdirSync(path.join(webDir, 'assets'));
    fs.writeFileSync(path.join(webDir, 'index.html'), '<!doctype html><title>Kinga</title>');
    const js = 'console.log("kinga");'.repeat(200);
    fs.writeFileSync(path.join(webDir, 'assets', 'index-abc123.js'), js);
    fs.writeFileSync(path.join(webDir, 'assets', 'index-abc123.js.br'), zlib.brotliCompressSync(js));
    t = await startTestApp({ webDir }, { demo: false });
  });
  after(async () => {
    await t.close();
    fs.rmSync(webDir, { recursive: true, force: true });
  });

  test('hashed assets are sent pre-compressed and cached for a year', async () => {
    const res = await t.app.inject({ url: '/assets/index-abc123.js', headers: { 'accept-encoding': 'br, gzip' } });
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['content-encoding'], 'br');
    assert.match(String(res.headers['cache-control']), /max-age=31536000.*immutable/);
    assert.ok(res.rawPayload.length < 200, 'the compressed file, not the 4 kB original');
  });

  test('a client that accepts no compression gets the plain file', async () => {
    const res = await t.app.inject({ url: '/assets/index-abc123.js', headers: { 'accept-encoding': 'identity' } });
    assert.equal(res.headers['content-encoding'], undefined);
    assert.equal(res.body.length, 'console.log("kinga");'.length * 200);
  });

  test('every other path gets index.html, never cached, so client-side routes survive a reload', async () => {
    for (const url of ['/', '/locations/123', '/users']) {
      const res = await t.app.inject({ url });
      assert.equal(res.statusCode, 200, url);
      assert.match(res.body, /<title>Kinga<\/title>/);
      assert.equal(res.headers['cache-control'], 'no-cache');
    }
  });

  test('paths that climb out of the web directory get index.html, not the file', async () => {
    for (const url of ['/../../etc/passwd', '/assets/..%2f..%2f..%2fetc%2fpasswd', '/%2e%2e/%2e%2e/etc/hostname']) {
      const res = await t.app.inject({ url });
      assert.doesNotMatch(res.body, /root:|localhost/, url);
    }
  });

  test('unknown API addresses stay problem+json 404s', async () => {
    const res = await t.app.inject({ url: '/api/v1/unknown' });
    assert.equal(res.statusCode, 404);
    assert.match(String(res.headers['content-type']), /problem\+json/);
  });
});
