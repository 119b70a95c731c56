import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, logIn, newContext, startKinga, strings, type Kinga } from './harness.ts';

const en = strings('en');
const errors = strings('en', 'errors');

describe('users and roles: forms with server errors and optimistic concurrency', () => {
  let kinga: Kinga;
  let browser: Browser;
  let page: Page;
  let token: string;
  let managerId: string;
  before(async () => {
    [kinga, browser] = await Promise.all([startKinga(), launchBrowser()]);
    token = await kinga.token('Admin');
    managerId = (await kinga.api(token, 'GET', '/users?q=manager')).body.items.find((u: { login: string }) => u.login === 'manager').id;
    page = await (await newContext(browser)).newPage();
    await logIn(page, kinga, 'Admin');
  });
  after(async () => {
    await browser?.close();
    await kinga?.close();
  });

  const field = (name: string) => page.getByRole('textbox', { name, exact: true });
  const save = () => page.getByRole('button', { name: en.action.save }).click();

  it('finds a user by search and opens them', async () => {
    await page.getByRole('navigation').getByRole('link', { name: en.nav.users, exact: true }).click();
    await page.getByRole('searchbox', { name: en.users.search }).fill('Kamau');
    await page.getByText(en.list.total_one.replace('{{count}}', '1')).waitFor();
    await page.getByRole('link', { name: 'manager', exact: true }).click();
    await page.getByRole('heading', { name: 'Joseph Kamau' }).waitFor();
    assert.equal(await field(en.users.login).inputValue(), 'manager');
  });

  it('shows the server’s field errors on the fields', async () => {
    await field(en.users.email).fill('not-an-e-mail');
    await save();
    await page.getByText('is not a valid email').waitFor();
    await page.getByRole('alert').filter({ hasText: en.form.fixFields }).waitFor();
    await field(en.users.email).fill('');
  });

  it('changes names and roles; they are there after a reload', async () => {
    await field(en.users.lastName).fill('Kamau-Otieno');
    await field(en.users.otherNames).fill('Joseph Peter');
    await page.getByRole('checkbox', { name: 'Receptionist', exact: true }).check();
    await page.getByRole('checkbox', { name: 'Manager', exact: true }).uncheck();
    await save();
    await page.getByText(en.users.saved.replace('{{login}}', 'manager')).waitFor();

    await page.reload();
    await page.getByRole('heading', { name: 'Joseph Peter Kamau-Otieno' }).waitFor();
    assert.equal(await field(en.users.lastName).inputValue(), 'Kamau-Otieno');
    assert.equal(await page.getByRole('checkbox', { name: 'Receptionist', exact: true }).isChecked(), true);
    assert.equal(await page.getByRole('checkbox', { name: 'Manager', exact: true }).isChecked(), false);

    const stored = (await kinga.api(token, 'GET', `/users/${managerId}`)).body;
    assert.equal(stored.lastName, 'Kamau-Otieno');
  });

  it('lists the change in the history', async () => {
    await page.getByRole('tab', { name: en.action.history }).click();
    await page.getByText(en.history.linkAdded.replace('{{what}}', en.users.role).replace('{{name}}', 'Receptionist')).waitFor();
    await page.getByText(en.history.linkRemoved.replace('{{what}}', en.users.role).replace('{{name}}', 'Manager')).waitFor();
    await page.getByRole('tab', { name: en.users.details }).click();
  });

  it('a stale edit (someone else saved in between) says so and reloads their version', async () => {
    await field(en.users.otherNames).waitFor();
    // Someone else changes the user through the API while the form is open.
    const u = (await kinga.api(token, 'GET', `/users/${managerId}`)).body;
    const body = {
      login: u.login,
      lastName: u.lastName,
      otherNames: u.otherNames,
      roleIds: u.roleIds,
      districtIds: u.districtIds,
      allDistricts: u.allDistricts,
      phone: '+255 700 000 001',
    };
    const changed = await kinga.api(token, 'PUT', `/users/${managerId}`, body, { 'if-match': `"${u.version}"` });
    assert.equal(changed.status, 200);

    await field(en.users.otherNames).fill('Joseph');
    await save();
    const alert = page.getByRole('alert').filter({ hasText: errors.title['precondition-failed'] });
    await alert.getByText(en.form.stale).waitFor();
    await alert.getByRole('button', { name: en.form.reload }).click();
    await alert.waitFor({ state: 'detached' });
    assert.equal(await field(en.users.phone).inputValue(), '+255 700 000 001');
    assert.equal(await field(en.users.otherNames).inputValue(), 'Joseph Peter');

    await field(en.users.otherNames).fill('Joseph');
    await field(en.users.otherNames).press('Enter');
    await page.getByRole('heading', { name: 'Joseph Kamau-Otieno' }).waitFor();
    await poll(async () => (await kinga.api(token, 'GET', `/users/${managerId}`)).body.otherNames === 'Joseph');
  });

  it('adds a user: the password is required, then the new user opens', async () => {
    await page.goto(`${kinga.url}/users/new`);
    await field(en.users.login).fill('nurse1');
    await field(en.users.lastName).fill('Wanjiru');
    await field(en.users.otherNames).fill('Grace');
    await save();
    await page.getByText(en.form.required).waitFor();
    await page.getByRole('textbox', { name: en.users.password, exact: true }).fill('secret123');
    await page.getByRole('checkbox', { name: 'Clerk', exact: true }).check();
    await page.getByRole('switch', { name: en.users.allDistrictsSwitch }).check();
    await save();
    await page.getByRole('heading', { name: 'Grace Wanjiru' }).waitFor();
    assert.match(page.url(), /\/users\/[0-9a-f-]{36}$/);
    assert.equal((await kinga.api(null, 'POST', '/auth/login', { login: 'nurse1', password: 'secret123' })).status, 200);
  });

  it('unlocks a user locked out by failed log-ins', async () => {
    for (let i = 0; i < 5; i++) await kinga.api(null, 'POST', '/auth/login', { login: 'receptionist', password: 'wrong' });
    await page.getByRole('navigation').getByRole('link', { name: en.nav.users, exact: true }).click();
    await page.getByRole('searchbox', { name: en.users.search }).fill('receptionist');
    await page.getByRole('link', { name: 'receptionist', exact: true }).click();
    await page.getByRole('button', { name: en.users.unlock }).click();
    await page.getByText(en.users.unlocked.replace('{{login}}', 'receptionist')).waitFor();
    assert.equal((await kinga.api(null, 'POST', '/auth/login', { login: 'receptionist', password: 'demo1234' })).status, 200);
  });

  it('duplicates a role, changes its rights by module, and deletes it', async () => {
    await page.getByRole('navigation').getByRole('link', { name: en.nav.roles, exact: true }).click();
    await page.getByRole('link', { name: 'Receptionist', exact: true }).click();
    await page.getByRole('button', { name: en.roles.duplicate }).click();
    const dialog = page.getByRole('dialog', { name: en.roles.duplicateTitle.replace('{{name}}', 'Receptionist') });
    await dialog.getByRole('textbox', { name: en.roles.newName }).fill('Front desk');
    await dialog.getByRole('textbox', { name: en.roles.newName }).press('Enter');
    await page.getByRole('heading', { name: 'Front desk' }).waitFor();

    const rights = strings('en', 'rights');
    await page.getByRole('button', { name: new RegExp(`^${rights.module.claim}`) }).click();
    await page.getByRole('checkbox', { name: en.roles.allOf.replace('{{module}}', rights.module.claim) }).check();
    await page.getByRole('checkbox', { name: `${rights['111001']} 111001` }).uncheck();
    await save();
    await page.getByText(en.roles.saved.replace('{{name}}', 'Front desk')).waitFor();
    const role = (await kinga.api(token, 'GET', '/roles?q=Front')).body.items[0];
    assert.ok(role.rights.includes(111011), 'all claim rights added');
    assert.ok(!role.rights.includes(111001), 'then one taken away');

    await page.getByRole('button', { name: en.action.delete }).click();
    const confirm = page.getByRole('dialog', { name: en.roles.deleteTitle.replace('{{name}}', 'Front desk') });
    await confirm.getByRole('button', { name: en.action.delete }).click();
    await page.getByRole('heading', { name: en.nav.roles, exact: true }).waitFor();
    assert.equal((await kinga.api(token, 'GET', '/roles?q=Front')).body.items.length, 0);
  });
});

async function poll(check: () => Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 100));
  }
}
