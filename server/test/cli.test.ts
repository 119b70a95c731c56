import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

const cli = path.resolve(import.meta.dirname, '..', 'src', 'cli', 'kinga.ts');

function kinga(dataDir: string, ...args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, KINGA_DATA_DIR: dataDir };
  delete env.DATABASE_URL; // the CLI test runs on its own embedded database
  return spawnSync(process.execPath, [cli, ...args], { env, encoding: 'utf8', timeout: 60_000 });
}

describe('kinga command line (embedded database)', () => {
  test('create-admin makes an administrator once, refusing a weak password and a duplicate login', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kinga-cli-'));
    try {
      const weak = kinga(dir, 'create-admin', '--login', 'root', '--password', 'short');
      assert.equal(weak.status, 1);
      assert.match(weak.stderr, /password-too-short/);
      const ok = kinga(dir, 'create-admin', '--login', 'root', '--password', 'Strong2026');
      assert.equal(ok.status, 0, ok.stderr);
      assert.match(ok.stdout, /administrator root created/);
      const again = kinga(dir, 'create-admin', '--login', 'root', '--password', 'Strong2026');
      assert.equal(again.status, 1);
      assert.match(again.stderr, /already exists/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('without a command it prints the usage and fails', () => {
    const res = spawnSync(process.execPath, [cli], { encoding: 'utf8' });
    assert.equal(res.status, 1);
    assert.match(res.stdout, /create-admin/);
  });
});
