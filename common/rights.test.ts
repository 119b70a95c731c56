import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Rights, rightModules, rightsCatalogue, systemRoles, moduleOfRight } from './rights.ts';

const languages = ['en', 'fr', 'ne', 'sw'] as const;
type Labels = Record<string, unknown> & { module?: Record<string, unknown> };
const labels: Record<string, Labels> = Object.fromEntries(
  languages.map((lang) => [lang, JSON.parse(readFileSync(new URL(`./i18n/${lang}/rights.json`, import.meta.url), 'utf8')) as Labels]),
);

const catalogueCodes = new Set(rightsCatalogue.map((r) => r.code));

describe('rights catalogue', () => {
  test('codes are unique, in Rights and in the catalogue', () => {
    const codes = Object.values(Rights) as number[];
    assert.equal(new Set(codes).size, codes.length, 'two right names share a code');
    assert.equal(rightsCatalogue.length, codes.length);
    assert.equal(catalogueCodes.size, rightsCatalogue.length);
  });

  test('every code is a 6-digit integer', () => {
    for (const { code } of rightsCatalogue) {
      assert.ok(Number.isInteger(code) && code >= 100000 && code <= 999999, `bad code ${code}`);
    }
  });

  test('every right has a known module matching its code block', () => {
    for (const { code, module } of rightsCatalogue) {
      assert.ok((rightModules as readonly string[]).includes(module), `unknown module ${module} for ${code}`);
      assert.equal(moduleOfRight(code), module);
    }
    for (const m of rightModules)
      assert.ok(
        rightsCatalogue.some((r) => r.module === m),
        `module ${m} has no right`,
      );
  });

  test('the original platform rights keep their names and codes', () => {
    assert.deepEqual(
      {
        locationSearch: Rights.locationSearch,
        locationAdd: Rights.locationAdd,
        locationEdit: Rights.locationEdit,
        locationDelete: Rights.locationDelete,
        locationMove: Rights.locationMove,
        regionAdd: Rights.regionAdd,
        userSearch: Rights.userSearch,
        userAdd: Rights.userAdd,
        userEdit: Rights.userEdit,
        userDelete: Rights.userDelete,
        roleSearch: Rights.roleSearch,
        roleAdd: Rights.roleAdd,
        roleEdit: Rights.roleEdit,
        roleDelete: Rights.roleDelete,
        roleDuplicate: Rights.roleDuplicate,
      },
      {
        locationSearch: 121901,
        locationAdd: 121902,
        locationEdit: 121903,
        locationDelete: 121904,
        locationMove: 121905,
        regionAdd: 121906,
        userSearch: 121701,
        userAdd: 121702,
        userEdit: 121703,
        userDelete: 121704,
        roleSearch: 122001,
        roleAdd: 122002,
        roleEdit: 122003,
        roleDelete: 122004,
        roleDuplicate: 122005,
      },
    );
  });
});

describe('system roles', () => {
  test('the 12 openIMIS system roles with their IsSystem codes', () => {
    assert.deepEqual(
      systemRoles.map((r) => r.isSystem),
      [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 524288, 1048576],
    );
    assert.equal(new Set(systemRoles.map((r) => r.name)).size, 12);
  });

  test('every right given to a system role exists in the catalogue, without duplicates', () => {
    for (const role of systemRoles) {
      assert.ok(role.rights.length > 0, `${role.name} has no rights`);
      assert.equal(new Set(role.rights).size, role.rights.length, `${role.name} lists a right twice`);
      for (const code of role.rights) assert.ok(catalogueCodes.has(code), `${role.name}: unknown right ${code}`);
    }
  });

  test('every role keeps the platform rights it had', () => {
    const byName = new Map(systemRoles.map((r) => [r.name, new Set(r.rights)]));
    for (const role of systemRoles) assert.ok(byName.get(role.name)?.has(Rights.locationSearch), `${role.name} lost locationSearch`);
    assert.ok(byName.get('Manager')?.has(Rights.userSearch));
    for (const code of [Rights.userSearch, Rights.userAdd, Rights.userEdit]) assert.ok(byName.get('HF Administrator')?.has(code));
    for (const code of [121901, 121902, 121903, 121904, 121905, 121906]) assert.ok(byName.get('Scheme Administrator')?.has(code));
    const admin = byName.get('IMIS Administrator');
    for (const r of rightsCatalogue.filter((r) => ['user', 'role', 'location'].includes(r.module))) {
      assert.ok(admin?.has(r.code), `IMIS Administrator lacks ${r.code}`);
    }
  });

  test('a few seeded openIMIS grants (5_base_data.sql)', () => {
    const rightsOf = (name: string) => new Set(systemRoles.find((r) => r.name === name)?.rights);
    assert.ok(rightsOf('Claim Administrator').has(Rights.claimSubmit));
    assert.ok(rightsOf('Claim Administrator').has(Rights.claimRestore));
    assert.ok(rightsOf('Medical Officer').has(Rights.claimReview));
    assert.ok(rightsOf('Accountant').has(Rights.batchProcess));
    assert.ok(rightsOf('Accountant').has(Rights.fundingAdd));
    assert.ok(rightsOf('Scheme Administrator').has(Rights.renewalsUpload));
    assert.ok(!rightsOf('Claim Contributor').has(Rights.claimSubmit));
  });
});

describe('rights labels', () => {
  test('every catalogue code and module has a non-empty label in every language', () => {
    for (const lang of languages) {
      const l = labels[lang]!;
      for (const { code } of rightsCatalogue) {
        const label = l[String(code)];
        assert.ok(typeof label === 'string' && label.trim() !== '', `${lang}: no label for ${code}`);
      }
      for (const m of rightModules) {
        const label = l.module?.[m];
        assert.ok(typeof label === 'string' && label.trim() !== '', `${lang}: no label for module ${m}`);
      }
    }
  });

  test('the four language files have exactly the same keys, and no stray ones', () => {
    const keysOf = (l: Labels) => ({
      top: Object.keys(l).sort(),
      module: Object.keys(l.module ?? {}).sort(),
    });
    const en = keysOf(labels.en!);
    assert.deepEqual(en.top, ['module', ...[...catalogueCodes].map(String)].sort());
    assert.deepEqual(en.module, [...rightModules].sort());
    for (const lang of languages) assert.deepEqual(keysOf(labels[lang]!), en, `${lang} keys differ from en`);
  });

  test('Nepali labels are written in Devanagari', () => {
    for (const [key, value] of Object.entries(labels.ne!)) {
      if (key === 'module') continue;
      assert.match(String(value), /[\u0900-\u097F]/, `ne ${key}`);
    }
  });
});
