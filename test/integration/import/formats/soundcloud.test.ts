import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decimalUnits, importFile, openTempStore, rowCount, storedQuantity, storedTotals, type TempStore } from '../temp-store';

const FIXTURES = fileURLToPath(new URL('../../../fixtures/statements/soundcloud/', import.meta.url));
/** Neither the file's name nor its text says "SoundCloud". */
const STATEMENT = join(FIXTURES, 'royalty-statement-2025-05.csv');

let store: TempStore;
beforeEach(() => {
  store = openTempStore();
});
afterEach(() => store.cleanup());

interface StoredLine {
  sale_start: number;
  sale_end: number;
  reporting_day: number | null;
  territory: string;
  sale_type: string;
  currency: string;
  quantity: number;
  platform: string;
  extra_json: string | null;
}

function storedLine(lineNo: number): StoredLine {
  return store.db
    .prepare<[number], StoredLine>(
      `SELECT l.sale_start, l.sale_end, l.reporting_day, l.territory, l.sale_type, l.currency, l.quantity,
         p.name AS platform, e.fields AS extra_json
       FROM statement_line l JOIN platform p ON p.id = l.platform_id LEFT JOIN line_extra e ON e.id = l.extra_id WHERE l.line_no = ?`,
    )
    .get(lineNo)!;
}

describe('SoundCloud for Artists statement', () => {
  it('is recognised by its columns below the Account ID rows and read with Revenue (USD) as the amount', async () => {
    expect(readFileSync(STATEMENT, 'utf8')).not.toMatch(/soundcloud/i);
    const outcome = await importFile(store.db, STATEMENT);
    expect(outcome.status).toBe('imported');
    expect(outcome.format).toBe('SoundCloud for Artists');
    expect(outcome.variant).toBe('statement');
    expect(outcome.unknownColumns).toEqual([]);
    expect(outcome.lines).toBe(4);
    expect(outcome.imported).toBe(4);
    // 3.61200000 + 1.05555555 + 6.87512345 + 0.00004321
    expect(outcome.amounts).toEqual({ USD: '11.54272221' });
    // "1,204" + 310 + 2750 + 88
    expect(outcome.quantity).toBe(4352);
    expect(storedTotals(store.db)).toEqual({ USD: decimalUnits('11.54272221') });
    expect(storedQuantity(store.db)).toBe(4352n);

    // No partner: SoundCloud's own revenue.
    const own = storedLine(6);
    expect(own).toMatchObject({
      sale_start: 20250301, sale_end: 20250331, reporting_day: 20250501, territory: 'DE', sale_type: 'stream',
      currency: 'USD', quantity: 2750, platform: 'SoundCloud',
    });
    expect(JSON.parse(own.extra_json!)).toEqual({
      account_id: '6f1c2a9e-4b7d-4e21-9a53-0c8e7d2b1f44', label: 'Harbor Lights Records',
      revenue_share_percent: '80', split_pay_share_percent: '100',
      // The fixture's UPC ends in the wrong check digit: kept, and flagged.
      invalid_upc_check_digit: '0859712345671',
    });
    // A partner is the store the money came from.
    expect(storedLine(4)).toMatchObject({ platform: 'Spotify', territory: 'US', quantity: 1204 });
    expect(JSON.parse(storedLine(5).extra_json!)).toMatchObject({ partner: 'Apple Music', split_pay_share_percent: '50' });
    expect(storedLine(7)).toMatchObject({ territory: 'DE', sale_start: 20250201, sale_end: 20250228 });
  });

  it('rejects a line whose Revenue (USD) is not a number (strict), naming the line', async () => {
    const text = readFileSync(STATEMENT, 'utf8');
    expect(text.split(',1.05555555,')).toHaveLength(2);
    const path = join(store.dir, 'statement-bad-money.csv');
    writeFileSync(path, text.replace(',1.05555555,', ',n/a,'));
    const outcome = await importFile(store.db, path);
    expect(outcome.status).toBe('rejected');
    expect(outcome.message).toContain('statement-bad-money.csv line 5:');
    expect(outcome.message).toMatch(/column "Revenue \(USD\)": "n\/a" is not a number/);
    expect(rowCount(store.db, 'statement_line')).toBe(0);
  });

  it('still recognises the columns when a spreadsheet dropped the Account ID rows', async () => {
    const [, , ...rest] = readFileSync(STATEMENT, 'utf8').split('\r\n');
    const path = join(store.dir, 'statement-no-preamble.csv');
    writeFileSync(path, rest.join('\r\n'));
    const outcome = await importFile(store.db, path);
    expect(outcome.status).toBe('imported');
    expect(outcome.variant).toBe('statement (no Account ID rows above the header)');
    expect(outcome.amounts).toEqual({ USD: '11.54272221' });
    expect(JSON.parse(storedLine(4).extra_json!)).not.toHaveProperty('account_id');
  });
});
