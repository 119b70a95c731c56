import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPackage, emptyContents, type PackageFacts } from './rules.ts';

const facts = (over: Partial<PackageFacts> = {}): PackageFacts => ({
  selfId: 'pkg',
  services: new Map([
    ['visit', 'S'],
    ['other-package', 'P'],
  ]),
  items: new Set(['tablet']),
  containedInPackage: false,
  ...over,
});

describe('service package rules (domain.md 1.3)', () => {
  test('1.3 a simple service contains nothing', () => {
    assert.deepEqual(checkPackage('S', emptyContents(), facts()), []);
    assert.deepEqual(checkPackage('S', { services: [], items: [{ itemId: 'tablet' }] }, facts()), [{ field: 'contents', code: 'package-simple-contents' }]);
  });

  test('1.3 a package (P) or fixed-price package (F) contains known simple services and items', () => {
    const contents = { services: [{ serviceId: 'visit', quantity: '1' }], items: [{ itemId: 'tablet', quantity: '10.5', priceOverride: '20' }] };
    assert.deepEqual(checkPackage('P', contents, facts()), []);
    assert.deepEqual(checkPackage('F', contents, facts()), []);
  });

  test('1.3 a package does not contain itself, another package, an unknown record, or one twice', () => {
    const contents = {
      services: [{ serviceId: 'pkg' }, { serviceId: 'other-package' }, { serviceId: 'gone' }, { serviceId: 'visit' }, { serviceId: 'visit' }],
      items: [{ itemId: 'tablet' }, { itemId: 'tablet' }, { itemId: 'nothing' }],
    };
    assert.deepEqual(
      checkPackage('P', contents, facts()).map((e) => `${e.field} ${e.code}`),
      [
        'contents.services.0.serviceId package-self',
        'contents.services.1.serviceId package-not-simple',
        'contents.services.2.serviceId unknown',
        'contents.services.4.serviceId repeated',
        'contents.items.1.itemId repeated',
        'contents.items.2.itemId unknown',
      ],
    );
  });

  test('1.3 quantities in a package are positive', () => {
    assert.deepEqual(checkPackage('P', { services: [{ serviceId: 'visit', quantity: '0' }], items: [] }, facts()), [
      { field: 'contents.services.0.quantity', code: 'exclusiveMinimum', params: { limit: 0 } },
    ]);
  });

  test('1.3 a service inside a package stays simple: packages are one level deep', () => {
    assert.deepEqual(checkPackage('P', emptyContents(), facts({ containedInPackage: true })), [{ field: 'packageType', code: 'package-contained' }]);
    assert.deepEqual(checkPackage('S', emptyContents(), facts({ containedInPackage: true })), []);
  });
});
