import { readCurrency } from '../field-readers';
import { cell, requiredCell, type HeaderColumns } from '../header-columns';
import { statedAmount, statedCount, type StatedTotal } from '../stated-totals';
import type { StatementFormat } from './statement-format';
import {
  barcode, columnsOf, groupCoverage, keptColumns, keptExtra, knownNames, readMonth, readReportingDay,
  saleTypeFromWords, type KeptSpec,
} from './column-kit';
import { FlexibleDecimals } from './flexible-decimals';

/**
 * Believe's columns as [English, French, other spellings]. Believe localises the header to the
 * account's language. The French names are our own plausible translations of the English ones:
 * FORMATS.md lists only English names and no French header list was at hand, so a real French
 * export that words a column differently shows up as an unknown column, not as a wrong figure.
 */
const NAMES = {
  reportingMonth: ['Reporting month', 'Mois de reporting'],
  salesMonth: ['Sales Month', 'Mois de vente', 'Sale Month'],
  platform: ['Platform', 'Plateforme'],
  country: ['Country / Region', 'Pays / Région', 'Country/Region', 'Pays/Région', 'Country'],
  label: ['Label Name', 'Nom du label'],
  artist: ['Artist Name', "Nom de l'artiste", 'Artiste'],
  release: ['Release title', 'Titre de la sortie'],
  track: ['Track title', 'Titre de la piste'],
  upc: ['UPC'],
  isrc: ['ISRC'],
  catalog: ['Release Catalog nb', 'N° de catalogue de la sortie', 'Release Catalog Number'],
  subscription: ['Streaming Subscription Type', "Type d'abonnement streaming"],
  releaseType: ['Release type', 'Type de sortie'],
  salesType: ['Sales Type', 'Type de vente'],
  quantity: ['Quantity', 'Quantité'],
  currency: ['Client Payment Currency', 'Devise de paiement client'],
  unitPrice: ['Unit Price', 'Prix unitaire'],
  mechanicalFee: ['Mechanical Fee', 'Frais mécaniques'],
  grossRevenue: ['Gross Revenue', 'Revenu brut'],
  shareRate: ['Client share rate', 'Taux de partage client'],
  netRevenue: ['Net Revenue', 'Revenu net'],
} satisfies Record<string, readonly [string, ...string[]]>;

const FINGERPRINT = [NAMES.salesMonth, NAMES.platform, NAMES.quantity, NAMES.currency, NAMES.netRevenue];
const KEPT: KeptSpec = [
  ['label', ...NAMES.label],
  ['release_catalog_nb', ...NAMES.catalog],
  ['streaming_subscription_type', ...NAMES.subscription],
  ['release_type', ...NAMES.releaseType],
  ['sales_type', ...NAMES.salesType],
  ['unit_price', ...NAMES.unitPrice],
  ['mechanical_fee', ...NAMES.mechanicalFee],
  ['gross_revenue', ...NAMES.grossRevenue],
  ['client_share_rate', ...NAMES.shareRate],
];

/**
 * The number style each file's lines settled, by its header: the totals row at the bottom is
 * read in the same style (an ambiguous `1.234` there means what it meant in the lines).
 */
const settledStyles = new WeakMap<string[], FlexibleDecimals>();

function isFrench(columns: HeaderColumns): boolean {
  return columns.has(NAMES.netRevenue[1]) || columns.has(NAMES.salesMonth[1]);
}

/**
 * Believe sales report: any column order, any header case, English or French. The label's
 * earning is `Net Revenue` (after Believe's share) in `Client Payment Currency`; gross revenue,
 * the mechanical fee and the share rate are kept. Numbers usually carry a decimal comma, but
 * exports with a decimal point exist, so each file's style is read from its own cells.
 */
export const believe: StatementFormat = {
  id: 'believe',
  name: 'Believe',
  fingerprints: [{ columns: FINGERPRINT }],
  recognise(header) {
    const columns = columnsOf(header);
    const confidence = groupCoverage(columns, FINGERPRINT);
    if (confidence < 1) return null;
    return {
      variant: isFrench(columns) ? 'sales report (French headers)' : 'sales report (English headers)',
      confidence,
      unknownColumns: columns.unknown(knownNames(...Object.values(NAMES))),
    };
  },
  mapper(header, _match, context) {
    const order = context.dates?.order;
    const c = columnsOf(header);
    const col = Object.fromEntries(
      Object.entries(NAMES).map(([key, names]) => [key, c.find(...names)]),
    ) as Record<keyof typeof NAMES, number>;
    // Messages name a column as this file prints it, in its language.
    const named = (index: number): string => header[index]?.trim() ?? '';
    const kept = keptColumns(c, KEPT);
    const numbers = new FlexibleDecimals(',');
    settledStyles.set(header, numbers);
    return (fields) => {
      const extra = keptExtra(fields, kept);
      return {
        sale: readMonth(requiredCell(fields, col.salesMonth, named(col.salesMonth)), named(col.salesMonth), order),
        reportingDay: readReportingDay(cell(fields, col.reportingMonth), named(col.reportingMonth), order),
        platform: cell(fields, col.platform) || 'Unknown store',
        territory: cell(fields, col.country),
        artist: cell(fields, col.artist),
        releaseTitle: cell(fields, col.release) || null,
        recordingTitle: cell(fields, col.track) || null,
        isrc: cell(fields, col.isrc) || null,
        upc: barcode(cell(fields, col.upc), extra),
        saleType: saleTypeFromWords(cell(fields, col.salesType)),
        quantity: numbers.quantity(cell(fields, col.quantity), named(col.quantity)),
        currency: readCurrency(requiredCell(fields, col.currency, named(col.currency)), named(col.currency)),
        amount: numbers.amount(cell(fields, col.netRevenue), named(col.netRevenue)),
        extra,
      };
    };
  },
  /** A `Total` row sums `Quantity` and `Net Revenue`; its currency cell is usually blank (the file's one). */
  statedTotals(header) {
    const c = columnsOf(header);
    const quantity = c.find(...NAMES.quantity);
    const net = c.find(...NAMES.netRevenue);
    const currency = c.find(...NAMES.currency);
    const named = (index: number): string => header[index]?.trim() ?? '';
    return (fields) => {
      const numbers = settledStyles.get(header) ?? new FlexibleDecimals(',');
      const label = fields.find((f) => f.trim() !== '')?.trim() ?? '';
      const stated: StatedTotal[] = [];
      const units = cell(fields, quantity);
      if (units !== '') stated.push(statedCount(`${label} (${named(quantity)})`, 'quantity', numbers.quantity(units, named(quantity))));
      const amount = cell(fields, net);
      if (amount !== '') {
        const code = cell(fields, currency);
        const value = numbers.amount(amount, named(net));
        stated.push(statedAmount(`${label} (${named(net)})`, amount, value, code === '' ? null : readCurrency(code, named(currency))));
      }
      return stated;
    };
  },
};
