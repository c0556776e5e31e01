import { HeaderColumns, cell, requiredCell } from '../header-columns';
import { readAmount, readOptionalDay, readPeriod, readQuantity } from '../field-readers';
import { SKIP_LINE } from '../statement-line';
import { keptColumns, keptExtra, type KeptSpec } from './column-kit';
import type { StatementFormat } from './statement-format';

const LEGACY = [
  'Reporting Date', 'Sale Month', 'Store', 'Artist', 'Title', 'ISRC', 'UPC', 'Quantity', 'Team Percentage',
  'Song/Album', 'Country of Sale', 'Songwriter Royalties Withheld', 'Earnings (USD)',
];
const CURRENT = [
  'Date Inserted', 'Reporting Date', 'Sale Month', 'Store', 'Artist', 'Title', 'ISRC', 'UPC', 'Quantity',
  'Team Percentage', 'Source Type', 'Country of Sale', 'Songwriter Royalties Withheld (USD)', 'Earnings (USD)',
  'Recoup (USD)',
];
const KNOWN = [...new Set([...LEGACY, ...CURRENT])];
const FINGERPRINT = ['Sale Month', 'Store', 'Earnings (USD)', 'Country of Sale', 'Team Percentage'];
const KEPT: KeptSpec = [
  ['team_percentage', 'Team Percentage'],
  ['source_type', 'Source Type', 'Song/Album'],
  ['songwriter_royalties_withheld', 'Songwriter Royalties Withheld (USD)', 'Songwriter Royalties Withheld'],
  ['date_inserted', 'Date Inserted'],
  ['recoup', 'Recoup (USD)'],
];

/** DistroKid "Bank → See excruciating detail": legacy 13 columns, current 15 (comma or tab). */
export const distroKid: StatementFormat = {
  id: 'distrokid',
  name: 'DistroKid',
  fingerprints: [{ columns: FINGERPRINT }],
  recognise(header) {
    const columns = new HeaderColumns(header);
    const confidence = columns.coverage(FINGERPRINT);
    if (confidence < 1) return null;
    const current = columns.has('Date Inserted') || columns.has('Recoup (USD)');
    const sourceColumn = columns.has('Source Type') ? 'Source Type' : 'Song/Album';
    return {
      variant: current ? `15-column (${sourceColumn})` : '13-column',
      confidence,
      unknownColumns: columns.unknown(KNOWN),
    };
  },
  mapper(header, _match, context) {
    const order = context.dates?.order;
    const c = new HeaderColumns(header);
    const reporting = c.find('Reporting Date');
    const saleMonth = c.find('Sale Month');
    const store = c.find('Store');
    const artist = c.find('Artist');
    const title = c.find('Title');
    const isrc = c.find('ISRC');
    const upc = c.find('UPC');
    const quantity = c.find('Quantity');
    const source = c.find('Source Type', 'Song/Album');
    const country = c.find('Country of Sale');
    const earnings = c.find('Earnings (USD)');
    const kept = keptColumns(c, KEPT);
    return (fields) => {
      const storeName = cell(fields, store);
      // Some exports end with a totals row that names no store.
      if (storeName === '' && /^totals?$/i.test(cell(fields, 0))) return SKIP_LINE;
      const isAlbum = /^album$/i.test(cell(fields, source));
      const name = requiredCell(fields, title, 'Title');
      const extra = keptExtra(fields, kept);
      return {
        sale: readPeriod(requiredCell(fields, saleMonth, 'Sale Month'), 'Sale Month', order),
        reportingDay: readOptionalDay(cell(fields, reporting), 'Reporting Date', order),
        platform: storeName === '' ? 'Unknown store' : storeName,
        territory: cell(fields, country),
        artist: cell(fields, artist),
        releaseTitle: isAlbum ? name : null,
        recordingTitle: isAlbum ? null : name,
        isrc: cell(fields, isrc) || null,
        upc: cell(fields, upc) || null,
        saleType: null,
        quantity: readQuantity(cell(fields, quantity), 'Quantity'),
        currency: 'USD',
        amount: readAmount(cell(fields, earnings), 'Earnings (USD)'),
        extra,
      };
    };
  },
};
