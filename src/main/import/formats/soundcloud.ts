import { readAmount, readOptionalDay, readPeriod, readQuantity } from '../field-readers';
import { HeaderColumns, cell, normaliseHeaderName, requiredCell } from '../header-columns';
import type { FormatContext, StatementFormat } from './statement-format';

/**
 * FORMATS.md gives the first three columns and six others; Release, ISRC, UPC, Label and
 * Accounting Period are our own plausible completion (Accounting Period is the month SoundCloud
 * accounted the line to the artist, as distributor statements have one).
 */
const COLUMNS = [
  'Track', 'Artist(s)', 'Partner', 'Release', 'ISRC', 'UPC', 'Label', 'Units', 'Country', 'Reporting Period',
  'Accounting Period', 'Revenue (USD)', 'Revenue Share (%)', 'Split Pay Share (%)',
];
/** The file never says "SoundCloud": these three columns together are its signature. */
const FINGERPRINT = ['Track', 'Artist(s)', 'Partner', 'Units', 'Revenue (USD)', 'Revenue Share (%)', 'Split Pay Share (%)'];
const KEPT = [
  ['partner', 'Partner'],
  ['label', 'Label'],
  ['revenue_share_percent', 'Revenue Share (%)'],
  ['split_pay_share_percent', 'Split Pay Share (%)'],
] as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The account the statement belongs to: the row `Account ID` followed by a row holding the UUID
 * (or, in a file re-saved by a spreadsheet, the UUID in the cell beside the label).
 */
function accountId(preamble: FormatContext['preamble']): string | null {
  const cells = preamble.flat().map((f) => f.trim()).filter((f) => f !== '');
  const label = cells.findIndex((f) => normaliseHeaderName(f) === 'account id');
  const id = label < 0 ? undefined : cells[label + 1];
  return id !== undefined && UUID.test(id) ? id : null;
}

/**
 * SoundCloud for Artists statement (CSV): two preamble rows (`Account ID`, then the account's
 * UUID) and the header on row 3. The earned amount is `Revenue (USD)`, after the revenue share
 * and the Split Pay share (both kept). `Partner` is the store the money came from (SoundCloud
 * itself, or a store SoundCloud distributes to); a line without one is SoundCloud's own.
 */
export const soundCloud: StatementFormat = {
  id: 'soundcloud-for-artists',
  name: 'SoundCloud for Artists',
  fingerprints: [{ columns: FINGERPRINT }],
  recognise(header, context) {
    const columns = new HeaderColumns(header);
    const confidence = columns.coverage(FINGERPRINT);
    if (confidence < 1) return null;
    const variant = accountId(context.preamble) === null ? 'statement (no Account ID rows above the header)' : 'statement';
    return { variant, confidence, unknownColumns: columns.unknown(COLUMNS) };
  },
  mapper(header, _match, context) {
    const order = context.dates?.order;
    const c = new HeaderColumns(header);
    const track = c.find('Track');
    const artists = c.find('Artist(s)');
    const partner = c.find('Partner');
    const release = c.find('Release');
    const isrc = c.find('ISRC');
    const upc = c.find('UPC');
    const units = c.find('Units');
    const country = c.find('Country');
    const reporting = c.find('Reporting Period');
    const accounting = c.find('Accounting Period');
    const revenue = c.find('Revenue (USD)');
    const kept = KEPT.map(([key, name]) => [key, c.find(name)] as const).filter(([, i]) => i >= 0);
    const account = accountId(context.preamble);
    return (fields) => {
      const extra: Record<string, string> = account === null ? {} : { account_id: account };
      for (const [key, index] of kept) {
        const value = cell(fields, index);
        if (value !== '') extra[key] = value;
      }
      return {
        sale: readPeriod(requiredCell(fields, reporting, 'Reporting Period'), 'Reporting Period', order),
        reportingDay: readOptionalDay(cell(fields, accounting), 'Accounting Period', order),
        platform: cell(fields, partner) || 'SoundCloud',
        territory: cell(fields, country),
        artist: cell(fields, artists),
        releaseTitle: cell(fields, release) || null,
        recordingTitle: requiredCell(fields, track, 'Track'),
        isrc: cell(fields, isrc) || null,
        upc: cell(fields, upc) || null,
        saleType: null,
        quantity: readQuantity(cell(fields, units), 'Units'),
        currency: 'USD',
        amount: readAmount(cell(fields, revenue), 'Revenue (USD)'),
        extra,
      };
    };
  },
};
