import { readAmount, readCurrency, readQuantity } from '../field-readers';
import { cell, requiredCell } from '../header-columns';
import { LineRejection } from '../statement-line';
import type { StatementFormat } from './statement-format';
import {
  barcode, columnsOf, keptColumns, keptExtra, knownNames, readAnyPeriod, saleTypeFromWords, type KeptSpec,
} from './column-kit';

const COLUMNS = [
  'Royalty ID', 'Asset ISRC', 'Asset Title', 'Asset Version', 'Asset Artist', 'Asset Duration',
  'Sale net receipts calculation', 'Sale net receipts', 'Contract deal term', 'Contract Reference', 'Reported Royalty',
  'Asset/Product', 'Territory', 'Quantity', 'Sale Type', 'Sale User Type', 'Sale Start date', 'Sale End date',
  'Sale Store Name', 'DSP', 'Royalty Calculation Base', 'Product Reference', 'Asset Reference', 'Product Share',
  'Asset Share', 'Exchange Rate', 'Currency', 'Product Title', 'Product Artist', 'Product UPC', 'Product Catalog Number',
  'Product Label', 'Sale ID',
];
const FINGERPRINT = ['Royalty ID', 'Reported Royalty', 'Sale Start date', 'Sale End date', 'Sale Store Name', 'Currency'];
/** Percentages (`85%`) and the formula text (`£12.00 × 85%`) are kept as printed, never computed with. */
const KEPT: KeptSpec = [
  ['royalty_id', 'Royalty ID'],
  ['asset_version', 'Asset Version'],
  ['asset_duration', 'Asset Duration'],
  ['sale_net_receipts_calculation', 'Sale net receipts calculation'],
  ['sale_net_receipts', 'Sale net receipts'],
  ['contract_deal_term', 'Contract deal term'],
  ['contract_reference', 'Contract Reference'],
  ['asset_or_product', 'Asset/Product'],
  ['sale_type', 'Sale Type'],
  ['sale_user_type', 'Sale User Type'],
  ['dsp', 'DSP'],
  ['royalty_calculation_base', 'Royalty Calculation Base'],
  ['product_reference', 'Product Reference'],
  ['asset_reference', 'Asset Reference'],
  ['product_share', 'Product Share'],
  ['asset_share', 'Asset Share'],
  ['exchange_rate', 'Exchange Rate'],
  ['product_catalog_number', 'Product Catalog Number'],
  ['product_label', 'Product Label'],
  ['sale_id', 'Sale ID'],
];

/**
 * Cargo / FUGA-style royalty export: the `-royalty_extended.csv` member of the zip (the other
 * members, `-artists.csv`, `-stores.csv`…, are lookup tables and match no format). The label's
 * earning is `Reported Royalty` in `Currency`; the sale period runs from `Sale Start date` to
 * `Sale End date`; the store is `Sale Store Name`, or the `DSP` when the store is blank.
 * `Asset/Product` says whether the line is a track's or a whole release's.
 */
export const cargo: StatementFormat = {
  id: 'cargo',
  name: 'Cargo / FUGA',
  fingerprints: [{ columns: FINGERPRINT }],
  recognise(header) {
    const columns = columnsOf(header);
    const confidence = columns.coverage(FINGERPRINT);
    if (confidence < 1) return null;
    return { variant: 'royalty extended', confidence, unknownColumns: columns.unknown(knownNames(COLUMNS)) };
  },
  mapper(header, _match, context) {
    const order = context.dates?.order;
    const c = columnsOf(header);
    const isrc = c.find('Asset ISRC');
    const assetTitle = c.find('Asset Title');
    const assetArtist = c.find('Asset Artist');
    const royalty = c.find('Reported Royalty');
    const level = c.find('Asset/Product');
    const territory = c.find('Territory');
    const quantity = c.find('Quantity');
    const saleType = c.find('Sale Type');
    const userType = c.find('Sale User Type');
    const saleStart = c.find('Sale Start date');
    const saleEnd = c.find('Sale End date');
    const store = c.find('Sale Store Name');
    const dsp = c.find('DSP');
    const currency = c.find('Currency');
    const productTitle = c.find('Product Title');
    const productArtist = c.find('Product Artist');
    const upc = c.find('Product UPC');
    const kept = keptColumns(c, KEPT);
    return (fields) => {
      const extra = keptExtra(fields, kept);
      const start = readAnyPeriod(requiredCell(fields, saleStart, 'Sale Start date'), 'Sale Start date', order);
      const endText = cell(fields, saleEnd);
      const end = endText === '' ? start : readAnyPeriod(endText, 'Sale End date', order);
      if (end.end < start.start) throw new LineRejection(`column "Sale End date": "${endText}" is before the sale start`);
      const isProduct = /^product$/i.test(cell(fields, level));
      return {
        sale: { start: start.start, end: end.end },
        reportingDay: null,
        platform: cell(fields, store) || cell(fields, dsp) || 'Unknown store',
        territory: cell(fields, territory),
        artist: cell(fields, assetArtist) || cell(fields, productArtist),
        releaseTitle: cell(fields, productTitle) || null,
        recordingTitle: isProduct ? null : cell(fields, assetTitle) || null,
        isrc: isProduct ? null : cell(fields, isrc) || null,
        upc: barcode(cell(fields, upc), extra),
        saleType: saleTypeFromWords(cell(fields, saleType), cell(fields, userType)),
        quantity: readQuantity(cell(fields, quantity), 'Quantity'),
        currency: readCurrency(requiredCell(fields, currency, 'Currency'), 'Currency'),
        amount: readAmount(cell(fields, royalty), 'Reported Royalty'),
        extra,
      };
    };
  },
};
