import type { SaleType } from '../../catalogue/platform-catalogue';
import { readAmount, readOptionalDay, readQuantity } from '../field-readers';
import { cell, requiredCell } from '../header-columns';
import type { StatementFormat } from './statement-format';
import { barcode, columnsOf, keptColumns, keptExtra, knownNames, readMonth, saleTypeFromWords, type KeptSpec } from './column-kit';

const COLUMNS = [
  'Report Date', 'Sales Date', 'Quantity', 'Price', 'Subtotal', 'Isrc', 'Barcode', 'CDBabySku', 'Album Name',
  'Artist Name', 'Track Name', 'Partner Name', 'Transaction Type', 'Delivery Country',
];
const FINGERPRINT = ['Sales Date', 'Quantity', 'Subtotal', 'Partner Name', 'Transaction Type'];
const KEPT: KeptSpec = [
  ['price', 'Price'],
  ['cdbaby_sku', 'CDBabySku'],
  ['transaction_type', 'Transaction Type'],
];

/** CD Baby's own transaction types; anything else is read by its words. */
const SALE_TYPES: Record<string, SaleType> = {
  stream: 'stream',
  download: 'download',
  youtube_audio_tier: 'ugc',
  royalty: 'other',
};

/**
 * CD Baby sales report (.txt, tab-separated, always USD). `Sales Date` is the last day of the
 * month the sale happened in, so the sale period is that whole month; `Report Date` is the day
 * CD Baby reported it. Rows without a track name are album sales.
 */
export const cdBaby: StatementFormat = {
  id: 'cdbaby',
  name: 'CD Baby',
  fingerprints: [{ columns: FINGERPRINT }],
  recognise(header) {
    const columns = columnsOf(header);
    const confidence = columns.coverage(FINGERPRINT);
    if (confidence < 1) return null;
    return { variant: 'sales report', confidence, unknownColumns: columns.unknown(knownNames(COLUMNS)) };
  },
  mapper(header, _match, context) {
    const order = context.dates?.order;
    const c = columnsOf(header);
    const reportDate = c.find('Report Date');
    const salesDate = c.find('Sales Date');
    const quantity = c.find('Quantity');
    const subtotal = c.find('Subtotal');
    const isrc = c.find('Isrc');
    const code = c.find('Barcode');
    const album = c.find('Album Name');
    const artist = c.find('Artist Name');
    const track = c.find('Track Name');
    const partner = c.find('Partner Name');
    const type = c.find('Transaction Type');
    const country = c.find('Delivery Country');
    const kept = keptColumns(c, KEPT);
    return (fields) => {
      const extra = keptExtra(fields, kept);
      const transaction = cell(fields, type);
      const trackName = cell(fields, track);
      return {
        sale: readMonth(requiredCell(fields, salesDate, 'Sales Date'), 'Sales Date', order),
        reportingDay: readOptionalDay(cell(fields, reportDate), 'Report Date', order),
        platform: cell(fields, partner) || 'Unknown store',
        territory: cell(fields, country),
        artist: cell(fields, artist),
        releaseTitle: cell(fields, album) || null,
        recordingTitle: trackName || null,
        isrc: cell(fields, isrc) || null,
        upc: barcode(cell(fields, code), extra),
        saleType: SALE_TYPES[transaction.toLowerCase()] ?? saleTypeFromWords(transaction),
        quantity: readQuantity(cell(fields, quantity), 'Quantity'),
        currency: 'USD',
        amount: readAmount(cell(fields, subtotal), 'Subtotal'),
        extra,
      };
    };
  },
};
