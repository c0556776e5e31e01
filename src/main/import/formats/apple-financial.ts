import { readAmount, readCurrency, readQuantity } from '../field-readers';
import { HeaderColumns, cell, requiredCell } from '../header-columns';
import { statedAmount, statedCount, type StatedTotal } from '../stated-totals';
import { LineRejection, SKIP_LINE } from '../statement-line';
import { appleIsrc, appleSalePeriod, asReturn, keptColumns, keptExtra, readDaySpan, type KeptSpec } from './apple-cells';
import type { StatementFormat } from './statement-format';

const COLUMNS = [
  'Start Date', 'End Date', 'UPC', 'ISRC/ISBN', 'Vendor Identifier', 'Quantity', 'Partner Share',
  'Extended Partner Share', 'Partner Share Currency', 'Sales or Return', 'Apple Identifier',
  'Artist/Show/Developer/Author', 'Title', 'Label/Studio/Network/Developer/Publisher', 'Grid',
  'Product Type Identifier', 'ISAN/Other Identifier', 'Country Of Sale', 'Pre-order Flag', 'Promo Code',
  'Customer Price', 'Customer Currency',
];
const FINGERPRINT = ['Extended Partner Share', 'Partner Share Currency', 'Sales or Return', 'Product Type Identifier', 'Country Of Sale'];
const KEPT: KeptSpec = [
  ['sales_or_return', 'Sales or Return'],
  ['product_type', 'Product Type Identifier'],
  // The unit price to the label; the line's amount is `Extended Partner Share`.
  ['partner_share', 'Partner Share'],
  ['customer_price', 'Customer Price'],
  ['customer_currency', 'Customer Currency'],
  ['apple_identifier', 'Apple Identifier'],
  ['vendor_identifier', 'Vendor Identifier'],
  ['label', 'Label/Studio/Network/Developer/Publisher'],
  ['grid', 'Grid'],
  ['isan', 'ISAN/Other Identifier'],
  ['preorder', 'Pre-order Flag'],
  ['promo_code', 'Promo Code'],
];

/**
 * The rows Apple ends a financial report with (`Total_Rows`, `Total_Amount`, `Total_Units`, and a
 * plain `Total`/`Totals` in some exports): their first cell names the figure, the rest is blank.
 */
const TRAILER = /^(?:totals?|total_[a-z_]+|row count)$/i;

/**
 * The figure of one trailer row, printed in the first cell after its name. `Total_Amount` is the
 * sum of `Extended Partner Share`, in the report's one partner-share currency; `Total_Units` the
 * sum of `Quantity`, returns negative; `Total_Rows` the number of product lines.
 */
function trailerFigures(fields: string[]): StatedTotal[] {
  const [label = '', printed] = fields.map((f) => f.trim()).filter((f) => f !== '');
  if (printed === undefined) return [];
  switch (label.toLowerCase()) {
    case 'total_rows':
      return [statedCount(label, 'lines', readQuantity(printed, label))];
    case 'total_units':
      return [statedCount(label, 'quantity', readQuantity(printed, label))];
    case 'total_amount':
      return [statedAmount(label, printed, readAmount(printed, label), null)];
    default:
      return [];
  }
}

/** `H` is a track, `I` an album; other product types are read by whether the line has an ISRC. */
const TRACK_TYPES = new Set(['H']);
const ALBUM_TYPES = new Set(['I']);

/**
 * Apple financial report for downloads (iTunes Store). One line per product, country and
 * sale/return; returns (`Sales or Return` = `R`) are negative, whether or not Apple printed the
 * minus sign. Album lines (`I`) carry a UPC and no ISRC and are kept at release level. The
 * earned amount is `Extended Partner Share` in `Partner Share Currency`.
 */
export const appleFinancial: StatementFormat = {
  id: 'apple-financial',
  name: 'Apple financial report',
  fingerprints: [{ columns: FINGERPRINT }],
  recognise(header) {
    const columns = new HeaderColumns(header);
    const confidence = columns.coverage(FINGERPRINT);
    if (confidence < 1) return null;
    return { variant: 'downloads', confidence, unknownColumns: columns.unknown(COLUMNS) };
  },
  statedTotals: () => trailerFigures,
  mapper(header, _match, context) {
    const order = context.dates?.order;
    const c = new HeaderColumns(header);
    const start = c.find('Start Date');
    const end = c.find('End Date');
    const upc = c.find('UPC');
    const isrc = c.find('ISRC/ISBN');
    const vendor = c.find('Vendor Identifier');
    const quantity = c.find('Quantity');
    const extended = c.find('Extended Partner Share');
    const currency = c.find('Partner Share Currency');
    const salesOrReturn = c.find('Sales or Return');
    const artist = c.find('Artist/Show/Developer/Author');
    const title = c.find('Title');
    const productType = c.find('Product Type Identifier');
    const country = c.find('Country Of Sale');
    const kept = keptColumns(c, KEPT);
    return (fields) => {
      const first = fields.find((f) => f.trim() !== '')?.trim() ?? '';
      if (TRAILER.test(first)) return SKIP_LINE;
      const kind = cell(fields, salesOrReturn).toUpperCase();
      if (kind !== '' && kind !== 'S' && kind !== 'R') {
        throw new LineRejection(`column "Sales or Return": "${cell(fields, salesOrReturn)}" is neither S (sale) nor R (return)`);
      }
      const type = cell(fields, productType).toUpperCase();
      const lineIsrc = appleIsrc(cell(fields, isrc), cell(fields, vendor));
      const isAlbum = ALBUM_TYPES.has(type) || (!TRACK_TYPES.has(type) && lineIsrc === null);
      const name = requiredCell(fields, title, 'Title');
      const printedQuantity = readQuantity(cell(fields, quantity), 'Quantity');
      const printedAmount = readAmount(cell(fields, extended), 'Extended Partner Share');
      const printedSale = readDaySpan(cell(fields, start), 'Start Date', cell(fields, end), 'End Date', order);
      const extra = keptExtra(fields, kept);
      return {
        sale: appleSalePeriod(printedSale, extra),
        reportingDay: null,
        platform: 'iTunes',
        territory: cell(fields, country),
        artist: cell(fields, artist),
        releaseTitle: isAlbum ? name : null,
        recordingTitle: isAlbum ? null : name,
        isrc: isAlbum ? null : lineIsrc,
        upc: cell(fields, upc) || null,
        saleType: 'download',
        quantity: kind === 'R' ? asReturn(printedQuantity) : printedQuantity,
        currency: readCurrency(requiredCell(fields, currency, 'Partner Share Currency'), 'Partner Share Currency'),
        amount: kind === 'R' ? asReturn(printedAmount) : printedAmount,
        extra,
      };
    };
  },
};
