import type Database from 'better-sqlite3';
import type { BaseCurrencyChanged } from '../../shared/contract/imports';
import { baseCurrencyOf } from '../import/fx-conversion';
import { rebuildRollups } from '../query/rollups/rollup-maintenance';
import { writeSetting } from '../store/settings';
import { setFxRates, type MonthRate } from './fx-rates';

/**
 * Makes another currency the one every total is counted in, in one transaction. A rate on file
 * says what a unit was worth in the old base currency, so none of them holds in the new one: they
 * are set aside under the old base (fx_rate_set_aside) rather than left to convert lines into the
 * wrong money, and the rates set aside under the new one, if it was the base before, come back.
 * Lines in the new base currency are their own base amounts; every other line, the old base
 * currency's included, is converted at a rate brought back or waits for one, listed on the FX
 * rates page like any line without a rate.
 */
export function setBaseCurrency(db: Database.Database, currency: string): BaseCurrencyChanged {
  return db.transaction((): BaseCurrencyChanged => {
    const old = baseCurrencyOf(db);
    if (old === currency) return { baseCurrency: currency, ratesSetAside: 0, ratesBroughtBack: 0, linesWaiting: linesWaiting(db, currency) };
    writeSetting(db, 'base_currency', currency);
    const ratesSetAside = db
      .prepare(
        `INSERT INTO fx_rate_set_aside (base, month, currency, rate) SELECT ?, month, currency, rate FROM fx_rate WHERE true
         ON CONFLICT (base, month, currency) DO UPDATE SET rate = excluded.rate`,
      )
      .run(old).changes;
    db.prepare('DELETE FROM fx_rate').run();
    db.prepare(
      `UPDATE statement_line SET base_hi = CASE WHEN currency = @currency THEN amount_hi END, base_lo = CASE WHEN currency = @currency THEN amount_lo END`,
    ).run({ currency });
    rebuildRollups(db, db.prepare<[], number>('SELECT id FROM import_batch').pluck().all());
    const setAside = db.prepare<[string], MonthRate>('SELECT month, currency, rate FROM fx_rate_set_aside WHERE base = ?').all(currency);
    db.prepare('DELETE FROM fx_rate_set_aside WHERE base = ?').run(currency);
    // Converted as rates typed in now would be: lines, then only the rollup cells they count in.
    if (setAside.length > 0) setFxRates(db, setAside);
    return { baseCurrency: currency, ratesSetAside, ratesBroughtBack: setAside.length, linesWaiting: linesWaiting(db, currency) };
  })();
}

function linesWaiting(db: Database.Database, base: string): number {
  return db.prepare<[string], number>('SELECT COUNT(*) FROM statement_line WHERE base_hi IS NULL AND currency <> ?').pluck().get(base) ?? 0;
}
