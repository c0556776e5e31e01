import { cell, requiredCell } from '../header-columns';
import { readCurrency } from '../field-readers';
import type { LineMapper } from './statement-format';
import type { DateOrder } from '../../../shared/period/sale-period';
import {
  barcode, columnsOf, keptColumns, keptExtra, knownNames, readMonth, readReportingDay, saleTypeFromWords,
  type KeptSpec,
} from './column-kit';
import { FlexibleDecimals } from './flexible-decimals';

const EU_REPORT = [
  'Period', 'Activity Period', 'DMS', 'Territory', 'Orchard UPC', "Manufacturer's UPC", 'Label Catalog #',
  'Imprint Label', 'Artist Name', 'Release Name', 'Track Name', 'ISRC', 'Volume', 'Track #', 'Quantity', 'Trans Type',
  'Label Share Net Receipts', 'Preferred Currency',
];
const EXTENDED = [
  'Period', 'Activity Period', 'Retailer', 'Territory', 'Product UPC', 'Manufacturer UPC', 'Project Code',
  'Product Code', 'Subaccount', 'Imprint Label', 'Artist Name', 'Product Name', 'Track Name', 'Track Artist', 'ISRC',
  'Volume', 'Track', 'Trans Type', 'Trans Type Description', 'Unit Price', 'Discount', 'Price', 'Quantity', 'Total',
  'Adjusted Total', 'Split Rate', 'Label Share Net Receipts', 'Ringtone Publishing', 'Cloud Publishing', 'Publishing',
  'Mech. Administrative Fee', 'Preferred Currency',
];
export const ORCHARD_CLASSIC_COLUMNS = knownNames(EU_REPORT, EXTENDED);
export const ORCHARD_CLASSIC_FINGERPRINT = [
  ['Period'], ['Activity Period'], ['DMS', 'Retailer'], ['Quantity'], ['Label Share Net Receipts'], ['Preferred Currency'],
];

const KEPT: KeptSpec = [
  ['label_catalog_number', 'Label Catalog #'],
  ['imprint_label', 'Imprint Label'],
  ['project_code', 'Project Code'],
  ['product_code', 'Product Code'],
  ['subaccount', 'Subaccount'],
  ['volume', 'Volume'],
  ['track_number', 'Track #', 'Track'],
  ['trans_type', 'Trans Type'],
  ['trans_type_description', 'Trans Type Description'],
  ['unit_price', 'Unit Price'],
  ['discount', 'Discount'],
  ['price', 'Price'],
  ['total', 'Total'],
  ['adjusted_total', 'Adjusted Total'],
  ['split_rate', 'Split Rate'],
  ['ringtone_publishing', 'Ringtone Publishing'],
  ['cloud_publishing', 'Cloud Publishing'],
  ['publishing', 'Publishing'],
  ['mech_administrative_fee', 'Mech. Administrative Fee'],
];

/**
 * Lines of the EU full report and the extended account export, which share their meaning under
 * different names. `Period` is the statement month, `Activity Period` the sale month (`2017M10`).
 * The label's own barcode (`Manufacturer's UPC`) is preferred to The Orchard's; the other is kept.
 */
export function orchardClassicLines(header: string[], usualDecimal: '.' | ',', order?: DateOrder): LineMapper {
  const c = columnsOf(header);
  const period = c.find('Period');
  const activity = c.find('Activity Period');
  const store = c.find('DMS', 'Retailer');
  const territory = c.find('Territory');
  const labelUpc = c.find("Manufacturer's UPC", 'Manufacturer UPC');
  const orchardUpc = c.find('Orchard UPC', 'Product UPC');
  const artist = c.find('Track Artist', 'Artist Name');
  const release = c.find('Release Name', 'Product Name');
  const track = c.find('Track Name');
  const isrc = c.find('ISRC');
  const quantity = c.find('Quantity');
  const transType = c.find('Trans Type');
  const transDescription = c.find('Trans Type Description');
  const earned = c.find('Label Share Net Receipts');
  const currency = c.find('Preferred Currency');
  const kept = keptColumns(c, KEPT);
  const numbers = new FlexibleDecimals(usualDecimal);
  return (fields) => {
    const extra = keptExtra(fields, kept);
    const labelCode = cell(fields, labelUpc);
    const orchardCode = cell(fields, orchardUpc);
    const upc = barcode(labelCode, extra) ?? barcode(orchardCode, extra);
    if (labelCode !== '' && orchardCode !== '' && orchardCode !== labelCode) extra.orchard_upc = orchardCode;
    return {
      sale: readMonth(requiredCell(fields, activity, 'Activity Period'), 'Activity Period', order),
      reportingDay: readReportingDay(cell(fields, period), 'Period', order),
      platform: cell(fields, store) || 'Unknown store',
      territory: cell(fields, territory),
      artist: cell(fields, artist),
      releaseTitle: cell(fields, release) || null,
      recordingTitle: cell(fields, track) || null,
      isrc: cell(fields, isrc) || null,
      upc,
      saleType: saleTypeFromWords(cell(fields, transDescription), cell(fields, transType)),
      quantity: numbers.quantity(cell(fields, quantity), 'Quantity'),
      currency: readCurrency(requiredCell(fields, currency, 'Preferred Currency'), 'Preferred Currency'),
      amount: numbers.amount(cell(fields, earned), 'Label Share Net Receipts'),
      extra,
    };
  };
}
