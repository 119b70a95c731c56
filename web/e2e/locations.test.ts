import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, logIn, newContext, startKinga, strings, type Kinga } from './harness.ts';

const en = strings('en');
const fill = (text: string, values: Record<string, string>) => text.replace(/\{\{(\w+)\}\}/g, (_, k: string) => values[k] ?? '');

describe('locations: tree, add, edit, history, delete', () => {
  let kinga: Kinga;
  let browser: Browser;
  let page: Page;
  before(async () => {
    [kinga, browser] = await Promise.all([startKinga(), launchBrowser()]);
    page = await (await newContext(browser)).newPage();
    await logIn(page, kinga, 'Admin');
    await page.getByRole('navigation').getByRole('link', { name: en.nav.locations, exact: true }).click();
  });
  after(async () => {
    await browser?.close();
    await kinga?.close();
  });

  const actions = (name: string) => page.getByRole('button', { name: fill(en.locations.actionsFor, { name }) });

  it('expands a region and a district, loading their children', async () => {
    await page.getByRole('button', { name: fill(en.locations.expand, { name: 'Ziwani' }) }).click();
    await page.getByText('Mbuyuni', { exact: true }).waitFor();
    await page.getByRole('button', { name: fill(en.locations.expand, { name: 'Mbuyuni' }) }).click();
    await page.getByText('Kisiwa', { exact: true }).waitFor();
    await page.getByText('Mlimani', { exact: true }).waitFor();
    assert.equal(await page.getByRole('button', { name: fill(en.locations.collapse, { name: 'Ziwani' }) }).getAttribute('aria-expanded'), 'true');
  });

  it('searches by code or name, 50 at a time with "Load more"', async () => {
    const search = page.getByRole('searchbox', { name: en.locations.search });
    await search.fill('R');
    await page.getByText(en.list.total_other.replace('{{count}}', '54').replace('{{shown}}', '50')).waitFor();
    await page.getByRole('button', { name: en.list.loadMore }).click();
    await page.getByText(en.list.total_other.replace('{{count}}', '54').replace('{{shown}}', '54')).waitFor();
    assert.equal(await page.getByRole('button', { name: en.list.loadMore }).count(), 0);
    await search.fill('');
    // The tree comes back as it was left.
    await page.getByRole('button', { name: fill(en.locations.collapse, { name: 'Mbuyuni' }) }).waitFor();
  });

  it('adds a village under a ward (Enter submits the form)', async () => {
    await actions('Kisiwa').click();
    await page.getByRole('menuitem', { name: en.locations.add.V }).click();
    const dialog = page.getByRole('dialog', { name: fill(en.locations.addIn.V, { parent: 'Kisiwa' }) });
    await dialog.getByRole('textbox', { name: en.locations.code }).fill('R1D1W1V9');
    await dialog.getByRole('textbox', { name: en.locations.name }).fill('Zawadi');
    await dialog.getByRole('textbox', { name: en.locations.name }).press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('Zawadi', { exact: true }).waitFor();
  });

  it('refuses a duplicate code with the error on the field', async () => {
    await actions('Kisiwa').click();
    await page.getByRole('menuitem', { name: en.locations.add.V }).click();
    const dialog = page.getByRole('dialog', { name: fill(en.locations.addIn.V, { parent: 'Kisiwa' }) });
    await dialog.getByRole('textbox', { name: en.locations.code }).fill('R1D1W1V9');
    await dialog.getByRole('textbox', { name: en.locations.name }).fill('Twice');
    await dialog.getByRole('button', { name: en.action.save }).click();
    await dialog.getByText('is already used by another record').waitFor();
    await dialog.getByRole('button', { name: en.action.cancel }).click();
    await dialog.waitFor({ state: 'detached' });
  });

  it('renames the village', async () => {
    await actions('Zawadi').click();
    await page.getByRole('menuitem', { name: en.action.edit }).click();
    const dialog = page.getByRole('dialog', { name: fill(en.locations.editTitle, { name: 'Zawadi' }) });
    await dialog.getByRole('textbox', { name: en.locations.name }).fill('Zawadi Mpya');
    await dialog.getByRole('button', { name: en.action.save }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('Zawadi Mpya', { exact: true }).waitFor();
  });

  it('shows the creation and the rename in its history, filtered by a date typed or picked in Bikram Sambat', async () => {
    await page.getByRole('button', { name: en.shell.calendar }).click();
    await page.getByRole('menuitem', { name: en.calendar.bikramSambat }).click();
    await actions('Zawadi Mpya').click();
    await page.getByRole('menuitem', { name: en.action.history }).click();
    const dialog = page.getByRole('dialog', { name: fill(en.locations.historyTitle, { name: 'Zawadi Mpya' }) });
    await dialog.getByText(en.history.created).waitFor();
    const rename = dialog.getByText(`${fill(en.history.changed, { field: en.locations.name })} Zawadi → Zawadi Mpya`);
    await rename.waitFor();
    assert.ok((await dialog.getByText('Admin', { exact: true }).count()) >= 2, 'who made the changes');

    // A BS date in a year Nepal has not published yet: provisional, and nothing changed since then.
    const since = dialog.getByRole('textbox', { name: en.history.since });
    await since.fill('2089-01-01');
    await dialog.getByText(en.date.provisional, { exact: true }).waitFor();
    await dialog.getByText(en.history.empty).waitFor();
    // Not a BS date: the field says so when left.
    await since.fill('2081-13-01');
    await since.press('Tab');
    await dialog.getByText(en.date.error['invalid-date']).waitFor();
    // Picked in the BS month grid: today is in the month shown, so its changes are back.
    await since.fill('');
    await dialog.getByRole('button', { name: en.date.openPicker }).click();
    const grid = page.getByRole('grid');
    await grid.locator('button[data-today]').click();
    assert.match(await since.inputValue(), /^20[89]\d-\d\d-\d\d$/);
    await dialog.getByText(/^AD \d{4}-\d\d-\d\d$/).waitFor();
    await rename.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  it('moves the village to another ward', async () => {
    await actions('Zawadi Mpya').click();
    await page.getByRole('menuitem', { name: en.locations.move }).click();
    const dialog = page.getByRole('dialog', { name: fill(en.locations.moveTitle, { name: 'Zawadi Mpya' }) });
    await dialog.getByLabel(en.locations.newParent.W).fill('Mlim');
    await page.getByRole('option', { name: 'Mlimani (R1D1W2)' }).click();
    await dialog.getByRole('button', { name: en.locations.move }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: fill(en.locations.expand, { name: 'Mlimani' }) }).click();
    await page.getByText('Zawadi Mpya', { exact: true }).waitFor();
    const token = await kinga.token('Admin');
    const village = (await kinga.api(token, 'GET', '/locations?q=R1D1W1V9')).body.items[0];
    const ward = (await kinga.api(token, 'GET', `/locations/${village.parentId}`)).body;
    assert.equal(ward.code, 'R1D1W2');
  });

  it('refuses to delete a ward that still has villages, with the server’s reason', async () => {
    await actions('Kisiwa').click();
    await page.getByRole('menuitem', { name: en.action.delete }).click();
    const dialog = page.getByRole('dialog', { name: fill(en.locations.deleteTitle, { name: 'Kisiwa' }) });
    await dialog.getByRole('button', { name: en.action.delete }).click();
    await dialog.getByRole('alert').filter({ hasText: 'Kisiwa cannot be deleted while 5 record(s) still live in it' }).waitFor();
    await dialog.getByRole('button', { name: en.action.cancel }).click();
  });

  it('deletes the village', async () => {
    await actions('Zawadi Mpya').click();
    await page.getByRole('menuitem', { name: en.action.delete }).click();
    const dialog = page.getByRole('dialog', { name: fill(en.locations.deleteTitle, { name: 'Zawadi Mpya' }) });
    await dialog.getByRole('button', { name: en.action.delete }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('Zawadi Mpya', { exact: true }).waitFor({ state: 'detached' });
    await page.getByText('Amani', { exact: true }).waitFor();
  });
});
