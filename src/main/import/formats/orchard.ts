import type { StatementFormat } from './statement-format';
import { columnsOf, groupCoverage } from './column-kit';
import { ORCHARD_CLASSIC_COLUMNS, ORCHARD_CLASSIC_FINGERPRINT, orchardClassicLines } from './orchard-classic';
import { ORCHARD_CSV_COLUMNS, ORCHARD_CSV_FINGERPRINT, orchardCsvLines } from './orchard-csv';

const EU_REPORT = 'EU full report';
const EXTENDED = 'extended account export';
const STATEMENT_CSV = 'statement CSV (upper-case headers)';

/**
 * The Orchard, three layouts: the EU "full report" (semicolons, decimal comma, `DMS`), the extended
 * account export (comma-separated, `Retailer`, header names with stray spaces) and the newer
 * statement CSV with upper-case headers. The label's earning is `Label Share Net Receipts` in
 * `Preferred Currency`, or `NET SHARE ACCOUNT CURRENCY` in `ACCOUNT CURRENCY` in the newer CSV.
 */
export const orchard: StatementFormat = {
  id: 'orchard',
  name: 'The Orchard',
  fingerprints: [
    { variant: STATEMENT_CSV, columns: ORCHARD_CSV_FINGERPRINT },
    { variant: `${EU_REPORT} or ${EXTENDED}`, columns: ORCHARD_CLASSIC_FINGERPRINT },
  ],
  recognise(header) {
    const columns = columnsOf(header);
    if (columns.coverage(ORCHARD_CSV_FINGERPRINT) === 1) {
      return { variant: STATEMENT_CSV, confidence: 1, unknownColumns: columns.unknown(ORCHARD_CSV_COLUMNS) };
    }
    if (groupCoverage(columns, ORCHARD_CLASSIC_FINGERPRINT) < 1) return null;
    return {
      variant: columns.has('DMS') ? EU_REPORT : EXTENDED,
      confidence: 1,
      unknownColumns: columns.unknown(ORCHARD_CLASSIC_COLUMNS),
    };
  },
  mapper(header, match, context) {
    const order = context.dates?.order;
    if (match.variant === STATEMENT_CSV) return orchardCsvLines(header, order);
    // The EU report is written with a decimal comma; the account export with a decimal point.
    return orchardClassicLines(header, match.variant === EU_REPORT ? ',' : '.', order);
  },
};
