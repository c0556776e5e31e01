import { readAmount, readCurrency, readQuantity } from '../field-readers';
import { cell, requiredCell } from '../header-columns';
import { SKIP_LINE } from '../statement-line';
import type { StatementFormat } from './statement-format';
import {
  barcode, columnsOf, groupCoverage, keptColumns, keptExtra, knownNames, negativeUnlessAlready, readMonth,
  readReportingDay, saleTypeFromWords, type KeptSpec,
} from './column-kit';

const COLUMNS = [
  'Transaction date', 'Type (credit/debit)', 'Type', 'Source', 'Royalty Date', 'Service', 'UPC', 'ISRC', 'Artist',
  'Release', 'Track', 'Quantity', 'Amount', 'Split', 'Total', 'Currency', 'Country', 'Territory',
];
const FINGERPRINT = [['Transaction date'], ['Royalty Date'], ['Service'], ['Quantity'], ['Amount'], ['Split'], ['Total']];
const KEPT: KeptSpec = [
  ['type', 'Type (credit/debit)', 'Type'],
  ['source', 'Source'],
  ['amount', 'Amount'],
  ['split', 'Split'],
];

/**
 * Amuse pays artists and labels in US dollars: balances, withdrawals and statements are in USD
 * whatever the store paid in. FORMATS.md names no currency column, so USD is assumed, and a
 * `Currency` column, where a file has one, overrides it line by line.
 */
const AMUSE_CURRENCY = 'USD';

/**
 * Amuse royalty statement (delivered as .xlsx only; read through the workbook reader).
 * `Total` is the label's earning (`Amount` after the `Split` share); `Royalty Date` is the month the
 * sale happened in, `Transaction date` the day Amuse credited it. `debit` rows take money back: they
 * are made negative unless printed so. A row naming no store, release or track is a movement of
 * the balance (a withdrawal, a transfer), not a sale, and is passed over.
 */
export const amuse: StatementFormat = {
  id: 'amuse',
  name: 'Amuse',
  fingerprints: [{ columns: FINGERPRINT }],
  recognise(header) {
    const columns = columnsOf(header);
    const confidence = groupCoverage(columns, FINGERPRINT);
    if (confidence < 1) return null;
    return { variant: 'royalty statement', confidence, unknownColumns: columns.unknown(knownNames(COLUMNS)) };
  },
  mapper(header, _match, context) {
    const order = context.dates?.order;
    const c = columnsOf(header);
    const transactionDate = c.find('Transaction date');
    const type = c.find('Type (credit/debit)', 'Type');
    const source = c.find('Source');
    const royaltyDate = c.find('Royalty Date');
    const service = c.find('Service');
    const upc = c.find('UPC');
    const isrc = c.find('ISRC');
    const artist = c.find('Artist');
    const release = c.find('Release');
    const track = c.find('Track');
    const quantity = c.find('Quantity');
    const total = c.find('Total');
    const currency = c.find('Currency');
    const territory = c.find('Country', 'Territory');
    const kept = keptColumns(c, KEPT);
    return (fields) => {
      const store = cell(fields, service);
      const trackTitle = cell(fields, track);
      const releaseTitle = cell(fields, release);
      if (store === '' && trackTitle === '' && releaseTitle === '' && cell(fields, isrc) === '' && cell(fields, upc) === '') return SKIP_LINE;
      const extra = keptExtra(fields, kept);
      const isDebit = /^debit$/i.test(cell(fields, type));
      const units = readQuantity(cell(fields, quantity), 'Quantity');
      const earned = readAmount(cell(fields, total), 'Total');
      const printedCurrency = cell(fields, currency);
      return {
        sale: readMonth(requiredCell(fields, royaltyDate, 'Royalty Date'), 'Royalty Date', order),
        reportingDay: readReportingDay(cell(fields, transactionDate), 'Transaction date', order),
        platform: store || 'Unknown store',
        territory: cell(fields, territory),
        artist: cell(fields, artist),
        releaseTitle: releaseTitle || null,
        recordingTitle: trackTitle || null,
        isrc: cell(fields, isrc) || null,
        upc: barcode(cell(fields, upc), extra),
        saleType: saleTypeFromWords(cell(fields, source)),
        quantity: isDebit ? negativeUnlessAlready(units) : units,
        currency: printedCurrency === '' ? AMUSE_CURRENCY : readCurrency(printedCurrency, 'Currency'),
        amount: isDebit ? negativeUnlessAlready(earned) : earned,
        extra,
      };
    };
  },
};
