import type { SaleType } from '../../catalogue/platform-catalogue';
import { HeaderColumns, cell, requiredCell } from '../header-columns';
import { readAmount, readCurrency, readOptionalDay, readPeriod, readQuantity } from '../field-readers';
import { SKIP_LINE } from '../statement-line';
import type { StatementFormat } from './statement-format';

const COLUMNS = [
  'Sales Period', 'Posted Date', 'Store Name', 'Country Of Sale', 'Artist', 'Release Type', 'Release Title',
  'Song Title', 'Label', 'UPC', 'Optional UPC', 'TC Song ID', 'Optional ISRC', 'Sales Type', '# Units Sold',
  'Per Unit Price', 'Net Sales', 'Net Sales Currency', 'Exchange Rate', 'Total Earned', 'Currency',
];
const FINGERPRINT = ['Sales Period', 'Store Name', '# Units Sold', 'Total Earned', 'Currency'];

function saleTypeOf(text: string): SaleType | null {
  const t = text.toLowerCase();
  if (t.includes('stream')) return 'stream';
  if (t.includes('download') || t.includes('track sale') || t.includes('album sale')) return 'download';
  if (t.includes('youtube') || t.includes('ugc') || t.includes('facebook')) return 'ugc';
  if (t.includes('physical')) return 'physical';
  return t === '' ? null : 'other';
}

/**
 * TuneCore sales report. Two currencies per line: `Net Sales` in `Net Sales Currency` is the
 * store's original, `Total Earned` in `Currency` is what the label earned (kept as the amount).
 */
export const tuneCore: StatementFormat = {
  id: 'tunecore',
  name: 'TuneCore',
  fingerprints: [{ columns: FINGERPRINT }],
  recognise(header) {
    const columns = new HeaderColumns(header);
    const confidence = columns.coverage(FINGERPRINT);
    if (confidence < 1) return null;
    return { variant: 'sales report', confidence, unknownColumns: columns.unknown(COLUMNS) };
  },
  mapper(header, _match, context) {
    const order = context.dates?.order;
    const c = new HeaderColumns(header);
    const period = c.find('Sales Period');
    const posted = c.find('Posted Date');
    const store = c.find('Store Name');
    const country = c.find('Country Of Sale');
    const artist = c.find('Artist');
    const releaseType = c.find('Release Type');
    const releaseTitle = c.find('Release Title');
    const songTitle = c.find('Song Title');
    const upc = c.find('UPC');
    const optionalUpc = c.find('Optional UPC');
    const isrc = c.find('Optional ISRC');
    const salesType = c.find('Sales Type');
    const units = c.find('# Units Sold');
    const earned = c.find('Total Earned');
    const currency = c.find('Currency');
    const kept = ([
      ['label', c.find('Label')],
      ['tc_song_id', c.find('TC Song ID')],
      ['release_type', releaseType],
      ['sales_type', salesType],
      ['per_unit_price', c.find('Per Unit Price')],
      ['net_sales', c.find('Net Sales')],
      ['net_sales_currency', c.find('Net Sales Currency')],
      ['exchange_rate', c.find('Exchange Rate')],
    ] as const).filter(([, i]) => i >= 0);
    return (fields) => {
      const storeName = cell(fields, store);
      if (storeName === '' && /^totals?$/i.test(cell(fields, 0))) return SKIP_LINE;
      const song = cell(fields, songTitle);
      const extra: Record<string, string> = {};
      for (const [key, index] of kept) {
        const v = cell(fields, index);
        if (v !== '') extra[key] = v;
      }
      return {
        sale: readPeriod(requiredCell(fields, period, 'Sales Period'), 'Sales Period', order),
        reportingDay: readOptionalDay(cell(fields, posted), 'Posted Date', order),
        platform: storeName === '' ? 'Unknown store' : storeName,
        territory: cell(fields, country),
        artist: cell(fields, artist),
        releaseTitle: cell(fields, releaseTitle) || null,
        recordingTitle: song || null,
        isrc: cell(fields, isrc) || null,
        upc: cell(fields, upc) || cell(fields, optionalUpc) || null,
        saleType: saleTypeOf(cell(fields, salesType)),
        quantity: readQuantity(cell(fields, units), '# Units Sold'),
        currency: readCurrency(requiredCell(fields, currency, 'Currency'), 'Currency'),
        amount: readAmount(cell(fields, earned), 'Total Earned'),
        extra,
      };
    };
  },
};
