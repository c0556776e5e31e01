import type { SaleType } from '../../catalogue/platform-catalogue';
import { readAmount, readCurrency, readPeriod, readQuantity } from '../field-readers';
import { HeaderColumns, cell, requiredCell } from '../header-columns';
import { LineRejection, SKIP_LINE } from '../statement-line';
import { extraKey, KEPT_COLUMNS, KNOWN_COLUMNS, NEWER_COLUMNS, PERSONAL_COLUMNS } from './bandcamp-columns';
import type { StatementFormat } from './statement-format';

/** Every Bandcamp export has these; the short one lacks the transaction ids, the full one has both. */
const FINGERPRINT = ['date', 'item type', 'item name', 'currency', 'quantity', 'net amount'];
const EITHER_OF = ['paid to', 'bandcamp transaction id'];

/** Rows that move money out of the balance (payouts to PayPal, Bandcamp's share): not sales. */
const NOT_SALES = new Set(['payout', 'payouts', 'revenue share', 'transfer']);
const RETURNS = new Set(['reversal', 'refund']);

interface SaleKind {
  saleType: SaleType;
  /** Albums and packages are release-level lines; tracks are recordings. */
  releaseLevel: boolean;
  returned: boolean;
}

const SALES: Record<string, SaleKind> = {
  album: { saleType: 'download', releaseLevel: true, returned: false },
  track: { saleType: 'download', releaseLevel: false, returned: false },
  package: { saleType: 'physical', releaseLevel: true, returned: false },
};

/**
 * A refund or reversal does not say what was refunded; its item url does (`/track/…`,
 * `/album/…`, `/merch/…`), and a package name that is not "digital download" means merchandise.
 */
function returnedKind(itemUrl: string, packageName: string): SaleKind {
  const physical = /\/merch\//i.test(itemUrl) || (packageName !== '' && !/digital/i.test(packageName));
  return { saleType: physical ? 'physical' : 'download', releaseLevel: !/\/track\//i.test(itemUrl), returned: true };
}

/**
 * A heading over the pending payments at the bottom ("pending payments"): text in the first cell
 * and nothing else, no digit in it (a lone date would be a line cut short, not a heading).
 */
function isHeading(fields: string[]): boolean {
  const first = fields[0]?.trim() ?? '';
  return first !== '' && !/\d/.test(first) && fields.every((f, i) => i === 0 || f.trim() === '');
}

function variantOf(columns: HeaderColumns): string {
  const full = columns.has('bandcamp transaction id', 'item url', 'buyer email');
  const newer = columns.has(...NEWER_COLUMNS);
  return `${full ? 'full' : 'short'} export${newer ? ' (fan contribution, seller/marketplace tax)' : ''}`;
}

/**
 * Bandcamp sales report: the full export (52 columns, UTF-16LE with BOM), the short one (17
 * columns, UTF-8, ending at `net amount`) and newer files with the fan contribution and the
 * seller/marketplace tax columns. Dates are `M/D/YY h:mma` in UTC, one line per cart item.
 *
 * - Payout and revenue-share rows move money out of the balance and are skipped, as is a heading
 *   row over the pending payments (text in the first cell only).
 * - Refunds and reversals are negative (quantity and amount), whether or not a minus is printed.
 * - `transaction fee` is blank on all but the last item of a cart and `*` while the payment is
 *   pending; it is kept as printed, and a pending row is still a sale.
 * - Buyer name, e-mail, phone, note and the ship-to address are stored only when the user opted
 *   in (context.keepPersonalData); other columns are kept from an allow-list.
 */
export const bandcamp: StatementFormat = {
  id: 'bandcamp',
  name: 'Bandcamp',
  fingerprints: [{ columns: [...FINGERPRINT, EITHER_OF] }],
  recognise(header) {
    const columns = new HeaderColumns(header);
    const confidence = columns.coverage(FINGERPRINT);
    if (confidence < 1 || !columns.has(...EITHER_OF)) return null;
    return { variant: variantOf(columns), confidence, unknownColumns: columns.unknown(KNOWN_COLUMNS) };
  },
  // The heading may be one cell wide: the pipeline asks before it checks the row's width.
  isSectionRow: isHeading,
  mapper(header, _match, context) {
    const order = context.dates?.order;
    const c = new HeaderColumns(header);
    const date = c.find('date');
    const itemType = c.find('item type');
    const itemName = c.find('item name');
    const artist = c.find('artist');
    const currency = c.find('currency');
    const quantity = c.find('quantity');
    const net = c.find('net amount');
    const packageName = c.find('package');
    const itemUrl = c.find('item url');
    const upc = c.find('upc');
    const isrc = c.find('isrc');
    const countryCode = c.find('country code');
    const keptNames = context.keepPersonalData ? [...KEPT_COLUMNS, ...PERSONAL_COLUMNS] : KEPT_COLUMNS;
    const kept = keptNames.map((name) => [extraKey(name), c.find(name)] as const).filter(([, i]) => i >= 0);
    return (fields) => {
      if (isHeading(fields)) return SKIP_LINE;
      const type = requiredCell(fields, itemType, 'item type').toLowerCase();
      if (NOT_SALES.has(type)) return SKIP_LINE;
      const kind = SALES[type] ?? (RETURNS.has(type) ? returnedKind(cell(fields, itemUrl), cell(fields, packageName)) : null);
      if (kind === null) {
        throw new LineRejection(
          `column "item type": "${cell(fields, itemType)}" is not a Bandcamp item type this app knows (album, track, package, refund, reversal, payout)`,
        );
      }
      const name = requiredCell(fields, itemName, 'item name');
      const printedQuantity = readQuantity(cell(fields, quantity), 'quantity');
      const printedAmount = readAmount(cell(fields, net), 'net amount');
      const extra: Record<string, string> = {};
      for (const [key, index] of kept) {
        const value = cell(fields, index);
        if (value !== '') extra[key] = value;
      }
      return {
        sale: readPeriod(requiredCell(fields, date, 'date'), 'date', order),
        reportingDay: null,
        platform: 'Bandcamp',
        territory: cell(fields, countryCode),
        artist: cell(fields, artist),
        releaseTitle: kind.releaseLevel ? name : null,
        recordingTitle: kind.releaseLevel ? null : name,
        isrc: cell(fields, isrc) || null,
        upc: cell(fields, upc) || null,
        saleType: kind.saleType,
        quantity: kind.returned && printedQuantity > 0 ? -printedQuantity : printedQuantity,
        currency: readCurrency(requiredCell(fields, currency, 'currency'), 'currency'),
        amount: kind.returned && printedAmount > 0n ? -printedAmount : printedAmount,
        extra,
      };
    };
  },
};
