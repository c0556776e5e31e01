import { readAmount, readCurrency, readQuantity } from '../field-readers';
import { cell, requiredCell } from '../header-columns';
import type { StatementFormat } from './statement-format';
import {
  barcode, columnsOf, keptColumns, keptExtra, knownNames, negativeUnlessAlready, readAnyPeriod,
  saleTypeFromWords, type KeptSpec,
} from './column-kit';

const COLUMNS = [
  'PRODUCT_UPC', 'PRODUCT_CATALOGUE_NUMBER', 'TRACK_ISRC_CODE', 'LABEL', 'RELEASE', 'TRACK_TITLE', 'TRACK_ARTIST',
  'REMIXER_NAME', 'REMIX', 'TERRITORY', 'PURCHASE_STATUS', 'FORMAT', 'DELIVERY', 'TRANSACTION_DATE', 'CONTENT_TYPE',
  'TRACK_COUNT', 'GROSS_CONTENT_REVENUE', 'NET_CONTENT_REVENUE', 'US_TAX_WITHHOLDING', 'CURRENCY',
];
const FINGERPRINT = ['TRANSACTION_DATE', 'TERRITORY', 'PURCHASE_STATUS', 'TRACK_COUNT', 'NET_CONTENT_REVENUE'];
const KEPT: KeptSpec = [
  ['catalogue_number', 'PRODUCT_CATALOGUE_NUMBER'],
  ['label', 'LABEL'],
  ['remixer_name', 'REMIXER_NAME'],
  ['remix', 'REMIX'],
  ['purchase_status', 'PURCHASE_STATUS'],
  ['format', 'FORMAT'],
  ['delivery', 'DELIVERY'],
  ['content_type', 'CONTENT_TYPE'],
  ['gross_content_revenue', 'GROSS_CONTENT_REVENUE'],
  ['us_tax_withholding', 'US_TAX_WITHHOLDING'],
];
const REVERSAL = /refund|return|chargeback|revers|void|cancel/i;

/**
 * Beatport label statement (upper-case snake_case headers, ISO alpha-3 territories, one line per
 * transaction day). The earning is NET_CONTENT_REVENUE: FORMATS.md's rule is the label's share
 * after the store's cut, which GROSS_CONTENT_REVENUE is not; US_TAX_WITHHOLDING is tax Beatport
 * pays on the label's behalf, so like DistroKid's withheld songwriter royalties it is kept beside
 * the earning rather than taken from it. Refunds (PURCHASE_STATUS) reverse a sale: negative even
 * when printed positive. Beatport settles in US dollars unless a CURRENCY column says otherwise.
 */
export const beatport: StatementFormat = {
  id: 'beatport',
  name: 'Beatport',
  fingerprints: [{ columns: FINGERPRINT }],
  recognise(header) {
    const columns = columnsOf(header);
    const confidence = columns.coverage(FINGERPRINT);
    if (confidence < 1) return null;
    return { variant: 'label statement', confidence, unknownColumns: columns.unknown(knownNames(COLUMNS)) };
  },
  mapper(header, _match, context) {
    const order = context.dates?.order;
    const c = columnsOf(header);
    const upc = c.find('PRODUCT_UPC');
    const isrc = c.find('TRACK_ISRC_CODE');
    const release = c.find('RELEASE');
    const title = c.find('TRACK_TITLE');
    const artist = c.find('TRACK_ARTIST');
    const territory = c.find('TERRITORY');
    const status = c.find('PURCHASE_STATUS');
    const delivery = c.find('DELIVERY');
    const date = c.find('TRANSACTION_DATE');
    const count = c.find('TRACK_COUNT');
    const net = c.find('NET_CONTENT_REVENUE');
    const currency = c.find('CURRENCY');
    const kept = keptColumns(c, KEPT);
    return (fields) => {
      const extra = keptExtra(fields, kept);
      const reversal = REVERSAL.test(cell(fields, status));
      const quantity = readQuantity(cell(fields, count), 'TRACK_COUNT');
      const amount = readAmount(cell(fields, net), 'NET_CONTENT_REVENUE');
      return {
        sale: readAnyPeriod(requiredCell(fields, date, 'TRANSACTION_DATE'), 'TRANSACTION_DATE', order),
        reportingDay: null,
        platform: 'Beatport',
        territory: cell(fields, territory),
        artist: cell(fields, artist),
        releaseTitle: cell(fields, release) || null,
        recordingTitle: cell(fields, title) || null,
        isrc: cell(fields, isrc) || null,
        upc: barcode(cell(fields, upc), extra),
        saleType: saleTypeFromWords(cell(fields, delivery)),
        quantity: reversal ? negativeUnlessAlready(quantity) : quantity,
        currency: currency < 0 ? 'USD' : readCurrency(requiredCell(fields, currency, 'CURRENCY'), 'CURRENCY'),
        amount: reversal ? negativeUnlessAlready(amount) : amount,
        extra,
      };
    };
  },
};
