import { readCurrency } from '../field-readers';
import { cell, requiredCell } from '../header-columns';
import { statedAmount, statedCount, type StatedTotal } from '../stated-totals';
import { SKIP_LINE } from '../statement-line';
import type { StatementFormat } from './statement-format';
import {
  barcode, columnsOf, isTotalsWord, keptColumns, keptExtra, knownNames, readMonth, saleTypeFromWords,
  type KeptSpec,
} from './column-kit';
import { FlexibleDecimals } from './flexible-decimals';

const COLUMNS = [
  'Sales Period', 'Store', 'Ch.-Type', 'Channel ID', 'Country', 'Label', 'Product Type', 'Product Title',
  'Product Artist', 'EAN', 'ISRC', 'GRID', 'Article No', 'Royalties', 'Units', 'Currency',
];
const FINGERPRINT = ['Sales Period', 'Store', 'Ch.-Type', 'EAN', 'Royalties', 'Units'];
const KEPT: KeptSpec = [
  ['channel_type', 'Ch.-Type'],
  ['channel_id', 'Channel ID'],
  ['label', 'Label'],
  ['product_type', 'Product Type'],
  ['grid', 'GRID'],
  ['article_no', 'Article No'],
];

/** The number style each file's lines settled, by its header, for reading its totals row alike. */
const settledStyles = new WeakMap<string[], FlexibleDecimals>();

/**
 * Kontor New Media sales report. `Royalties` is the label's earning. Kontor accounts in euros and
 * the layout has no currency column; one is read when a file has it. A German export writes a
 * decimal comma, so each file's style is read from its own cells (a decimal point is usual).
 * Track rows carry an ISRC; product rows (albums) only the EAN.
 */
export const kontor: StatementFormat = {
  id: 'kontor',
  name: 'Kontor New Media',
  fingerprints: [{ columns: FINGERPRINT }],
  recognise(header) {
    const columns = columnsOf(header);
    const confidence = columns.coverage(FINGERPRINT);
    if (confidence < 1) return null;
    return { variant: 'sales report', confidence, unknownColumns: columns.unknown(knownNames(COLUMNS)) };
  },
  mapper(header, _match, context) {
    const order = context.dates?.order;
    const c = columnsOf(header);
    const period = c.find('Sales Period');
    const store = c.find('Store');
    const channelType = c.find('Ch.-Type');
    const country = c.find('Country');
    const title = c.find('Product Title');
    const artist = c.find('Product Artist');
    const ean = c.find('EAN');
    const isrc = c.find('ISRC');
    const royalties = c.find('Royalties');
    const units = c.find('Units');
    const currency = c.find('Currency');
    const kept = keptColumns(c, KEPT);
    const numbers = new FlexibleDecimals('.');
    settledStyles.set(header, numbers);
    return (fields) => {
      // German exports end with a "Summe"/"Gesamt" row the pipeline's English totals test misses.
      if (isTotalsWord(cell(fields, period)) || (cell(fields, store) === '' && isTotalsWord(cell(fields, 0)))) return SKIP_LINE;
      const extra = keptExtra(fields, kept);
      const code = cell(fields, isrc);
      const name = cell(fields, title);
      return {
        sale: readMonth(requiredCell(fields, period, 'Sales Period'), 'Sales Period', order),
        reportingDay: null,
        platform: cell(fields, store) || 'Unknown store',
        territory: cell(fields, country),
        artist: cell(fields, artist),
        releaseTitle: code === '' ? name || null : null,
        recordingTitle: code === '' ? null : name || null,
        isrc: code || null,
        upc: barcode(cell(fields, ean), extra),
        saleType: saleTypeFromWords(cell(fields, channelType)),
        quantity: numbers.quantity(cell(fields, units), 'Units'),
        currency: currency < 0 ? 'EUR' : readCurrency(requiredCell(fields, currency, 'Currency'), 'Currency'),
        amount: numbers.amount(cell(fields, royalties), 'Royalties'),
        extra,
      };
    };
  },
  /** The `Gesamt`/`Summe` row sums `Royalties` (in euros unless the file has a currency column) and `Units`. */
  statedTotals(header) {
    const c = columnsOf(header);
    const royalties = c.find('Royalties');
    const units = c.find('Units');
    const currency = c.find('Currency');
    return (fields) => {
      const numbers = settledStyles.get(header) ?? new FlexibleDecimals('.');
      const label = fields.find((f) => f.trim() !== '')?.trim() ?? '';
      const stated: StatedTotal[] = [];
      const unitText = cell(fields, units);
      if (unitText !== '') stated.push(statedCount(`${label} (Units)`, 'quantity', numbers.quantity(unitText, 'Units')));
      const amount = cell(fields, royalties);
      if (amount !== '') {
        const code = currency < 0 ? 'EUR' : cell(fields, currency);
        const value = numbers.amount(amount, 'Royalties');
        stated.push(statedAmount(`${label} (Royalties)`, amount, value, code === '' ? null : readCurrency(code, 'Currency')));
      }
      return stated;
    };
  },
};
