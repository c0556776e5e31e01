/**
 * Imports whose lines an older version dated otherwise than this one reads their statement:
 * `read_again_for` names why reading the archived original again would change them, NULL for an
 * import read as this version reads it. 'apple-fiscal-months': an Apple financial or legacy
 * iTunes report read before a fiscal month (whole weeks, Sunday to Saturday, 28 or 35 days) counted
 * as the calendar month it is named for, found by a line still dated by such a span other than a
 * whole calendar month (fiscal February 2026 is 1–28 February). Its money sits partly in the month
 * before on the sale basis and in the month after on the reporting basis, and was converted at
 * that month's rate; no SQL can convert again exactly, so the lines are left as they are until the
 * user reads the statement again. Taking the migration again finds the same imports.
 */
export const migration026 = `
UPDATE import_batch SET read_again_for = 'apple-fiscal-months'
WHERE format IN ('apple-financial', 'itunes-sales-legacy') AND EXISTS (
  SELECT 1 FROM (
    SELECT printf('%04d-%02d-%02d', sale_start / 10000, sale_start / 100 % 100, sale_start % 100) AS first_day,
           printf('%04d-%02d-%02d', sale_end / 10000, sale_end / 100 % 100, sale_end % 100) AS last_day
    FROM statement_line WHERE import_id = import_batch.id
  )
  WHERE julianday(last_day) - julianday(first_day) IN (27, 34) AND strftime('%w', first_day) = '0'
    AND NOT (substr(first_day, 9) = '01' AND last_day = date(first_day, '+1 month', '-1 day'))
);
`;
