import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchBrowser, logIn, newContext, startKinga, strings, type Kinga } from './harness.ts';

const en = strings('en');
const fr = strings('fr');
const sw = strings('sw');

describe('app shell: log-in, menu by rights, language, log-out', () => {
  let kinga: Kinga;
  let browser: Browser;
  before(async () => {
    [kinga, browser] = await Promise.all([startKinga(), launchBrowser()]);
  });
  after(async () => {
    await browser?.close();
    await kinga?.close();
  });

  it('Admin sees every menu entry, switches to French (remembered on the server) and logs out', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await logIn(page, kinga, 'Admin');
    const nav = page.getByRole('navigation', { name: en.shell.navigation });
    for (const label of [en.nav.home, en.nav.locations, en.nav.users, en.nav.roles, en.nav.jobs]) {
      await nav.getByRole('link', { name: label, exact: true }).waitFor();
    }
    await page.getByRole('heading', { name: 'Welcome, Admin' }).waitFor();

    await page.getByRole('button', { name: en.shell.language }).click();
    await page.getByRole('menuitem', { name: 'Français' }).click();
    const navFr = page.getByRole('navigation', { name: fr.shell.navigation });
    await navFr.getByRole('link', { name: fr.nav.users, exact: true }).waitFor();
    await navFr.getByRole('link', { name: fr.nav.locations, exact: true }).waitFor();
    await page.getByRole('heading', { name: fr.home.welcome.replace('{{login}}', 'Admin') }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'fr');

    // Saved as the user's preference: a new log-in elsewhere gets French.
    const token = await kinga.token('Admin');
    await poll(async () => (await kinga.api(token, 'GET', '/auth/me')).body.language === 'fr');

    await page.getByRole('button', { name: fr.shell.userMenu.replace('{{login}}', 'Admin') }).click();
    await page.getByRole('menuitem', { name: fr.shell.logout }).click();
    // The log-in page comes back, still in French (remembered in this browser).
    await page.getByRole('heading', { name: fr.login.title, exact: true }).waitFor();
    await page.getByRole('textbox', { name: fr.login.login, exact: true }).waitFor();
    assert.equal(await page.evaluate(() => localStorage.getItem('kinga.refreshToken')), null);
    await context.close();
  });

  it('a clerk (location search only, Swahili) sees no Users or Roles entry and is refused the users page', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await logIn(page, kinga, 'clerk');
    const nav = page.getByRole('navigation', { name: sw.shell.navigation });
    await nav.getByRole('link', { name: sw.nav.locations, exact: true }).waitFor();
    await nav.getByRole('link', { name: sw.nav.jobs, exact: true }).waitFor();
    assert.equal(await nav.getByRole('link', { name: sw.nav.users, exact: true }).count(), 0);
    assert.equal(await nav.getByRole('link', { name: sw.nav.roles, exact: true }).count(), 0);

    await page.goto(`${kinga.url}/users`);
    await page.getByRole('heading', { name: sw.status.notAllowedTitle }).waitFor();
    await context.close();
  });

  it('a wrong password is refused in the form, and repeated failures lock the account', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(kinga.url);
    const submit = page.getByRole('button', { name: en.login.submit });
    // Nothing typed: the form says so without asking the server (if the click reached index.html's
    // static form, the app submits it when it takes over).
    await submit.click();
    await page.getByText(en.login.required).nth(1).waitFor();
    assert.equal(await page.getByText(en.login.required).count(), 2);

    await page.getByRole('textbox', { name: en.login.login, exact: true }).fill('receptionist');
    await page.getByRole('textbox', { name: en.login.password, exact: true }).fill('wrong-password');
    await submit.click();
    await page.getByRole('alert').filter({ hasText: 'Wrong login or password.' }).waitFor();

    // The fifth failure locks the account (KINGA_LOCKOUT_ATTEMPTS = 5): the server's detail is shown.
    for (let i = 0; i < 4; i++) {
      await Promise.all([page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/login')), submit.click()]);
    }
    await page.getByRole('alert').filter({ hasText: 'Too many failed log-ins: the account is locked until' }).waitFor();
    assert.equal(await page.getByRole('navigation').count(), 0);
    await context.close();
  });

  it('keeps the session over a reload, and renews an expired access token once before giving up', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await logIn(page, kinga, 'manager');
    // The access token lives in memory only: a reload exchanges the stored refresh token.
    await page.reload();
    await page.getByRole('navigation').getByRole('link', { name: en.nav.users, exact: true }).waitFor();

    // The server refuses the next call as if the token had expired: the client refreshes and retries.
    let refused = 0;
    await page.route('**/api/v1/users?*', async (route) => {
      if (refused++ === 0) {
        await route.fulfill({
          status: 401,
          contentType: 'application/problem+json',
          body: JSON.stringify({ status: 401, code: 'token-invalid', title: 'Invalid token', detail: 'expired', errors: [] }),
        });
      } else await route.continue();
    });
    const refreshed = page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/refresh') && r.status() === 200);
    await page.getByRole('navigation').getByRole('link', { name: en.nav.users, exact: true }).click();
    await refreshed;
    await page.getByRole('link', { name: 'manager', exact: true }).waitFor();

    // When the refresh token has been revoked (logged out elsewhere), the log-in page comes back.
    await page.unroute('**/api/v1/users?*');
    await kinga.api(null, 'POST', '/auth/logout', { refreshToken: await page.evaluate(() => localStorage.getItem('kinga.refreshToken')) });
    await page.reload();
    await page.getByRole('heading', { name: en.login.title, exact: true }).waitFor();
    await context.close();
  });

  it('starting a job shows its progress until it completes', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await logIn(page, kinga, 'imisadmin');
    await page.getByRole('navigation').getByRole('link', { name: en.nav.jobs, exact: true }).click();
    await page.getByRole('button', { name: en.jobs.start.replace('{{name}}', en.jobs.names.auth['purge-refresh-tokens']) }).click();
    const run = page.getByRole('region', { name: en.jobs.followed });
    await run.getByText(en.jobs.status.completed).waitFor();
    await run.getByText(en.jobs.resultKeys.purged).waitFor();
    await page.getByRole('progressbar').first().waitFor();
    await context.close();
  });
});

async function poll(check: () => Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 100));
  }
}
