import { readAmount, readQuantity } from '../field-readers';
import { cell, requiredCell } from '../header-columns';
import type { StatementFormat } from './statement-format';
import {
  barcode, columnsOf, keptColumns, keptExtra, knownNames, negativeUnlessAlready, readMonth, readReportingDay,
  saleTypeFromWords, type KeptSpec,
} from './column-kit';

const COLUMNS = [
  'Reporting Period', 'Label', 'Release Name', 'Release Version', 'Release Artists', 'UPC Code', 'Catalogue',
  'Track Title', 'Mix Version', 'ISRC Code', 'Track Artists', 'Digital Service Provider', 'Activity Period',
  'Territory', 'Delivery', 'Content Type', 'Sale or Void', 'Count', 'Royalty ($US)',
];
const FINGERPRINT = ['Reporting Period', 'Digital Service Provider', 'Activity Period', 'Sale or Void', 'Royalty ($US)'];
const KEPT: KeptSpec = [
  ['label', 'Label'],
  ['release_version', 'Release Version'],
  ['catalogue', 'Catalogue'],
  ['mix_version', 'Mix Version'],
  ['delivery', 'Delivery'],
  ['content_type', 'Content Type'],
  ['sale_or_void', 'Sale or Void'],
];

/**
 * Symphonic "Earnings Detail" CSV, in US dollars to 1e-6. `Activity Period` (`June 2025`) is the
 * sale month, `Reporting Period` (`JUN-25`) the statement month; territories are ISO alpha-3.
 * `Void` rows reverse an earlier sale: Symphonic usually prints them negative already, but a
 * void printed positive is still a reversal, so it is made negative (never negated twice).
 */
export const symphonic: StatementFormat = {
  id: 'symphonic',
  name: 'Symphonic',
  fingerprints: [{ columns: FINGERPRINT }],
  recognise(header) {
    const columns = columnsOf(header);
    const confidence = columns.coverage(FINGERPRINT);
    if (confidence < 1) return null;
    return { variant: 'earnings detail', confidence, unknownColumns: columns.unknown(knownNames(COLUMNS)) };
  },
  mapper(header, _match, context) {
    const order = context.dates?.order;
    const c = columnsOf(header);
    const reporting = c.find('Reporting Period');
    const activity = c.find('Activity Period');
    const release = c.find('Release Name');
    const releaseArtists = c.find('Release Artists');
    const upc = c.find('UPC Code');
    const track = c.find('Track Title');
    const isrc = c.find('ISRC Code');
    const trackArtists = c.find('Track Artists');
    const dsp = c.find('Digital Service Provider');
    const territory = c.find('Territory');
    const delivery = c.find('Delivery');
    const contentType = c.find('Content Type');
    const saleOrVoid = c.find('Sale or Void');
    const count = c.find('Count');
    const royalty = c.find('Royalty ($US)');
    const kept = keptColumns(c, KEPT);
    return (fields) => {
      const extra = keptExtra(fields, kept);
      const isVoid = /^void/i.test(cell(fields, saleOrVoid));
      const quantity = readQuantity(cell(fields, count), 'Count');
      const amount = readAmount(cell(fields, royalty), 'Royalty ($US)');
      return {
        sale: readMonth(requiredCell(fields, activity, 'Activity Period'), 'Activity Period', order),
        reportingDay: readReportingDay(cell(fields, reporting), 'Reporting Period', order),
        platform: cell(fields, dsp) || 'Unknown store',
        territory: cell(fields, territory),
        artist: cell(fields, trackArtists) || cell(fields, releaseArtists),
        releaseTitle: cell(fields, release) || null,
        recordingTitle: cell(fields, track) || null,
        isrc: cell(fields, isrc) || null,
        upc: barcode(cell(fields, upc), extra),
        saleType: saleTypeFromWords(cell(fields, contentType), cell(fields, delivery)),
        quantity: isVoid ? negativeUnlessAlready(quantity) : quantity,
        currency: 'USD',
        amount: isVoid ? negativeUnlessAlready(amount) : amount,
        extra,
      };
    };
  },
};
