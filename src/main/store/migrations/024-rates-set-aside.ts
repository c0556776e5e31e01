/**
 * Rates set aside when the base currency changes, under the base they were in: each says what a
 * unit was worth in that base, so none holds in another, yet typing them in again would be the
 * price of a change tried and taken back. Changing back to that base brings them back.
 */
export const migration024 = `
CREATE TABLE IF NOT EXISTS fx_rate_set_aside (
  base      TEXT NOT NULL,
  month     INTEGER NOT NULL,   -- yyyymm
  currency  TEXT NOT NULL,
  rate      TEXT NOT NULL,      -- exact decimal: 1 unit of currency in the base currency
  PRIMARY KEY (base, month, currency)
) STRICT, WITHOUT ROWID;
`;
