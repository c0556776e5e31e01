import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decimalUnits, importFile, openTempStore, rowCount, storedQuantity, storedTotals, type TempStore } from '../temp-store';

/**
 * bandcamp-full-export.csv and bandcamp-export-with-taxes.csv are UTF-16LE with a BOM and CRLF
 * endings, as Bandcamp sends them; they were written with
 * `open(p, 'wb').write('\ufeff'.encode('utf-16-le') + text.encode('utf-16-le'))`.
 * Read them with `iconv -f UTF-16 -t UTF-8`.
 */
const FIXTURES = fileURLToPath(new URL('../../../fixtures/statements/bandcamp/', import.meta.url));
const FULL = join(FIXTURES, 'bandcamp-full-export.csv');

let store: TempStore;
beforeEach(() => {
  store = openTempStore();
});
afterEach(() => store.cleanup());

interface StoredLine {
  sale_start: number;
  sale_end: number;
  territory: string;
  sale_type: string;
  currency: string;
  quantity: number;
  amount_hi: number;
  recording_id: number | null;
  release_id: number | null;
  platform: string;
  extra_json: string | null;
}

function storedLine(db: TempStore['db'], lineNo: number): StoredLine {
  return db
    .prepare<[number], StoredLine>(
      `SELECT l.sale_start, l.sale_end, l.territory, l.sale_type, l.currency, l.quantity, l.amount_hi, l.recording_id,
         l.release_id, p.name AS platform, e.fields AS extra_json
       FROM statement_line l JOIN platform p ON p.id = l.platform_id LEFT JOIN line_extra e ON e.id = l.extra_id WHERE l.line_no = ?`,
    )
    .get(lineNo)!;
}

function allExtraJson(db: TempStore['db']): string {
  return (db.prepare('SELECT e.fields FROM statement_line l JOIN line_extra e ON e.id = l.extra_id').pluck().all() as (string | null)[]).join('\n');
}

const PERSONAL_TEXT = ['Lee, Ann', 'ann.lee@example.com', 'Jonas Müller', 'jonas@example.de', '+49 30 1234567', 'Hauptstraße 5', '10115', 'Oakland', 'Osaka'];

describe('Bandcamp full export (52 columns, UTF-16LE with BOM)', () => {
  it('imports sales, refunds and pending rows, skips the payout, and stores no buyer data by default', async () => {
    const outcome = await importFile(store.db, FULL);
    expect(outcome.status).toBe('imported');
    expect(outcome.format).toBe('Bandcamp');
    expect(outcome.variant).toBe('full export');
    expect(outcome.encoding).toBe('utf-16le');
    expect(outcome.unknownColumns).toEqual([]);
    // Nine rows below the header; line 4 is a payout.
    expect(outcome.lines).toBe(8);
    expect(outcome.imported).toBe(8);
    expect(outcome.amounts).toEqual({
      // 52.19 (two LPs)
      EUR: '52.19000000',
      // 7.65 + 0.17 (one cart) − 0.85 (refund printed negative) − 7.65 (reversal, quantity printed positive)
      // + 0.925 + 8.50 + 0.85 (the last two pending, fee "*") = 9.595; the −250.00 payout is not a sale
      USD: '9.59500000',
    });
    // 1 + 1 + 2 − 1 − 1 + 1 + 1 + 1
    expect(outcome.quantity).toBe(5);
    expect(storedTotals(store.db)).toEqual({ EUR: decimalUnits('52.19'), USD: decimalUnits('9.595') });
    expect(storedQuantity(store.db)).toBe(5n);
    expect(store.db.prepare('SELECT line_no FROM statement_line ORDER BY line_no').pluck().all()).toEqual([2, 3, 5, 6, 7, 8, 9, 10]);

    const lp = storedLine(store.db, 5);
    expect(lp).toMatchObject({
      sale_start: 20250307, sale_end: 20250307, territory: 'DE', sale_type: 'physical', currency: 'EUR',
      quantity: 2, amount_hi: 5_219_000_000, recording_id: null, platform: 'Bandcamp',
    });
    expect(JSON.parse(lp.extra_json!)).toMatchObject({ package: '12" Vinyl LP', option: 'Black', shipping: '12.00', transaction_fee: '2.31' });
    expect(storedLine(store.db, 3)).toMatchObject({ sale_type: 'download', territory: 'US', sale_start: 20250302 });
    // Fee blank on the first item of a cart, printed on the last, "*" while pending: kept as printed.
    expect(JSON.parse(storedLine(store.db, 2).extra_json!)).not.toHaveProperty('transaction_fee');
    expect(JSON.parse(storedLine(store.db, 3).extra_json!)).toMatchObject({ transaction_fee: '0.68' });
    expect(JSON.parse(storedLine(store.db, 10).extra_json!)).toMatchObject({ transaction_fee: '*' });
    // The refund (track url) is a recording, the reversal (album url) a release; both negative once.
    expect(storedLine(store.db, 6)).toMatchObject({ quantity: -1, amount_hi: -85_000_000, sale_type: 'download' });
    expect(storedLine(store.db, 6).recording_id).not.toBeNull();
    expect(storedLine(store.db, 7)).toMatchObject({ quantity: -1, amount_hi: -765_000_000, recording_id: null });

    const extras = allExtraJson(store.db);
    for (const text of PERSONAL_TEXT) expect(extras).not.toContain(text);
    for (const line of [2, 5, 8]) {
      const extra = JSON.parse(storedLine(store.db, line).extra_json!) as Record<string, string>;
      for (const key of ['buyer_name', 'buyer_email', 'buyer_phone', 'ship_to_street', 'ship_to_zip', 'city']) {
        expect(extra).not.toHaveProperty(key);
      }
    }
    // Buyers are not taken for artists either.
    expect(store.db.prepare('SELECT name FROM artist').pluck().all()).toEqual(['Lumen Drift']);
  });

  it('keeps buyer name, e-mail and address when the user opted in', async () => {
    const outcome = await importFile(store.db, FULL, { keepPersonalData: true });
    expect(outcome.status).toBe('imported');
    expect(JSON.parse(storedLine(store.db, 2).extra_json!)).toMatchObject({
      buyer_name: 'Lee, Ann', buyer_email: 'ann.lee@example.com', city: 'Oakland',
    });
    expect(JSON.parse(storedLine(store.db, 5).extra_json!)).toMatchObject({
      buyer_phone: '+49 30 1234567', ship_to_name: 'Jonas Müller', ship_to_street: 'Hauptstraße 5', ship_to_zip: '10115',
      ship_to_country_code: 'DE',
    });
    expect(outcome.amounts).toEqual({ EUR: '52.19000000', USD: '9.59500000' });
  });

  it('rejects a line whose net amount is not a number (strict), naming the line', async () => {
    const bytes = readFileSync(FULL);
    expect([...bytes.subarray(0, 2)]).toEqual([0xff, 0xfe]);
    // ignoreBOM keeps the mark in the text, so the copy is written with it too.
    const text = new TextDecoder('utf-16le', { ignoreBOM: true }).decode(bytes);
    expect(text.split(',0.925,')).toHaveLength(2);
    const path = join(store.dir, 'bandcamp-bad-money.csv');
    writeFileSync(path, Buffer.from(text.replace(',0.925,', ',0.92.5,'), 'utf16le'));
    const outcome = await importFile(store.db, path);
    expect(outcome.status).toBe('rejected');
    expect(outcome.message).toContain('bandcamp-bad-money.csv line 8:');
    expect(outcome.message).toMatch(/column "net amount": "0\.92\.5" is not a number/);
    expect(rowCount(store.db, 'statement_line')).toBe(0);
  });
});

describe('other Bandcamp exports', () => {
  it('reads a newer UTF-16LE export with fan contribution and seller/marketplace tax', async () => {
    const outcome = await importFile(store.db, join(FIXTURES, 'bandcamp-export-with-taxes.csv'));
    expect(outcome.status).toBe('imported');
    expect(outcome.variant).toBe('full export (fan contribution, seller/marketplace tax)');
    expect(outcome.unknownColumns).toEqual([]);
    // Line 3 is a revenue-share row.
    expect(outcome.lines).toBe(2);
    expect(outcome.imported).toBe(2);
    // 8.36 USD (album incl. a 3.00 fan contribution); 1.62 AUD (track)
    expect(outcome.amounts).toEqual({ AUD: '1.62000000', USD: '8.36000000' });
    // 1 + 1
    expect(outcome.quantity).toBe(2);
    expect(storedTotals(store.db)).toEqual({ AUD: decimalUnits('1.62'), USD: decimalUnits('8.36') });
    const album = storedLine(store.db, 2);
    expect(album).toMatchObject({ sale_start: 20251104, territory: 'US', sale_type: 'download', currency: 'USD' });
    expect(JSON.parse(album.extra_json!)).toMatchObject({
      additional_fan_contribution: '3.00', marketplace_tax: '0.87', tax_rate: '8.7', seller_tax: '0.00',
    });
    expect(allExtraJson(store.db)).not.toMatch(/pat@example\.com|Pat Kim|Rowan Hill|Hobart/);
  });

  it('reads the short 17-column UTF-8 export: payout and pending heading skipped, refund negative', async () => {
    const outcome = await importFile(store.db, join(FIXTURES, 'bandcamp-short-export.csv'));
    expect(outcome.status).toBe('imported');
    expect(outcome.variant).toBe('short export');
    expect(outcome.encoding).toBe('utf-8');
    expect(outcome.unknownColumns).toEqual([]);
    expect(outcome.lines).toBe(4);
    expect(outcome.imported).toBe(4);
    // GBP: 1.32. USD: 5.44 − 5.44 (refund, quantity printed 1) + 0.80 (pending, fee "*")
    expect(outcome.amounts).toEqual({ GBP: '1.32000000', USD: '0.80000000' });
    // 1 + 2 − 1 + 1
    expect(outcome.quantity).toBe(3);
    expect(storedTotals(store.db)).toEqual({ GBP: decimalUnits('1.32'), USD: decimalUnits('0.8') });
    // No country column in this export: the territory is unknown.
    expect(storedLine(store.db, 3)).toMatchObject({ territory: 'ZZ', sale_start: 20260104, currency: 'GBP', quantity: 2 });
    expect(storedLine(store.db, 5)).toMatchObject({ quantity: -1, amount_hi: -544_000_000 });
    // Line 4 is the payout, line 6 the "pending payments" heading; line 7 is pending and still a sale.
    expect(store.db.prepare('SELECT line_no FROM statement_line ORDER BY line_no').pluck().all()).toEqual([2, 3, 5, 7]);
    expect(JSON.parse(storedLine(store.db, 7).extra_json!)).toMatchObject({ transaction_fee: '*' });
  });
});
