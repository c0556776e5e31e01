import { describe, expect, it } from 'vitest';
import { MappingSpec, mappedColumns } from '../../../../src/shared/contract/column-mapping';
import { describeZodError } from '../../../../src/shared/contract/envelope';

const HEADER = ['Period', 'Store', 'Units', 'Net', 'Cur'];
const minimal = {
  headerRow: 1,
  header: HEADER,
  delimiter: ',',
  fields: {
    salePeriod: 'Period',
    platform: { kind: 'column', column: 'Store' },
    quantity: 'Units',
    amount: 'Net',
    currency: { kind: 'fixed', value: 'usd' },
  },
};

function problems(input: unknown): string {
  const result = MappingSpec.safeParse(input);
  if (result.success) throw new Error('expected the spec to be refused');
  return describeZodError(result.error);
}

describe('MappingSpec', () => {
  it('fills what may be left out and upper-cases a fixed currency', () => {
    const spec = MappingSpec.parse(minimal);
    expect(spec).toMatchObject({ specVersion: 1, encoding: null, sheet: null, decimalSeparator: '.', dateOrder: 'mdy' });
    expect(spec.fields).toMatchObject({ reportingDate: null, territory: null, isrc: null, saleType: null, currency: { kind: 'fixed', value: 'USD' } });
    expect(mappedColumns(spec.fields).map((m) => `${m.field}=${m.column}`)).toEqual(['salePeriod=Period', 'quantity=Units', 'amount=Net', 'platform=Store']);
  });

  it('refuses a column the header does not have, naming the field and the column', () => {
    expect(problems({ ...minimal, fields: { ...minimal.fields, amount: 'Gross' } })).toBe('fields.amount: "Gross" is not a column of the header row');
    expect(problems({ ...minimal, fields: { ...minimal.fields, currency: { kind: 'column', column: 'Currency' } } })).toMatch(/fields\.currency: "Currency" is not a column/);
  });

  it('refuses a missing required field, a bad currency code, an unknown sale type and stray keys', () => {
    const { quantity: _left, ...withoutQuantity } = minimal.fields;
    expect(problems({ ...minimal, fields: withoutQuantity })).toMatch(/^fields\.quantity:/);
    expect(problems({ ...minimal, fields: { ...minimal.fields, currency: { kind: 'fixed', value: 'US$' } } })).toMatch(/three-letter currency code/);
    expect(problems({ ...minimal, fields: { ...minimal.fields, saleType: { kind: 'fixed', value: 'radio' } } })).toMatch(/^fields\.saleType/);
    expect(problems({ ...minimal, extra: true })).toMatch(/extra/);
  });

  it('keeps the header within the rows the importer searches, with two named columns at least', () => {
    expect(problems({ ...minimal, headerRow: 21 })).toMatch(/^headerRow:/);
    expect(problems({ ...minimal, header: ['Period', '', ' '], fields: { ...minimal.fields } })).toMatch(/at least two named columns/);
    expect(problems({ ...minimal, delimiter: ':' })).toMatch(/^delimiter:/);
  });
});
