import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, logIn, newContext, startKinga, strings, type Kinga } from './harness.ts';

const en = strings('en');
const fr = strings('fr');
const sw = strings('sw');

/**
 * Holds back the app's entry script (as a slow line would) until release() is called: until then
 * the page is index.html alone, with its static log-in form.
 */
async function holdEntryScript(page: Page): Promise<{ release(): void }> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  return { release };
}

/**
 * Pixels that differ visibly between two screenshots of the same size (colour channels off by more
 * than a few levels: the antialiasing of rounded corners may differ by one from one drawing to the next).
 */
async function differentPixels(browser: Browser, a: Buffer, b: Buffer): Promise<number> {
  const page = await browser.newPage();
  try {
    return await page.evaluate(
      async ([a, b]: string[]) => {
        const pixels = async (png: string) => {
          const image = new Image();
          image.src = `data:image/png;base64,${png}`;
          await image.decode();
          const canvas = new OffscreenCanvas(image.width, image.height);
          const context = canvas.getContext('2d')!;
          context.drawImage(image, 0, 0);
          return context.getImageData(0, 0, image.width, image.height).data;
        };
        const [x, y] = await Promise.all([pixels(a!), pixels(b!)]);
        if (x.length !== y.length) return Infinity;
        let count = 0;
        for (let i = 0; i < x.length; i += 4) if ([0, 1, 2, 3].some((c) => Math.abs(x[i + c]! - y[i + c]!) > 8)) count++;
        return count;
      },
      [a.toString('base64'), b.toString('base64')],
    );
  } finally {
    await page.close();
  }
}

/** Until the app has taken over, index.html's static page is there. */
const staticPage = (page: Page) => page.locator('#static-page');

describe('log-in page before the app has loaded (static form in index.html)', () => {
  let kinga: Kinga;
  let browser: Browser;
  before(async () => {
    [kinga, browser] = await Promise.all([startKinga(), launchBrowser()]);
  });
  after(async () => {
    await browser?.close();
    await kinga?.close();
  });

  it('takes typing at once; the app adopts what was typed, the focus and the caret, with no visible change', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const entry = await holdEntryScript(page);
    await page.goto(kinga.url, { waitUntil: 'commit' });
    const login = page.getByRole('textbox', { name: en.login.login, exact: true });
    const password = page.getByRole('textbox', { name: en.login.password, exact: true });
    // The login field has the focus, as in the app: typing goes straight in.
    await login.waitFor();
    await page.keyboard.type('Admin');
    await password.click();
    await page.keyboard.type('admin');
    await page.getByRole('button', { name: en.login.togglePassword }).click();
    await page.mouse.move(0, 0); // no hover left on the toggle: the screenshots below compare the drawings
    await password.focus();
    await page.keyboard.press('Home');
    await page.keyboard.type('X');
    assert.equal(await staticPage(page).count(), 1, 'still the static page');
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    assert.equal(await login.getAttribute('autocomplete'), 'username');
    assert.equal(await password.getAttribute('autocomplete'), 'current-password');
    const before = await page.screenshot();

    entry.release();
    await staticPage(page).waitFor({ state: 'detached' });
    assert.deepEqual(await page.evaluate(() => [document.activeElement?.id, document.querySelectorAll('input').length]), ['login-password', 2]);
    assert.equal(await login.inputValue(), 'Admin');
    assert.equal(await password.inputValue(), 'Xadmin');
    assert.equal(await password.getAttribute('type'), 'text', 'the password is still shown');
    assert.equal(await differentPixels(browser, before, await page.screenshot()), 0, 'the app draws what the static page drew');

    // The caret is where it was (after the "X"): typing goes on from there.
    await page.keyboard.press('Backspace');
    await page.keyboard.press('End');
    await page.keyboard.type('123');
    assert.equal(await password.inputValue(), 'admin123');
    await page.keyboard.press('Enter');
    await page.getByRole('navigation', { name: en.shell.navigation }).waitFor();
    await context.close();
  });

  it('a log-in submitted before the app is there is sent once it is', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const entry = await holdEntryScript(page);
    await page.goto(kinga.url, { waitUntil: 'commit' });
    await page.getByRole('textbox', { name: en.login.login, exact: true }).fill('manager');
    await page.getByRole('textbox', { name: en.login.password, exact: true }).fill('demo1234');
    const loggedIn = page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/login') && r.status() === 200);
    await page.keyboard.press('Enter');
    assert.equal(await page.getByRole('button', { name: en.login.submit }).getAttribute('aria-busy'), 'true');
    assert.equal(new URL(page.url()).search, '', 'no native submission');
    entry.release();
    await loggedIn;
    await page.getByRole('navigation', { name: en.shell.navigation }).waitFor();
    await context.close();
  });

  it('is in the language chosen before, and a language chosen in it is kept (and saved after log-in)', async () => {
    const context = await newContext(browser);
    await context.addInitScript(() => {
      if (!localStorage.getItem('kinga.language')) localStorage.setItem('kinga.language', 'fr');
    });
    const page = await context.newPage();
    const entry = await holdEntryScript(page);
    await page.goto(kinga.url, { waitUntil: 'commit' });
    await page.getByRole('heading', { name: fr.login.title, exact: true }).waitFor();
    await page.getByRole('button', { name: fr.login.submit }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'fr');
    await page.getByRole('textbox', { name: fr.login.login, exact: true }).fill('receptionist');
    const before = await page.screenshot();
    // French strings are a chunk of their own: the static form stays until they are there, then
    // the app's French page replaces it with no visible change.
    entry.release();
    await staticPage(page).waitFor({ state: 'detached' });
    assert.equal(await differentPixels(browser, before, await page.screenshot()), 0, 'the app draws what the static page drew');
    await context.close();

    // Swahili chosen in the static page: the app switches to it, remembers it, and saves it as the user's preference after log-in.
    const context2 = await newContext(browser);
    const page2 = await context2.newPage();
    const entry2 = await holdEntryScript(page2);
    await page2.goto(kinga.url, { waitUntil: 'commit' });
    await page2.getByLabel(en.shell.language).selectOption('sw');
    await page2.getByRole('textbox', { name: en.login.login, exact: true }).fill('receptionist');
    entry2.release();
    await page2.getByRole('textbox', { name: sw.login.login, exact: true }).waitFor();
    assert.equal(await page2.getByRole('textbox', { name: sw.login.login, exact: true }).inputValue(), 'receptionist');
    assert.equal(await page2.evaluate(() => localStorage.getItem('kinga.language')), 'sw');
    assert.equal(await page2.locator('html').getAttribute('lang'), 'sw');
    await page2.getByRole('textbox', { name: sw.login.password, exact: true }).fill('demo1234');
    await page2.keyboard.press('Enter');
    await page2.getByRole('navigation', { name: sw.shell.navigation }).waitFor();
    const token = await kinga.token('receptionist');
    assert.equal((await kinga.api(token, 'GET', '/auth/me')).body.language, 'sw');
    await context2.close();
  });

  it('a user with a session never sees the static log-in form: a loader, then the application', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await logIn(page, kinga, 'clerk');
    const entry = await holdEntryScript(page);
    await page.reload({ waitUntil: 'commit' });
    await page.getByRole('status').waitFor();
    assert.equal(await page.locator('input:visible').count(), 0);
    assert.equal(await page.getByRole('heading', { name: en.login.title }).count(), 0);
    entry.release();
    await page.getByRole('navigation').waitFor();
    assert.equal(await staticPage(page).count(), 0);
    await context.close();
  });
});
