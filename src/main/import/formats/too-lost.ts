import { readAmount, readCurrency, readQuantity } from '../field-readers';
import { cell, requiredCell } from '../header-columns';
import { LineRejection } from '../statement-line';
import type { StatementFormat } from './statement-format';
import { barcode, columnsOf, knownNames, readAnyPeriod, readReportingDay, saleTypeFromWords } from './column-kit';

/** The columns FORMATS.md gives, in order; the export goes on after `original_currency`. */
const GIVEN = [
  'transaction_id', 'sale_date', 'accounting_date', 'reporting_date', 'release_title', 'release_id', 'track_title',
  'track_id', 'channel', 'country', 'isrc', 'upc', 'units', 'unit_price', 'original_currency',
];
const FINGERPRINT = ['transaction_id', 'sale_date', 'reporting_date', 'channel', 'units', 'original_currency'];

/**
 * Where the label's earning may sit, best first. FORMATS.md's rule: what the label earned, in the
 * currency it is paid in. So the label's share after Too Lost's fee and any splits (`earnings`)
 * beats revenue before splits (`net_revenue`); amounts in the store's `original_currency` never
 * qualify. A `_usd` suffix names the currency; otherwise a currency column does, else US dollars,
 * the currency Too Lost pays out in.
 */
const EARNED = [
  'net_earnings_usd', 'earnings_usd', 'net_revenue_usd', 'royalty_usd',
  'net_earnings', 'earnings', 'net_revenue', 'royalty', 'net_amount',
];
const CURRENCY = ['currency', 'payout_currency', 'earnings_currency'];
const ARTIST = ['artist', 'artist_name', 'track_artist', 'release_artist'];
const TYPE = ['sale_type', 'transaction_type', 'type'];
const KNOWN = knownNames(GIVEN, EARNED, CURRENCY, ARTIST, TYPE, [
  'gross_revenue_original_currency', 'gross_revenue', 'gross_revenue_usd', 'exchange_rate', 'fee', 'fee_usd',
  'commission', 'commission_usd', 'split_percentage',
]);

/**
 * Too Lost royalty report (snake_case CSV). `sale_date` is the sale, `reporting_date` the statement
 * day, `accounting_date` is kept. Since the layout's tail is not fully known, every column the line
 * does not use is kept in `extra` under its own name, so nothing printed is lost.
 */
export const tooLost: StatementFormat = {
  id: 'toolost',
  name: 'Too Lost',
  fingerprints: [{ columns: FINGERPRINT }],
  recognise(header) {
    const columns = columnsOf(header);
    const confidence = columns.coverage(FINGERPRINT);
    if (confidence < 1) return null;
    return { variant: 'royalty report', confidence, unknownColumns: columns.unknown(KNOWN) };
  },
  mapper(header, _match, context) {
    const order = context.dates?.order;
    const c = columnsOf(header);
    const earnedName = EARNED.find((name) => c.has(name));
    const earned = earnedName === undefined ? -1 : c.find(earnedName);
    const currency = c.find(...CURRENCY);
    const [sale, reporting, release, track, channel, country, isrc, upc, units] = [
      'sale_date', 'reporting_date', 'release_title', 'track_title', 'channel', 'country', 'isrc', 'upc', 'units',
    ].map((name) => c.find(name)) as [number, number, number, number, number, number, number, number, number];
    const artist = c.find(...ARTIST);
    const type = c.find(...TYPE);
    const used = new Set([earned, currency, sale, reporting, release, track, channel, country, isrc, upc, units, artist]);
    const rest = header.map((name, index) => [name.trim(), index] as const).filter(([name, i]) => name !== '' && !used.has(i));
    return (fields) => {
      if (earned < 0) throw new LineRejection(`no earnings column (looked for ${EARNED.join(', ')})`);
      const extra: Record<string, string> = {};
      for (const [name, index] of rest) {
        const value = cell(fields, index);
        if (value !== '') extra[name] = value;
      }
      const paidIn = earnedName!.endsWith('_usd') || currency < 0
        ? 'USD'
        : readCurrency(requiredCell(fields, currency, header[currency]!.trim()), header[currency]!.trim());
      return {
        sale: readAnyPeriod(requiredCell(fields, sale, 'sale_date'), 'sale_date', order),
        reportingDay: readReportingDay(cell(fields, reporting), 'reporting_date', order),
        platform: cell(fields, channel) || 'Unknown store',
        territory: cell(fields, country),
        artist: cell(fields, artist),
        releaseTitle: cell(fields, release) || null,
        recordingTitle: cell(fields, track) || null,
        isrc: cell(fields, isrc) || null,
        upc: barcode(cell(fields, upc), extra),
        saleType: saleTypeFromWords(cell(fields, type)),
        quantity: readQuantity(cell(fields, units), 'units'),
        currency: paidIn,
        amount: readAmount(cell(fields, earned), earnedName!),
        extra,
      };
    };
  },
};
