import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decimalUnits, importFile, openTempStore, rowCount, storedTotals, warningsBesideCheckDigits, type TempStore } from './temp-store';

const FIXTURES = fileURLToPath(new URL('../../fixtures/statements/', import.meta.url));
const APPLE = 'apple/apple-financial-report.txt';

let store: TempStore;
beforeEach(() => {
  store = openTempStore();
});
afterEach(() => store.cleanup());

/** A copy of a fixture with `from` replaced once, in the fixture's own bytes (Shift_JIS stays Shift_JIS). */
function edited(fixture: string, name: string, from: string, to: string): string {
  const text = readFileSync(join(FIXTURES, fixture), 'latin1');
  expect(text.split(from), from).toHaveLength(2);
  const path = join(store.dir, name);
  writeFileSync(path, Buffer.from(text.replace(from, to), 'latin1'));
  return path;
}

const checks = (outcome: { reconciliation: { checked: object[] } }) => outcome.reconciliation.checked;

describe("Apple financial report's trailer rows", () => {
  it('are checked against the import: rows, amount and units all agree, and are counted as skipped', async () => {
    const outcome = await importFile(store.db, join(FIXTURES, APPLE));
    expect(outcome).toMatchObject({ status: 'imported', lines: 6, skipped: 3 });
    // Its one warning is about its made-up barcode, not its totals.
    expect(outcome.warnings).toEqual([
      'Lines 2, 3, 4, 5, 6 and 1 more: UPC 0859712345671 is complete but its check digit does not verify (mistyped?); the release is filed under it as printed and the line is flagged.',
    ]);
    expect(checks(outcome)).toEqual([
      { label: 'Total_Rows', measure: 'lines', currency: null, line: 8, stated: '6', found: '6' },
      // 8.40 + 1.89 + 13.86 − 0.70 − 6.93 + 3.4650, in the report's one currency
      { label: 'Total_Amount', measure: 'amount', currency: 'USD', line: 9, stated: '19.985', found: '19.985' },
      // 12 + 3 + 2 − 1 − 1 + 5
      { label: 'Total_Units', measure: 'quantity', currency: null, line: 10, stated: '20', found: '20' },
    ]);
    expect(outcome.reconciliation.mismatches).toEqual([]);
  });

  it('a Total_Amount that disagrees refuses the file in strict mode, naming both figures', async () => {
    const path = edited(APPLE, 'apple-mismatch.txt', 'Total_Amount\t19.985', 'Total_Amount\t19.98');
    const outcome = await importFile(store.db, path);
    expect(outcome.status).toBe('rejected');
    expect(outcome.message).toBe(
      "apple-mismatch.txt line 9: the file's own totals disagree with its lines: the file states Total_Amount = 19.98 USD (line 9), " +
        'but the imported lines add up to 19.985 USD; nothing was imported.',
    );
    expect(outcome.reconciliation.mismatches).toEqual([expect.objectContaining({ label: 'Total_Amount', stated: '19.98', found: '19.985' })]);
    expect(rowCount(store.db, 'statement_line')).toBe(0);
    expect(rowCount(store.db, 'import_batch')).toBe(0);
  });

  it('and is a warning naming both figures in lenient mode', async () => {
    const path = edited(APPLE, 'apple-mismatch.txt', 'Total_Amount\t19.985', 'Total_Amount\t19.98');
    const outcome = await importFile(store.db, path, { mode: 'lenient' });
    expect(outcome.status).toBe('imported');
    expect(warningsBesideCheckDigits(outcome)).toEqual([
      "The file's own totals disagree with what was imported: the file states Total_Amount = 19.98 USD (line 9), but the imported lines add up to 19.985 USD.",
    ]);
    expect(storedTotals(store.db)).toEqual({ USD: decimalUnits('19.985') });
  });

  it('compares at the precision the file prints: 19.985 is 19.99 to the cent, exactly', async () => {
    const path = edited(APPLE, 'apple-cents.txt', 'Total_Amount\t19.985', 'Total_Amount\t19.99');
    const outcome = await importFile(store.db, path);
    expect(outcome.status).toBe('imported');
    expect(checks(outcome)[1]).toMatchObject({ stated: '19.99', found: '19.985' });
    expect(outcome.reconciliation.mismatches).toEqual([]);
  });

  it('names every disagreeing figure, the first one\'s line leading the refusal', async () => {
    const rows = edited(APPLE, 'apple-rows.txt', 'Total_Rows\t6', 'Total_Rows\t7');
    const text = readFileSync(rows, 'utf8').replace('Total_Units\t20', 'Total_Units\t21');
    writeFileSync(rows, text);
    const outcome = await importFile(store.db, rows);
    expect(outcome.status).toBe('rejected');
    expect(outcome.message).toContain('apple-rows.txt line 8: ');
    expect(outcome.message).toContain('the file states Total_Rows = 7 rows (line 8), but 6 statement lines were read');
    expect(outcome.message).toContain('the file states Total_Units = 21 units (line 10), but the imported lines add up to 20 units');
  });

  it('reads a trailer row shorter than the header as a trailer, not as a line cut short', async () => {
    const text = readFileSync(join(FIXTURES, APPLE), 'utf8').replace(/^(Total_\w+\t[\d.]+)\t*$/gm, '$1');
    expect(text).toContain('Total_Rows\t6\nTotal_Amount\t19.985\nTotal_Units\t20');
    const path = join(store.dir, 'apple-short-trailer.txt');
    writeFileSync(path, text);
    const outcome = await importFile(store.db, path);
    expect(outcome).toMatchObject({ status: 'imported', lines: 6, skipped: 3 });
    expect(outcome.reconciliation).toMatchObject({ mismatches: [] });
    expect(checks(outcome)).toHaveLength(3);
  });

  it('in lenient mode a quarantined line shows in the figures it leaves out, not in the row count', async () => {
    const path = edited(APPLE, 'apple-bad-line.txt', '\t13.86\t', '\t13,86\t');
    const outcome = await importFile(store.db, path, { mode: 'lenient' });
    expect(outcome).toMatchObject({ status: 'imported', lines: 6, imported: 5, rejected: 1 });
    expect(outcome.reconciliation.mismatches.map((c) => [c.label, c.stated, c.found])).toEqual([
      ['Total_Amount', '19.985', '6.125'],
      ['Total_Units', '20', '18'],
    ]);
    expect(warningsBesideCheckDigits(outcome)).toHaveLength(2);
  });

  it('a trailer figure that cannot be read refuses the file in strict mode and is a warning in lenient mode', async () => {
    const path = edited(APPLE, 'apple-unreadable.txt', 'Total_Amount\t19.985', 'Total_Amount\tn/a');
    const strict = await importFile(store.db, path);
    expect(strict.message).toBe(
      'apple-unreadable.txt line 9: the totals row cannot be read: column "Total_Amount": "n/a" is not a number; nothing was imported.',
    );
    const lenient = await importFile(store.db, path, { mode: 'lenient' });
    expect(lenient.status).toBe('imported');
    expect(warningsBesideCheckDigits(lenient)).toEqual([
      'Line 9: the totals row cannot be read: column "Total_Amount": "n/a" is not a number; the import was not checked against it.',
    ]);
    expect(checks(lenient).map((c) => (c as { label: string }).label)).toEqual(['Total_Rows', 'Total_Units']);
  });

  it('a total without a currency over lines in two currencies is a mismatch that says so', async () => {
    const path = edited(APPLE, 'apple-two-currencies.txt', '\t3.4650\tUSD\t', '\t3.4650\tEUR\t');
    const outcome = await importFile(store.db, path, { mode: 'lenient' });
    expect(outcome.reconciliation.mismatches).toEqual([
      { label: 'Total_Amount', measure: 'amount', currency: null, line: 9, stated: '19.985', found: '3.465 EUR + 16.520 USD' },
    ]);
    expect(warningsBesideCheckDigits(outcome)[0]).toMatch(/Total_Amount = 19\.985 \(line 9\) without naming a currency, but its lines are in several: 3\.465 EUR \+ 16\.520 USD/);
  });
});

describe('localised totals rows of distributor reports', () => {
  it('Believe (French): the "Total" row states the quantity and the net revenue, in decimal commas', async () => {
    const outcome = await importFile(store.db, join(FIXTURES, 'believe/believe-ventes-fr.csv'));
    expect(outcome).toMatchObject({ status: 'imported', lines: 4, skipped: 1 });
    expect(checks(outcome)).toEqual([
      // 1520 + 1.234 (a thousands dot) − 1 + 25000
      { label: 'Total (Quantité)', measure: 'quantity', currency: null, line: 7, stated: '27753', found: '27753' },
      // 4,0052 + 3,04181 − 0,693 + 0,2125
      { label: 'Total (Revenu net)', measure: 'amount', currency: 'EUR', line: 7, stated: '6.56651', found: '6.56651' },
    ]);
    expect(outcome.reconciliation.mismatches).toEqual([]);
  });

  it('Believe: a "Total" row that disagrees is refused in strict mode with both figures', async () => {
    const path = edited('believe/believe-ventes-fr.csv', 'believe-off.csv', ';6,56651;', ';6,56;');
    const outcome = await importFile(store.db, path);
    expect(outcome.status).toBe('rejected');
    expect(outcome.message).toContain('the file states Total (Revenu net) = 6.56 EUR (line 7), but the imported lines add up to 6.56651 EUR');
  });

  it('Kontor: the German "Gesamt" row states units and royalties in euros', async () => {
    const outcome = await importFile(store.db, join(FIXTURES, 'kontor/kontor-sales.csv'));
    expect(outcome).toMatchObject({ status: 'imported', lines: 4, skipped: 1 });
    expect(checks(outcome)).toEqual([
      // 4000 + 950 + 1 − 1
      { label: 'Gesamt (Units)', measure: 'quantity', currency: null, line: 7, stated: '4950', found: '4950' },
      // 12.345678 + 2.5 + 5.60 − 5.60
      { label: 'Gesamt (Royalties)', measure: 'amount', currency: 'EUR', line: 7, stated: '14.845678', found: '14.845678' },
    ]);
  });

  it('TuneCore Japan: the 合計 row of a Shift_JIS report states the quantity and the yen distributed', async () => {
    const outcome = await importFile(store.db, join(FIXTURES, 'tunecore-japan/tunecore-japan-sales.csv'));
    expect(outcome).toMatchObject({ status: 'imported', lines: 4, skipped: 1 });
    expect(checks(outcome)).toEqual([
      // 3200 + 410 − 1 + 52000
      { label: '合計 (数量)', measure: 'quantity', currency: null, line: 7, stated: '55609', found: '55609' },
      // 896.5 + 187.25 − 175 + 364.0001
      { label: '合計 (分配金額)', measure: 'amount', currency: 'JPY', line: 7, stated: '1272.7501', found: '1272.7501' },
    ]);
  });

  it('TuneCore Japan: a units total that disagrees is a lenient-mode warning', async () => {
    const path = edited('tunecore-japan/tunecore-japan-sales.csv', 'tcj-off.csv', ',55609,', ',55610,');
    const outcome = await importFile(store.db, path, { mode: 'lenient' });
    expect(outcome.status).toBe('imported');
    expect(warningsBesideCheckDigits(outcome)).toEqual([expect.stringContaining('= 55610 units (line 7), but the imported lines add up to 55609 units')]);
  });
});

describe('rows the pipeline skips before checking their width', () => {
  it('totals and trailer rows in several languages, however short, are skipped and counted, never rejected', async () => {
    const text = readFileSync(join(FIXTURES, 'distrokid-legacy.tsv'), 'utf8');
    const path = join(store.dir, 'distrokid-with-totals.tsv');
    writeFileSync(path, `${text}Totaal\t12.74\nTotale\nTotal général\t\t\t12,74\nGesamt:\nTotal_Earnings\t12.74358024679\n合計\n`);
    const plain = await importFile(store.db, join(FIXTURES, 'distrokid-legacy.tsv'), { dryRun: true });
    const outcome = await importFile(store.db, path);
    expect(outcome).toMatchObject({ status: 'imported', lines: plain.lines, imported: plain.imported, amounts: plain.amounts, skipped: 6 });
    // DistroKid prints no totals of its own, so there is nothing to check them against.
    expect(outcome.reconciliation).toEqual({ checked: [], mismatches: [] });
  });

  it('Bandcamp\'s one-cell "pending payments" heading is a heading, not a line cut short', async () => {
    const path = edited('bandcamp/bandcamp-short-export.csv', 'bandcamp-heading.csv', 'pending payments,,,,,,,,,,,,,,,,', 'pending payments');
    const outcome = await importFile(store.db, path);
    // As the fixture with the heading spelt out to the full width: the payout and the heading skipped.
    expect(outcome).toMatchObject({ status: 'imported', lines: 4, imported: 4, skipped: 2, amounts: { GBP: '1.32000000', USD: '0.80000000' } });
  });

  it('a lone date where the heading was is still a line cut short', async () => {
    const path = edited('bandcamp/bandcamp-short-export.csv', 'bandcamp-cut.csv', 'pending payments,,,,,,,,,,,,,,,,', '1/31/26 11:59pm');
    const outcome = await importFile(store.db, path);
    expect(outcome.status).toBe('rejected');
    expect(outcome.message).toContain('bandcamp-cut.csv line 6: expected 17 columns, found 1 (is the file cut short?)');
  });
});
