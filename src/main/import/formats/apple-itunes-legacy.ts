import { readAmount, readCurrency, readQuantity } from '../field-readers';
import { HeaderColumns, cell, requiredCell } from '../header-columns';
import { appleIsrc, appleSalePeriod, keptColumns, keptExtra, readDaySpan, type KeptSpec } from './apple-cells';
import type { StatementFormat } from './statement-format';

const COLUMNS = [
  'Provider', 'Provider Country', 'Vendor Identifier', 'UPC', 'ISRC', 'Artist / Show', 'Title / Episode / Season',
  'Label/Studio/Network', 'Product Type Identifier', 'Units', 'Royalty Price', 'Begin Date', 'End Date',
  'Customer Currency', 'Country Code', 'Royalty Currency', 'Preorder', 'Season Pass', 'ISAN', 'Apple Identifier',
  'Customer Price', 'CMA', 'Asset/Content Flavor', 'Vendor Offer Code', 'Grid', 'Promo Code', 'Parent Identifier',
];
const FINGERPRINT = ['Provider', 'Units', 'Royalty Price', 'Royalty Currency', 'Product Type Identifier', 'Begin Date'];
const KEPT: KeptSpec = [
  // The unit price: the line prints no amount of its own, it is Units × Royalty Price.
  ['royalty_price', 'Royalty Price'],
  ['customer_price', 'Customer Price'],
  ['customer_currency', 'Customer Currency'],
  ['product_type', 'Product Type Identifier'],
  ['provider', 'Provider'],
  ['provider_country', 'Provider Country'],
  ['apple_identifier', 'Apple Identifier'],
  ['vendor_identifier', 'Vendor Identifier'],
  ['label', 'Label/Studio/Network'],
  ['preorder', 'Preorder'],
  ['season_pass', 'Season Pass'],
  ['isan', 'ISAN'],
  ['cma', 'CMA'],
  ['asset_content_flavor', 'Asset/Content Flavor'],
  ['vendor_offer_code', 'Vendor Offer Code'],
  ['grid', 'Grid'],
  ['promo_code', 'Promo Code'],
  ['parent_identifier', 'Parent Identifier'],
];

/**
 * Legacy iTunes sales report (27 columns, TSV). It prints a unit price, not an amount: the
 * earned amount is Units × Royalty Price in Royalty Currency, multiplied exactly (whole units
 * times a 1e-16-unit price needs no rounding). A return is negative whichever of the two figures
 * carries the minus sign, and stays negative when both do. Lines without an ISRC are album sales.
 */
export const appleItunesLegacy: StatementFormat = {
  id: 'itunes-sales-legacy',
  name: 'iTunes sales report (legacy)',
  fingerprints: [{ columns: FINGERPRINT }],
  recognise(header) {
    const columns = new HeaderColumns(header);
    const confidence = columns.coverage(FINGERPRINT);
    if (confidence < 1) return null;
    return { variant: '27-column', confidence, unknownColumns: columns.unknown(COLUMNS) };
  },
  mapper(header, _match, context) {
    const order = context.dates?.order;
    const c = new HeaderColumns(header);
    const vendor = c.find('Vendor Identifier');
    const upc = c.find('UPC');
    const isrc = c.find('ISRC');
    const artist = c.find('Artist / Show');
    const title = c.find('Title / Episode / Season');
    const units = c.find('Units');
    const price = c.find('Royalty Price');
    const begin = c.find('Begin Date');
    const end = c.find('End Date');
    const country = c.find('Country Code');
    const currency = c.find('Royalty Currency');
    const kept = keptColumns(c, KEPT);
    return (fields) => {
      const lineIsrc = appleIsrc(cell(fields, isrc), cell(fields, vendor));
      const name = requiredCell(fields, title, 'Title / Episode / Season');
      const printedUnits = readQuantity(cell(fields, units), 'Units');
      const unitPrice = readAmount(cell(fields, price), 'Royalty Price');
      const negative = printedUnits < 0 || unitPrice < 0n;
      const magnitude = BigInt(Math.abs(printedUnits)) * (unitPrice < 0n ? -unitPrice : unitPrice);
      const printedSale = readDaySpan(cell(fields, begin), 'Begin Date', cell(fields, end), 'End Date', order);
      const extra = keptExtra(fields, kept);
      return {
        sale: appleSalePeriod(printedSale, extra),
        reportingDay: null,
        platform: 'iTunes',
        territory: cell(fields, country),
        artist: cell(fields, artist),
        releaseTitle: lineIsrc === null ? name : null,
        recordingTitle: lineIsrc === null ? null : name,
        isrc: lineIsrc,
        upc: cell(fields, upc) || null,
        saleType: 'download',
        quantity: negative ? -Math.abs(printedUnits) : Math.abs(printedUnits),
        currency: readCurrency(requiredCell(fields, currency, 'Royalty Currency'), 'Royalty Currency'),
        amount: negative ? -magnitude : magnitude,
        extra,
      };
    };
  },
};
