import type Database from 'better-sqlite3';
import type { FxRatesSaved } from '../../shared/contract/imports';
import { joinAmount, parseAmount } from '../../shared/money/exact-amount';
import { baseCurrencyOf, converted } from '../import/fx-conversion';
import { resumCurrencyCells, type CurrencyCell } from '../query/rollups/rollup-maintenance';

export interface MonthRate {
  /** yyyymm */
  month: number;
  currency: string;
  rate: string;
}

/**
 * Saves monthly rates and converts, exactly, every line of those months and currencies that the
 * new rates now cover; lines without a rate stay out of base-currency totals until one exists.
 * A rates file is mostly re-imported unchanged (a label's yearly file, again): only the rates that
 * differ from the ones on file convert lines, each month's lines are read once for all of its
 * currencies, and only the rollup cells holding converted lines are summed again: their currency,
 * on the sale basis in the rate's month and on the reporting basis in the months they report in.
 * Lines a changed rate takes past what the store holds are counted apart: they leave base totals,
 * which moves the figures as much as a conversion does.
 */
export function setFxRates(db: Database.Database, rates: MonthRate[]): FxRatesSaved {
  const base = baseCurrencyOf(db);
  // A base-currency line is its own base amount: a rate for it would convert nothing.
  const given = rates.filter((r) => r.currency !== base);
  return db.transaction(() => {
    const changed = changedRates(db, given);
    const upsert = db.prepare('INSERT INTO fx_rate (month, currency, rate) VALUES (?, ?, ?) ON CONFLICT (month, currency) DO UPDATE SET rate = excluded.rate');
    for (const r of changed) upsert.run(r.month, r.currency, r.rate);
    const conversion = convertLines(db, changed);
    resumCurrencyCells(db, [...conversion.cells.values()]);
    return { saved: given.length, linesConverted: conversion.converted, linesUnconvertible: conversion.unconvertible };
  })();
}

/**
 * Whether a save wrote any line's base amount: converted it, converted it again, or took it out of
 * base totals at a rate too large for it. Each moves the figures open pages show.
 */
export function rewroteBaseAmounts(saved: FxRatesSaved): boolean {
  return saved.linesConverted + saved.linesUnconvertible > 0;
}

/**
 * The rates that differ from the ones on file, the last given for a month and currency counting,
 * as saving them in turn would leave it. One equal to the stored rate has nothing to convert: the
 * importer converts a line at the rate on file when it writes it (StatementLineWriter), so every
 * line of its month and currency is already at that rate, or stays unconverted at it because the
 * rate takes it past what the store holds, which saving it again would not change. Rates are
 * compared by value, as conversion reads them: 1.10 is the 1.1 on file, which keeps the spelling
 * it was first saved in.
 */
function changedRates(db: Database.Database, rates: MonthRate[]): MonthRate[] {
  const stored = db.prepare<[number, string], string>('SELECT rate FROM fx_rate WHERE month = ? AND currency = ?').pluck();
  const last = new Map<string, MonthRate>();
  for (const r of rates) last.set(`${r.month} ${r.currency}`, r);
  return [...last.values()].filter((r) => {
    const onFile = stored.get(r.month, r.currency);
    return onFile === undefined || parseAmount(onFile) !== parseAmount(r.rate);
  });
}

/** Each month's rates by currency. */
function ratesByMonth(rates: MonthRate[]): Map<number, Map<string, string>> {
  const months = new Map<number, Map<string, string>>();
  for (const r of rates) {
    const ofMonth = months.get(r.month) ?? new Map<string, string>();
    ofMonth.set(r.currency, r.rate);
    months.set(r.month, ofMonth);
  }
  return months;
}

/**
 * Converts the lines of each month and currency at its new rate, and says how many converted, how
 * many the rate takes past what the store holds, and which rollup cells hold them. A month's lines
 * are read once, through the sale-day index (sale_month is sale_start's month): statement_line has
 * no index by currency or month.
 */
function convertLines(db: Database.Database, rates: MonthRate[]): { converted: number; unconvertible: number; cells: Map<string, CurrencyCell> } {
  const linesOf = db
    .prepare<[number, number, string], { id: bigint; import_id: bigint; reporting_month: bigint | null; currency: string; amount_hi: bigint; amount_lo: bigint }>(
      `SELECT id, import_id, reporting_month, currency, amount_hi, amount_lo FROM statement_line
       WHERE sale_start BETWEEN ? * 100 + 1 AND ? * 100 + 31 AND currency IN (SELECT value FROM json_each(?))`,
    )
    .safeIntegers(true);
  const update = db.prepare('UPDATE statement_line SET base_hi = ?, base_lo = ? WHERE id = ?');
  let convertedLines = 0;
  let unconvertibleLines = 0;
  const cells = new Map<string, CurrencyCell>();
  const holds = (cell: CurrencyCell) => cells.set(`${cell.importId} ${cell.basis} ${cell.month} ${cell.currency}`, cell);
  for (const [month, rateOf] of ratesByMonth(rates)) {
    for (const line of linesOf.all(month, month, JSON.stringify([...rateOf.keys()]))) {
      const inBase = converted(joinAmount(line.amount_hi, line.amount_lo), rateOf.get(line.currency)!);
      update.run(inBase?.hi ?? null, inBase?.lo ?? null, line.id);
      const importId = Number(line.import_id);
      holds({ importId, basis: 'sale', month, currency: line.currency });
      if (line.reporting_month !== null) holds({ importId, basis: 'reporting', month: Number(line.reporting_month), currency: line.currency });
      if (inBase) convertedLines++;
      else unconvertibleLines++;
    }
  }
  return { converted: convertedLines, unconvertible: unconvertibleLines, cells };
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

/**
 * A rates line's cells. Spreadsheets set to a language that writes decimals with a comma (French,
 * German…) save CSV with semicolons, `2025-02;EUR;1,0413`: in a line split by semicolons or tabs
 * a comma can only be the rate's decimal comma. A separator left at the end adds no cell.
 */
function rateCells(row: string): string[] {
  const line = row.replace(/[,;\t\s]+$/, '');
  const cells = line.split(/[;\t]/).length > 1 ? line.split(/[;\t]/).map((c, i) => (i === 2 ? c.replace(/^(\s*"?\d+),(\d+"?\s*)$/, '$1.$2') : c)) : line.split(',');
  return cells.map((c) => c.trim().replace(/^"|"$/g, ''));
}

/** `month,currency,rate` with a header line (or `;`, decimal commas); months as YYYY-MM. Errors name the line. */
export function parseRatesCsv(text: string): MonthRate[] {
  const rows = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const rates: MonthRate[] = [];
  rows.forEach((row, index) => {
    const cells = rateCells(row);
    if (row.trim() === '' || (index === 0 && !/^\d{4}-\d{2}$/.test(cells[0] ?? ''))) return;
    const [month, currency, rate, ...rest] = cells;
    if (!month || !/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw new Error(`line ${index + 1}: "${month ?? ''}" is not a month as YYYY-MM`);
    if (!currency || !/^[A-Za-z]{3}$/.test(currency)) throw new Error(`line ${index + 1}: "${currency ?? ''}" is not a currency code`);
    if (!rate || !/^\d+(\.\d{1,12})?$/.test(rate)) throw new Error(`line ${index + 1}: "${rate ?? ''}" is not a positive decimal rate`);
    if (!/[1-9]/.test(rate)) throw new Error(`line ${index + 1}: a rate of zero would make the lines of ${month} in ${currency.toUpperCase()} worth nothing`);
    // In a comma-separated line a decimal comma splits the rate in two (1,0842 would be read as 1).
    if (rest.length > 0) {
      throw new Error(`line ${index + 1}: ${cells.length} cells where 3 are expected (month,currency,rate); write decimals with a dot, as in 1.0842`);
    }
    rates.push({ month: Number(month.replace('-', '')), currency: currency.toUpperCase(), rate });
  });
  if (rates.length === 0) throw new Error('the file holds no rates (expected lines like 2024-03,EUR,1.0842)');
  return rates;
}
