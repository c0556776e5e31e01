import type { DayRange } from '../../../shared/period/sale-period';
import { readAmount, readCurrency, readQuantity } from '../field-readers';
import { HeaderColumns, cell, normaliseHeaderName, requiredCell } from '../header-columns';
import { LineRejection } from '../statement-line';
import { appleIsrc, keptColumns, keptExtra, readDaySpan, type KeptSpec } from './apple-cells';
import type { StatementFormat } from './statement-format';

const COLUMNS = [
  'Storefront Name', 'Apple Identifier', 'Membership Type', 'Quantity', 'Net Royalty', 'Net Royalty Total', 'ISRC',
  'Item_Title', 'Item_Artist', 'Item Type', 'Media Type', 'Vendor Identifier', 'Offline Indicator',
  'Label/Studio/Network', 'Grid',
];
const FINGERPRINT = ['Storefront Name', 'Apple Identifier', 'Quantity', 'Net Royalty Total', 'Offline Indicator'];
const KEPT: KeptSpec = [
  ['membership_type', 'Membership Type'],
  // The per-stream rate; the line's amount is `Net Royalty Total`.
  ['net_royalty', 'Net Royalty'],
  ['item_type', 'Item Type'],
  ['media_type', 'Media Type'],
  ['offline_indicator', 'Offline Indicator'],
  ['apple_identifier', 'Apple Identifier'],
  ['vendor_identifier', 'Vendor Identifier'],
  ['label', 'Label/Studio/Network'],
  ['grid', 'Grid'],
];

/** What the four `key<TAB>value` lines above the header say; the lines carry neither. */
interface Preamble {
  sale: DayRange;
  currency: string;
}

/** The value on the preamble line whose first cell is `key`, or '' when there is none. */
function preambleValue(preamble: string[][], key: string): string {
  const wanted = normaliseHeaderName(key);
  const row = preamble.find((fields) => normaliseHeaderName(fields[0] ?? '') === wanted);
  return row?.slice(1).find((f) => f.trim() !== '')?.trim() ?? '';
}

function readPreamble(preamble: string[][]): Preamble {
  const where = (key: string) => `the "${key}" line above the header`;
  const start = preambleValue(preamble, 'Start Date');
  const end = preambleValue(preamble, 'End Date');
  const currency = preambleValue(preamble, 'Currency');
  if (start === '') throw new LineRejection(`${where('Start Date')} is missing or blank, so the sale period is unknown`);
  if (end === '') throw new LineRejection(`${where('End Date')} is missing or blank, so the sale period is unknown`);
  if (currency === '') throw new LineRejection(`${where('Currency')} is missing or blank, so the amounts have no currency`);
  // Named "… (preamble)" so a bad value reads `column "Start Date (preamble)": "…" is not a period`.
  return {
    sale: readDaySpan(start, 'Start Date (preamble)', end, 'End Date (preamble)'),
    currency: readCurrency(currency, 'Currency (preamble)'),
  };
}

/**
 * Apple Music streaming detail (TSV). Four `key<TAB>value` lines (Start Date, End Date, Report
 * Type, Currency) sit above the header and are the only place the period and the currency are
 * printed. One line per storefront, track, membership type and offline flag: a track streamed
 * online and offline in one storefront is two lines, both kept. The earned amount is
 * `Net Royalty Total`; `Net Royalty` is the rate per stream, printed like `.004210`.
 */
export const appleMusicStreaming: StatementFormat = {
  id: 'apple-music-streaming',
  name: 'Apple Music',
  fingerprints: [{ columns: FINGERPRINT }],
  recognise(header) {
    const columns = new HeaderColumns(header);
    const confidence = columns.coverage(FINGERPRINT);
    if (confidence < 1) return null;
    return { variant: 'streaming detail', confidence, unknownColumns: columns.unknown(COLUMNS) };
  },
  mapper(header, _match, context) {
    const c = new HeaderColumns(header);
    const storefront = c.find('Storefront Name');
    const quantity = c.find('Quantity');
    const total = c.find('Net Royalty Total');
    const isrc = c.find('ISRC');
    const title = c.find('Item_Title');
    const artist = c.find('Item_Artist');
    const vendor = c.find('Vendor Identifier');
    const kept = keptColumns(c, KEPT);
    // Read once; a broken preamble is reported on every line, naming the preamble line at fault.
    let preamble: Preamble | LineRejection;
    try {
      preamble = readPreamble(context.preamble);
    } catch (error) {
      if (!(error instanceof LineRejection)) throw error;
      preamble = error;
    }
    return (fields) => {
      if (preamble instanceof LineRejection) throw preamble;
      return {
        sale: preamble.sale,
        reportingDay: null,
        platform: 'Apple Music',
        // A storefront name ("United States") or code; the territory reader maps both.
        territory: cell(fields, storefront),
        artist: cell(fields, artist),
        releaseTitle: null,
        recordingTitle: requiredCell(fields, title, 'Item_Title'),
        isrc: appleIsrc(cell(fields, isrc), cell(fields, vendor)),
        upc: null,
        saleType: 'stream',
        quantity: readQuantity(cell(fields, quantity), 'Quantity'),
        currency: preamble.currency,
        amount: readAmount(cell(fields, total), 'Net Royalty Total'),
        extra: keptExtra(fields, kept),
      };
    };
  },
};
