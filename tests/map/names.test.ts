import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { nameSlug, namesLookAlike, normalizeName } from '../../src/core/map/names';

describe('normalizeName', () => {
  test('ignores case, surrounding spaces and punctuation', () => {
    const forms = ['Customer 360', '  customer 360 ', 'CUSTOMER-360.', '"Customer 360"', 'customer   360!', 'Customer_360'];
    expect(new Set(forms.map(normalizeName))).toEqual(new Set(['customer 360']));
  });

  test('keeps different names apart', () => {
    expect(normalizeName('Orders')).not.toBe(normalizeName('Order history'));
    expect(normalizeName('…')).toBe('');
  });

  test('is idempotent, and slugs are key-safe and one-to-one', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const na = normalizeName(a);
        expect(normalizeName(na)).toBe(na);
        expect(nameSlug(na)).not.toMatch(/[\s/>]/);
        if (na !== normalizeName(b)) expect(nameSlug(na)).not.toBe(nameSlug(normalizeName(b)));
      }),
    );
  });
});

describe('namesLookAlike', () => {
  test.each([
    ['customer 360', 'customer360', true],
    ['order', 'orders', true],
    ['customer 360', 'custmer 360', true],
    ['churn forecast', 'churn forcast', true],
    ['marketing campaign performance', 'marketing campain performanse', true],
    ['crm', 'erp', false],
    ['orders', 'returns', false],
    ['orders', 'orders', false],
  ])('%s ~ %s: %s', (a, b, expected) => {
    expect(namesLookAlike(a, b)).toBe(expected);
    expect(namesLookAlike(b, a)).toBe(expected);
  });
});
