import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decimalUnits, importFile, openTempStore, rowCount, storedQuantity, storedTotals, type TempStore } from '../temp-store';

const FIXTURES = fileURLToPath(new URL('../../../fixtures/statements/apple/', import.meta.url));

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
  amount_hi: number;
  amount_lo: number;
  recording_id: number | null;
  release_id: number | null;
  platform: string;
  extra_json: string | null;
}

function storedLine(lineNo: number): StoredLine {
  return store.db
    .prepare<[number], StoredLine>(
      `SELECT l.sale_start, l.sale_end, l.reporting_day, l.territory, l.sale_type, l.currency, l.quantity, l.amount_hi,
         l.amount_lo, l.recording_id, l.release_id, p.name AS platform, e.fields AS extra_json
       FROM statement_line l JOIN platform p ON p.id = l.platform_id LEFT JOIN line_extra e ON e.id = l.extra_id WHERE l.line_no = ?`,
    )
    .get(lineNo)!;
}

function isrcOfLine(lineNo: number): string | null {
  return store.db
    .prepare<[number], { isrc: string | null }>(
      'SELECT r.isrc FROM statement_line l JOIN recording r ON r.id = l.recording_id WHERE l.line_no = ?',
    )
    .get(lineNo)!.isrc;
}

/** A copy of a fixture with one cell's text replaced, written into the temporary store folder. */
function withCell(fixture: string, from: string, to: string, name: string): string {
  const text = readFileSync(join(FIXTURES, fixture), 'utf8');
  expect(text.split(from)).toHaveLength(2);
  const path = join(store.dir, name);
  writeFileSync(path, text.replace(from, to));
  return path;
}

describe('Apple Music streaming detail', () => {
  it('reads period and currency from the preamble, both offline flags, storefront names and codes', async () => {
    const outcome = await importFile(store.db, join(FIXTURES, 'apple-music-streaming-detail.txt'));
    expect(outcome.status).toBe('imported');
    expect(outcome.format).toBe('Apple Music');
    expect(outcome.variant).toBe('streaming detail');
    expect(outcome.unknownColumns).toEqual([]);
    expect(outcome.lines).toBe(6);
    expect(outcome.imported).toBe(6);
    // 5.052000 + 1.263000 (the same track offline) + 1.397250 + .149310 + .005000 + .153000
    expect(outcome.amounts).toEqual({ EUR: '8.01956000' });
    // 1200 + 300 + 450 + 7 + 1 + 25
    expect(outcome.quantity).toBe(1983);
    expect(storedTotals(store.db)).toEqual({ EUR: decimalUnits('8.01956') });
    expect(storedQuantity(store.db)).toBe(1983n);

    const de = storedLine(8);
    expect(de).toMatchObject({
      sale_start: 20250301, sale_end: 20250331, reporting_day: 20250331, territory: 'DE', sale_type: 'stream',
      currency: 'EUR', quantity: 450, platform: 'Apple Music',
    });
    expect(JSON.parse(de.extra_json!)).toMatchObject({ net_royalty: '.003105', membership_type: 'Family', offline_indicator: '0' });
    expect(JSON.parse(storedLine(7).extra_json!)).toMatchObject({ offline_indicator: '1' });
    // Storefronts printed as an English name, an ISO-3 code and an ISO "official short name".
    expect([6, 9, 10, 11].map((n) => storedLine(n).territory)).toEqual(['US', 'JP', 'KR', 'GB']);
    // Line 9's ISRC column is blank; its Vendor Identifier is the ISRC in lower case.
    expect(isrcOfLine(9)).toBe('NLA1Z2600124');
    expect(rowCount(store.db, 'recording')).toBe(3);
  });

  it('rejects a line whose Net Royalty Total is not a number (strict), naming the line', async () => {
    const path = withCell('apple-music-streaming-detail.txt', '\t.149310\t', '\t.14931O\t', 'apple-streaming-bad.txt');
    const outcome = await importFile(store.db, path);
    expect(outcome.status).toBe('rejected');
    expect(outcome.message).toContain('apple-streaming-bad.txt line 9:');
    expect(outcome.message).toMatch(/column "Net Royalty Total": "\.14931O" is not a number/);
    expect(rowCount(store.db, 'statement_line')).toBe(0);
  });

  it('refuses every line when the preamble names no currency, saying so', async () => {
    const path = withCell('apple-music-streaming-detail.txt', 'Currency\tEUR\r\n', '', 'apple-streaming-no-currency.txt');
    const outcome = await importFile(store.db, path);
    expect(outcome.status).toBe('rejected');
    expect(outcome.message).toContain('apple-streaming-no-currency.txt line 5:');
    expect(outcome.message).toMatch(/"Currency" line above the header is missing/);
  });
});

describe('Apple financial report (downloads)', () => {
  it('reads sales and returns without negating twice, album lines at release level, and skips the trailer', async () => {
    const outcome = await importFile(store.db, join(FIXTURES, 'apple-financial-report.txt'));
    expect(outcome.status).toBe('imported');
    expect(outcome.format).toBe('Apple financial report');
    expect(outcome.variant).toBe('downloads');
    expect(outcome.unknownColumns).toEqual([]);
    // Six product lines; Total_Rows, Total_Amount and Total_Units are not.
    expect(outcome.lines).toBe(6);
    expect(outcome.imported).toBe(6);
    // 8.40 + 1.89 + 13.86 − 0.70 (printed negative) − 6.93 (an R printed positive) + 3.4650
    // = 19.985, the file's own Total_Amount.
    expect(outcome.amounts).toEqual({ USD: '19.98500000' });
    // 12 + 3 + 2 − 1 − 1 + 5 = 20, the file's own Total_Units.
    expect(outcome.quantity).toBe(20);
    expect(storedTotals(store.db)).toEqual({ USD: decimalUnits('19.985') });

    // Printed as Apple's fiscal February (2 Feb – 1 Mar 2025), filed as February, the span kept.
    const albumReturn = storedLine(6);
    expect(albumReturn).toMatchObject({
      sale_start: 20250201, sale_end: 20250228, territory: 'MX', sale_type: 'download', currency: 'USD',
      quantity: -1, amount_hi: -693_000_000, amount_lo: 0, recording_id: null, platform: 'iTunes',
    });
    expect(albumReturn.release_id).not.toBeNull();
    expect(JSON.parse(albumReturn.extra_json!)).toMatchObject({
      sales_or_return: 'R', product_type: 'I', customer_currency: 'MXN', apple_period: '2025-02-02 – 2025-03-01',
    });
    // The track return was printed −1 / −0.70 and stays so.
    expect(storedLine(5)).toMatchObject({ quantity: -1, amount_hi: -70_000_000 });
    expect(storedLine(4).recording_id).toBeNull();
    expect(isrcOfLine(3)).toBe('NLA1Z2600124');
    expect(store.db.prepare('SELECT title FROM release').pluck().all()).toEqual(['Lluvia de Mayo']);
  });

  it('rejects a line whose Extended Partner Share is not a number (strict), naming the line', async () => {
    const path = withCell('apple-financial-report.txt', '\t13.86\t', '\t13,86\t', 'apple-financial-bad.txt');
    const outcome = await importFile(store.db, path);
    expect(outcome.status).toBe('rejected');
    expect(outcome.message).toContain('apple-financial-bad.txt line 4:');
    expect(outcome.message).toMatch(/column "Extended Partner Share": "13,86" is not a number/);
    expect(rowCount(store.db, 'statement_line')).toBe(0);
  });
});

describe('legacy iTunes sales report', () => {
  it('earns Units × Royalty Price exactly, per royalty currency, returns negative once', async () => {
    const outcome = await importFile(store.db, join(FIXTURES, 'itunes-sales-legacy.txt'));
    expect(outcome.status).toBe('imported');
    expect(outcome.format).toBe('iTunes sales report (legacy)');
    expect(outcome.variant).toBe('27-column');
    expect(outcome.unknownColumns).toEqual([]);
    expect(outcome.lines).toBe(6);
    expect(outcome.imported).toBe(6);
    expect(outcome.amounts).toEqual({
      // 12 × 0.6251 = 7.5012; −2 × −0.6251 is a return printed with both signs: −1.2502
      EUR: '6.25100000',
      // 1 × 5.9500
      GBP: '5.95000000',
      // 3 × .693 = 2.079; −1 × .693 = −0.693; 7 × 0.70 = 4.90
      USD: '6.28600000',
    });
    // 3 + 12 + 1 − 1 − 2 + 7
    expect(outcome.quantity).toBe(20);
    expect(storedTotals(store.db)).toEqual({
      EUR: decimalUnits('6.251'), GBP: decimalUnits('5.95'), USD: decimalUnits('6.286'),
    });

    const doubleSigned = storedLine(6);
    expect(doubleSigned).toMatchObject({
      sale_start: 20090601, sale_end: 20090630, territory: 'FR', sale_type: 'download', currency: 'EUR',
      quantity: -2, amount_hi: -125_020_000, platform: 'iTunes',
    });
    expect(JSON.parse(doubleSigned.extra_json!)).toMatchObject({ royalty_price: '-0.6251', provider: 'APPLE' });
    // June 2009 printed as the calendar month, not a fiscal one: kept as printed, with no span beside it.
    expect(JSON.parse(doubleSigned.extra_json!)).not.toHaveProperty('apple_period');
    expect(JSON.parse(storedLine(2).extra_json!)).toMatchObject({ royalty_price: '.693', customer_price: '.99' });
    // No ISRC: the album line is release-level; a lower-case ISRC in Vendor Identifier is an ISRC.
    expect(storedLine(4).recording_id).toBeNull();
    expect(isrcOfLine(7)).toBe('NLA1Z2600124');
  });

  it("files a line dated by Apple's fiscal June 2009 (31 May – 27 Jun) under June, the printed span kept", async () => {
    const text = readFileSync(join(FIXTURES, 'itunes-sales-legacy.txt'), 'utf8');
    const path = join(store.dir, 'itunes-fiscal-june.txt');
    writeFileSync(path, text.replaceAll('06/01/2009\t06/30/2009', '05/31/2009\t06/27/2009'));
    expect(await importFile(store.db, path)).toMatchObject({ status: 'imported', imported: 6, saleFrom: '2009-06-01', saleTo: '2009-06-30' });
    const line = storedLine(6);
    expect(line).toMatchObject({ sale_start: 20090601, sale_end: 20090630, reporting_day: 20090630 });
    expect(JSON.parse(line.extra_json!)).toMatchObject({ royalty_price: '-0.6251', apple_period: '2009-05-31 – 2009-06-27' });
  });

  it('rejects a line whose Royalty Price is not a number (strict), naming the line', async () => {
    const path = withCell('itunes-sales-legacy.txt', '\t3\t.693\t', '\t3\t0.69.3\t', 'itunes-legacy-bad.txt');
    const outcome = await importFile(store.db, path);
    expect(outcome.status).toBe('rejected');
    expect(outcome.message).toContain('itunes-legacy-bad.txt line 2:');
    expect(outcome.message).toMatch(/column "Royalty Price": "0\.69\.3" is not a number/);
    expect(rowCount(store.db, 'statement_line')).toBe(0);
  });
});
