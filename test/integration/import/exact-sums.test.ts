import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROLLUPS } from '../../../src/main/query/rollups/rollup-definitions';
import { decimalUnits, importFile, openTempStore, storedQuantity, storedTotals, type TempStore } from './temp-store';

const HEADER = '"Date Inserted","Reporting Date","Sale Month","Store","Artist","Title","ISRC","UPC","Quantity","Team Percentage","Source Type","Country of Sale","Songwriter Royalties Withheld (USD)","Earnings (USD)","Recoup (USD)"';
const STORES = ['Spotify', 'Apple Music', 'iTunes', 'Deezer', 'TikTok', 'Amazon (Downloads)'];
const COUNTRIES = ['US', 'GB', 'DE', 'FR', 'JP', 'BR', 'OU', 'Narnia'];

interface Statement {
  text: string;
  /** Earned amount and quantity of each line that must be stored, by line number. */
  lines: Map<number, { units: bigint; quantity: bigint }>;
  /** Lines whose earnings are no number, quarantined in lenient mode. */
  unreadable: number[];
}

/**
 * A current-layout DistroKid export, every cell quoted as DistroKid writes it, with earnings of
 * 0 to 16 decimals, both signs, and whole parts up to 4 digits; a few lines have earnings that
 * are no number. `giants` lines of nearly 100 million dollars each share one store, country and
 * month, so that one rollup cell sums past 2^53 units of 1e-8. The expected figures are read
 * from the cell text here, digit by digit, not by the app.
 */
function statement(lineCount: number, seed: number, giants = 0): Statement {
  let s = seed;
  const next = (n: number) => ((s = (s * 1103515245 + 12345) & 0x7fffffff) % n);
  const digits = (n: number) => Array.from({ length: n }, () => next(10)).join('');
  const rows = [HEADER];
  const lines = new Map<number, { units: bigint; quantity: bigint }>();
  const unreadable: number[] = [];
  for (let i = 0; i < lineCount + giants; i++) {
    const lineNo = i + 2;
    const giant = i >= lineCount;
    const month = 1 + next(24);
    const sale = `${2023 + Math.floor((month - 1) / 12)}-${String(((month - 1) % 12) + 1).padStart(2, '0')}`;
    const song = next(300);
    const quantity = String(next(5000) - 100);
    const decimals = next(17);
    const whole = giant ? `9999${digits(4)}` : String(Number(digits(1 + next(4))));
    let earnings = `${next(4) === 0 && !giant ? '-' : ''}${whole}${decimals ? `.${digits(decimals)}` : ''}`;
    if (next(500) === 0 && !giant) {
      earnings = ['n/a', '1.2.3', '12abc'][next(3)]!;
      unreadable.push(lineNo);
    } else {
      lines.set(lineNo, { units: decimalUnits(earnings), quantity: BigInt(quantity) });
    }
    const store = giant ? 'Spotify' : STORES[next(STORES.length)]!;
    const country = giant ? 'US' : COUNTRIES[next(COUNTRIES.length)]!;
    const saleMonth = giant ? '2024-06' : sale;
    const cells = ['2025-01-05', `${saleMonth}-20`, saleMonth, store, `Artist ${song % 40}`, `Song ${song}`,
      `QZEXA24${String(song).padStart(5, '0')}`, '', quantity, '100', 'Song', country, '0', earnings, '0'];
    rows.push(cells.map((c) => `"${c}"`).join(','));
  }
  return { text: `${rows.join('\r\n')}\r\n`, lines, unreadable };
}

const sum = (values: Iterable<bigint>) => [...values].reduce((a, b) => a + b, 0n);

let store: TempStore | null = null;
afterEach(() => {
  store?.cleanup();
  store = null;
});

/** Imports the statement and checks every stored figure against the file's own text. */
async function importAndCompare(file: Statement, name: string): Promise<void> {
  store = openTempStore('tunemantra-exact-sums-');
  const path = join(store.dir, name);
  writeFileSync(path, file.text);
  const outcome = await importFile(store.db, path, { mode: 'lenient' });
  const { db } = store;

  const expectedTotal = sum([...file.lines.values()].map((l) => l.units));
  const expectedQuantity = sum([...file.lines.values()].map((l) => l.quantity));
  expect(outcome.status).toBe('imported');
  expect(outcome.imported).toBe(file.lines.size);
  expect(outcome.rejected).toBe(file.unreadable.length);
  expect(decimalUnits(outcome.amounts.USD!)).toBe(expectedTotal);
  expect(storedTotals(db)).toEqual({ USD: expectedTotal });
  expect(storedQuantity(db)).toBe(expectedQuantity);

  // Line by line: the stored halves recombine to what the cell said, under the line's own number.
  const stored = db.prepare('SELECT line_no, amount_hi, amount_lo, base_hi, base_lo, quantity FROM statement_line').safeIntegers(true).all() as
    { line_no: bigint; amount_hi: bigint; amount_lo: bigint; base_hi: bigint; base_lo: bigint; quantity: bigint }[];
  expect(stored).toHaveLength(file.lines.size);
  for (const row of stored) {
    const expected = file.lines.get(Number(row.line_no));
    expect(expected, `line ${row.line_no}`).toBeDefined();
    expect(row.amount_hi * 10n ** 8n + row.amount_lo).toBe(expected!.units);
    expect(row.base_hi * 10n ** 8n + row.base_lo).toBe(expected!.units);
    expect(row.quantity).toBe(expected!.quantity);
  }
  expect(db.prepare('SELECT line_no FROM rejected_line ORDER BY line_no').pluck().all()).toEqual(file.unreadable);

  // Every rollup, on each date basis, adds up to the same exact figures as the lines.
  for (const { table } of ROLLUPS) {
    const totals = db
      .prepare(`SELECT SUM(lines) AS lines, SUM(quantity) AS quantity, SUM(base_hi) AS hi, SUM(base_lo) AS lo FROM ${table} WHERE basis = 'sale'`)
      .safeIntegers(true)
      .get() as { lines: bigint; quantity: bigint; hi: bigint; lo: bigint };
    expect(totals.lines, table).toBe(BigInt(file.lines.size));
    expect(totals.quantity, table).toBe(expectedQuantity);
    expect(totals.hi * 10n ** 8n + totals.lo, table).toBe(expectedTotal);
  }
}

describe('an import stores exactly the sums its file prints', () => {
  it('for ordinary earnings, summed while the lines are written', async () => {
    // 12,007 lines, over 2 MB: read on a thread of its own, and the last batches are partial ones.
    await importAndCompare(statement(12_007, 7), 'distrokid-ordinary.csv');
  });

  it('for earnings too large to sum in a Number, which rebuild their rollups from the lines', async () => {
    // Under a megabyte: read on the writer's own thread.
    await importAndCompare(statement(3001, 11, 4), 'distrokid-large.csv');
  });
});
