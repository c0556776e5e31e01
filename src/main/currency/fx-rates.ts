import type Database from 'better-sqlite3';
import { joinAmount } from '../../shared/money/exact-amount';
import { baseCurrencyOf, converted } from '../import/fx-conversion';
import { importsWithLines, rebuildRollups } from '../query/rollups/rollup-maintenance';

export interface MonthRate {
  /** yyyymm */
  month: number;
  currency: string;
  rate: string;
}

/**
 * Saves monthly rates and converts, exactly, every line of those months and currencies that the
 * new rates now cover; lines without a rate stay out of base-currency totals until one exists.
 */
export function setFxRates(db: Database.Database, rates: MonthRate[]): { saved: number; linesConverted: number } {
  const base = baseCurrencyOf(db);
  const upsert = db.prepare('INSERT INTO fx_rate (month, currency, rate) VALUES (?, ?, ?) ON CONFLICT (month, currency) DO UPDATE SET rate = excluded.rate');
  // A month's lines through the sale-day index (sale_month is sale_start's month): statement_line
  // has no index by currency or month, and would be read whole once per rate.
  const ofMonth = 'currency = ? AND sale_start BETWEEN ? * 100 + 1 AND ? * 100 + 31';
  const lines = db
    .prepare<[string, number, number], { id: number; amount_hi: bigint; amount_lo: bigint }>(
      `SELECT id, amount_hi, amount_lo FROM statement_line WHERE ${ofMonth}`,
    )
    .safeIntegers(true);
  const update = db.prepare('UPDATE statement_line SET base_hi = ?, base_lo = ? WHERE id = ?');
  return db.transaction(() => {
    let linesConverted = 0;
    const touched = new Set<number>();
    for (const r of rates) {
      if (r.currency === base) continue;
      upsert.run(r.month, r.currency, r.rate);
      for (const id of importsWithLines(db, ofMonth, r.currency, r.month, r.month)) touched.add(id);
      for (const line of lines.all(r.currency, r.month, r.month)) {
        const inBase = converted(joinAmount(line.amount_hi, line.amount_lo), r.rate);
        update.run(inBase?.hi ?? null, inBase?.lo ?? null, line.id);
        if (inBase) linesConverted++;
      }
    }
    rebuildRollups(db, [...touched]);
    return { saved: rates.filter((r) => r.currency !== base).length, linesConverted };
  })();
}

export function listFxRates(db: Database.Database) {
  const rates = db.prepare<[], { month: number; currency: string; rate: string }>('SELECT month, currency, rate FROM fx_rate ORDER BY month DESC, currency').all();
  const missing = db
    .prepare<[], { month: number; currency: string; lines: number }>(
      // A platform rollup cell holds lines of one sale month and currency, which one rate converts
      // or none does: its base is NULL exactly when none of its lines has one. Read there, not
      // from every line of the store.
      `SELECT month, currency, SUM(lines) AS lines FROM rollup_month_platform
       WHERE basis = 'sale' AND base_hi IS NULL GROUP BY month, currency ORDER BY month DESC, currency`,
    )
    .all();
  const month = (m: number) => `${Math.floor(m / 100)}-${String(m % 100).padStart(2, '0')}`;
  return {
    baseCurrency: baseCurrencyOf(db),
    rates: rates.map((r) => ({ ...r, month: month(r.month) })),
    missing: missing.map((m) => ({ ...m, month: month(m.month) })),
  };
}

/** `month,currency,rate` with a header line; months as YYYY-MM. Errors name the line. */
export function parseRatesCsv(text: string): MonthRate[] {
  const rows = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const rates: MonthRate[] = [];
  rows.forEach((row, index) => {
    const cells = row.split(/[,;\t]/).map((c) => c.trim().replace(/^"|"$/g, ''));
    if (row.trim() === '' || (index === 0 && !/^\d{4}-\d{2}$/.test(cells[0] ?? ''))) return;
    const [month, currency, rate, ...rest] = cells;
    if (!month || !/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw new Error(`line ${index + 1}: "${month ?? ''}" is not a month as YYYY-MM`);
    if (!currency || !/^[A-Za-z]{3}$/.test(currency)) throw new Error(`line ${index + 1}: "${currency ?? ''}" is not a currency code`);
    if (!rate || !/^\d+(\.\d{1,12})?$/.test(rate)) throw new Error(`line ${index + 1}: "${rate ?? ''}" is not a positive decimal rate`);
    if (!/[1-9]/.test(rate)) throw new Error(`line ${index + 1}: a rate of zero would make the lines of ${month} in ${currency.toUpperCase()} worth nothing`);
    // A decimal comma splits the rate in two (1,0842 would be read as 1); a separator left at the end adds only an empty cell.
    if (rest.some((cell) => cell !== '')) {
      throw new Error(`line ${index + 1}: ${cells.length} cells where 3 are expected (month,currency,rate); write decimals with a dot, as in 1.0842`);
    }
    rates.push({ month: Number(month.replace('-', '')), currency: currency.toUpperCase(), rate });
  });
  if (rates.length === 0) throw new Error('the file holds no rates (expected lines like 2024-03,EUR,1.0842)');
  return rates;
}
