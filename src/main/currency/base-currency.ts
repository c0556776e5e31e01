import type Database from 'better-sqlite3';
import { WorkstationError } from '../../shared/contract/envelope';
import type { BaseCurrencyChanged } from '../../shared/contract/imports';
import { baseCurrencyOf } from '../import/fx-conversion';
import { beginRollupRebuild } from '../query/rollups/rollup-maintenance';
import { writeSetting } from '../store/settings';
import { WriteScope } from '../store/write-scope';
import { setFxRates, type MonthRate } from './fx-rates';

/**
 * How far a change of base currency is: lines given their new base amounts, then imports whose
 * rollups are summed again, then the rates set aside under the new base brought back (no count:
 * one pass over the rates).
 */
export type BaseCurrencyProgress =
  | { phase: 'converting lines' | 'summing imports'; done: number; total: number }
  | { phase: 'bringing back rates'; done: 0; total: null };

/** How a change of base currency hears a cancel and tells how far it is. */
export interface BaseCurrencySteps {
  isCancelled(): boolean;
  progress(progress: BaseCurrencyProgress): void;
}

/** Lines converted between two looks for a cancel: a step takes about 50 ms (2,000,000 lines a second). */
const LINES_A_STEP = 100_000;

/**
 * A turn of the event loop, where the writer hears a cancel, then stops if one came; the
 * transaction stays open across it.
 */
async function goOn(steps: BaseCurrencySteps): Promise<void> {
  await new Promise<void>((resolve) => setImmediate(resolve));
  if (steps.isCancelled()) throw new WorkstationError('cancelled', 'Changing the base currency was stopped; nothing was changed.');
}

/**
 * Makes another currency the one every total is counted in, in one transaction: stopped, failing
 * or cut short by a crash, it leaves the store as it was. A rate on file says what a unit was worth
 * in the old base currency, so none of them holds in the new one: they are set aside under the old
 * base (fx_rate_set_aside) rather than left to convert lines into the wrong money, and the rates
 * set aside under the new one, if it was the base before, come back. Lines in the new base
 * currency are their own base amounts; every other line, the old base currency's included, is
 * converted at a rate brought back or waits for one, listed on the FX rates page like any line
 * without a rate. Lines and imports are taken a step at a time, telling how far the change is and
 * hearing a cancel between steps.
 */
export async function setBaseCurrency(db: Database.Database, currency: string, steps: BaseCurrencySteps): Promise<BaseCurrencyChanged> {
  const scope = WriteScope.begin(db);
  try {
    const old = baseCurrencyOf(db);
    if (old === currency) {
      scope.commit();
      return { baseCurrency: currency, ratesSetAside: 0, ratesBroughtBack: 0, linesWaiting: linesWaiting(db, currency) };
    }
    writeSetting(db, 'base_currency', currency);
    const ratesSetAside = db
      .prepare(
        `INSERT INTO fx_rate_set_aside (base, month, currency, rate) SELECT ?, month, currency, rate FROM fx_rate WHERE true
         ON CONFLICT (base, month, currency) DO UPDATE SET rate = excluded.rate`,
      )
      .run(old).changes;
    db.prepare('DELETE FROM fx_rate').run();
    await convertLines(db, currency, steps);
    await sumImportsAgain(db, steps);
    const setAside = db.prepare<[string], MonthRate>('SELECT month, currency, rate FROM fx_rate_set_aside WHERE base = ?').all(currency);
    db.prepare('DELETE FROM fx_rate_set_aside WHERE base = ?').run(currency);
    // Converted as rates typed in now would be: lines, then only the rollup cells they count in.
    if (setAside.length > 0) {
      steps.progress({ phase: 'bringing back rates', done: 0, total: null });
      setFxRates(db, setAside);
    }
    const changed = { baseCurrency: currency, ratesSetAside, ratesBroughtBack: setAside.length, linesWaiting: linesWaiting(db, currency) };
    scope.commit();
    return changed;
  } finally {
    scope.rollback();
  }
}

/**
 * Sets every line's base amount to its amount when it is in the new base currency, else to NULL,
 * by ranges of ids: the rowid order the table is stored in, so each step reads its own pages.
 */
async function convertLines(db: Database.Database, currency: string, steps: BaseCurrencySteps): Promise<void> {
  const total = db.prepare<[], number>('SELECT COUNT(*) FROM statement_line').pluck().get() ?? 0;
  const first = db.prepare<[], number | null>('SELECT MIN(id) FROM statement_line').pluck().get() ?? 0;
  const last = db.prepare<[], number | null>('SELECT MAX(id) FROM statement_line').pluck().get() ?? -1;
  const convert = db.prepare(
    `UPDATE statement_line SET base_hi = CASE WHEN currency = @currency THEN amount_hi END, base_lo = CASE WHEN currency = @currency THEN amount_lo END
     WHERE id BETWEEN @from AND @to`,
  );
  let done = 0;
  steps.progress({ phase: 'converting lines', done, total });
  for (let from = first; from <= last; from += LINES_A_STEP) {
    await goOn(steps);
    done += convert.run({ currency, from, to: from + LINES_A_STEP - 1 }).changes;
    steps.progress({ phase: 'converting lines', done, total });
  }
}

/**
 * Every import's rollups summed again from its lines' new base amounts, a pass over an import's
 * lines a step: the imports done count whole, the one in hand by its share of passes, as a job over
 * files counts the file in hand.
 */
async function sumImportsAgain(db: Database.Database, steps: BaseCurrencySteps): Promise<void> {
  const importIds = db.prepare<[], number>('SELECT id FROM import_batch ORDER BY id').pluck().all();
  const rebuild = beginRollupRebuild(db, importIds);
  const total = importIds.length;
  steps.progress({ phase: 'summing imports', done: 0, total });
  for (const [index, importId] of importIds.entries()) {
    await goOn(steps);
    for (const share of rebuild.rebuildImport(importId)) {
      steps.progress({ phase: 'summing imports', done: index + share, total });
      if (share < 1) await goOn(steps);
    }
  }
  rebuild.finish();
}

function linesWaiting(db: Database.Database, base: string): number {
  return db.prepare<[string], number>('SELECT COUNT(*) FROM statement_line WHERE base_hi IS NULL AND currency <> ?').pluck().get(base) ?? 0;
}
