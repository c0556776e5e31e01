/**
 * The periods an import covers, kept on the batch so overlap checks and the history do not scan
 * the facts, and the basis a DistroKid-style export was cut on: a "sales date" report spans one
 * sale month across many reporting dates, a "reporting date" report the other way round.
 */
export const migration003 = `
ALTER TABLE import_batch ADD COLUMN sale_from INTEGER;
ALTER TABLE import_batch ADD COLUMN sale_to INTEGER;
ALTER TABLE import_batch ADD COLUMN reporting_from INTEGER;
ALTER TABLE import_batch ADD COLUMN reporting_to INTEGER;
ALTER TABLE import_batch ADD COLUMN period_basis TEXT NOT NULL DEFAULT 'unknown'
  CHECK (period_basis IN ('sale', 'reporting', 'unknown'));
UPDATE import_batch SET
  sale_from = (SELECT MIN(sale_start) FROM statement_line WHERE import_id = import_batch.id),
  sale_to = (SELECT MAX(sale_end) FROM statement_line WHERE import_id = import_batch.id),
  reporting_from = (SELECT MIN(reporting_day) FROM statement_line WHERE import_id = import_batch.id),
  reporting_to = (SELECT MAX(reporting_day) FROM statement_line WHERE import_id = import_batch.id);
`;
