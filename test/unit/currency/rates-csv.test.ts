import { describe, expect, it } from 'vitest';
import { parseRatesCsv } from '../../../src/main/currency/fx-rates';
import { FxRate } from '../../../src/shared/contract/imports';

/** The FX page's `month,currency,rate` file: a header line, then one rate a line; a bad line refuses the file, naming it. */
describe('reading a rates CSV', () => {
  it('reads each line after the header, every digit of the rate kept, the currency in capitals', () => {
    const csv = '\uFEFFmonth,currency,rate\r\n2024-05,EUR,1.083712345678\r\n2024-06, gbp ,1.27\r\n\r\n2024-06;JPY;0.0065\n2024-07\tEUR\t1.0712,\n';
    expect(parseRatesCsv(csv)).toEqual([
      { month: 202405, currency: 'EUR', rate: '1.083712345678' },
      { month: 202406, currency: 'GBP', rate: '1.27' },
      { month: 202406, currency: 'JPY', rate: '0.0065' },
      // A separator left at the end of a line (as spreadsheets save them) adds no cell.
      { month: 202407, currency: 'EUR', rate: '1.0712' },
    ]);
  });

  it.each([
    ['a month that is not YYYY-MM', 'June,EUR,1.07', /^line 3: "June" is not a month as YYYY-MM$/],
    ['a thirteenth month', '2024-13,EUR,1.07', /^line 3: "2024-13" is not a month as YYYY-MM$/],
    ['month zero', '2024-00,EUR,1.07', /^line 3: "2024-00" is not a month as YYYY-MM$/],
    ['a currency that is no code', '2024-06,Euro,1.07', /^line 3: "Euro" is not a currency code$/],
    ['a negative rate', '2024-06,EUR,-1.07', /^line 3: "-1.07" is not a positive decimal rate$/],
    ['no rate', '2024-06,EUR,', /^line 3: "" is not a positive decimal rate$/],
    ['a rate of zero', '2024-06,EUR,0.000', /^line 3: a rate of zero would make the lines of 2024-06 in EUR worth nothing$/],
    ['a rate with a decimal comma', '2024-06,EUR,1,0712', /^line 3: 4 cells where 3 are expected \(month,currency,rate\); write decimals with a dot, as in 1\.0842$/],
    ['a quoted rate with a decimal comma', '2024-06,EUR,"1,0712"', /^line 3: 4 cells where 3 are expected/],
    ['semicolons and a rate split by a comma', '2024-06;EUR;1,07,12', /^line 3: "1,07,12" is not a positive decimal rate$/],
  ])('refuses the file at %s, naming the line', (_label, bad, reason) => {
    expect(() => parseRatesCsv(`month,currency,rate\n2024-05,EUR,1.08\n${bad}\n2024-07,EUR,1.09\n`)).toThrow(reason);
  });

  it('reads a file saved by a spreadsheet that writes decimal commas: semicolons between cells, a comma in the rate', () => {
    const csv = 'month;currency;rate\r\n2025-02;EUR;1,0413\r\n2025-01;GBP;"1,2349";\r\n2025-02\tJPY\t0,006541\r\n2025-03;EUR;1.0816\r\n';
    expect(parseRatesCsv(csv)).toEqual([
      { month: 202502, currency: 'EUR', rate: '1.0413' },
      { month: 202501, currency: 'GBP', rate: '1.2349' },
      { month: 202502, currency: 'JPY', rate: '0.006541' },
      { month: 202503, currency: 'EUR', rate: '1.0816' },
    ]);
  });

  it('refuses a file with no rates', () => {
    expect(() => parseRatesCsv('month,currency,rate\n\n')).toThrow('the file holds no rates (expected lines like 2024-03,EUR,1.0842)');
  });
});

describe('a rate as the contract takes it (the page editor and fx:set)', () => {
  const rate = (month: string, value: string) => FxRate.safeParse({ month, currency: 'EUR', rate: value }).success;

  it('takes a positive exact decimal for a real month', () => {
    expect(rate('2024-12', '1.0842')).toBe(true);
    expect(rate('2024-01', '0.000000000001')).toBe(true);
  });

  it('refuses a zero rate and a month that does not exist', () => {
    expect(rate('2024-04', '0')).toBe(false);
    expect(rate('2024-04', '0.000')).toBe(false);
    expect(rate('2024-13', '1.1')).toBe(false);
    expect(rate('2024-00', '1.1')).toBe(false);
  });
});
