import { ChunkedTextFile, type DemoFileEncoding } from './chunked-text-file';
import { dayText, monthText } from './demo-calendar';
import { formatFixed, MODEL_SCALE, rescale } from './demo-money';
import type { DemoSale } from './demo-sales-model';

/** legacy: 13 tab-separated columns; current (2025+): 15 quoted, comma-separated columns. */
export type DistroKidLayout = 'legacy' | 'current';

export interface DistroKidStatement {
  layout: DistroKidLayout;
  encoding: DemoFileEncoding;
  /** yyyymmdd */
  reportingDay: number;
  /** yyyymmdd; printed by the current layout only. */
  insertedDay: number;
}

const LEGACY_HEADER = [
  'Reporting Date', 'Sale Month', 'Store', 'Artist', 'Title', 'ISRC', 'UPC', 'Quantity', 'Team Percentage',
  'Song/Album', 'Country of Sale', 'Songwriter Royalties Withheld', 'Earnings (USD)',
];
const CURRENT_HEADER = [
  'Date Inserted', 'Reporting Date', 'Sale Month', 'Store', 'Artist', 'Title', 'ISRC', 'UPC', 'Quantity',
  'Team Percentage', 'Source Type', 'Country of Sale', 'Songwriter Royalties Withheld (USD)', 'Earnings (USD)',
  'Recoup (USD)',
];
/** DistroKid leaves the UPC blank on song rows from most streaming stores. */
const SONG_ROWS_WITH_UPC = new Set(['Spotify', 'Apple Music', 'iTunes', 'Amazon (Downloads)']);

function quoted(fields: string[]): string {
  return fields.map((f) => `"${f.replace(/"/g, '""')}"`).join(',');
}

function tabbed(fields: string[]): string {
  for (const f of fields) if (/[\t\r\n]/.test(f)) throw new Error(`"${f}" cannot go into a tab-separated cell`);
  return fields.join('\t');
}

/** Writes one DistroKid "excruciating detail" statement; returns the number of statement lines. */
export async function writeDistroKidStatement(path: string, statement: DistroKidStatement, sales: readonly DemoSale[]): Promise<number> {
  const file = ChunkedTextFile.open(path, statement.encoding);
  const legacy = statement.layout === 'legacy';
  const eol = legacy ? '\n' : '\r\n';
  const reporting = dayText(statement.reportingDay);
  const inserted = dayText(statement.insertedDay);
  await file.write((legacy ? tabbed(LEGACY_HEADER) : quoted(CURRENT_HEADER)) + eol);
  for (const sale of sales) {
    const store = sale.store.distroKidName!;
    const song = sale.recording;
    const upc = song === null || SONG_ROWS_WITH_UPC.has(store) ? sale.release.upc : '';
    const middle = [
      monthText(sale.saleMonth), store, song?.artist ?? sale.release.artist, song?.title ?? sale.release.title,
      song?.isrc ?? '', upc, String(sale.quantity), String(sale.teamPermille / 10), song ? 'Song' : 'Album', sale.country,
    ];
    const earnings = formatFixed(rescale(sale.earnings, MODEL_SCALE, sale.decimals), sale.decimals);
    const row = legacy
      ? tabbed([reporting, ...middle, '0', earnings])
      : quoted([inserted, reporting, ...middle, '0', earnings, '0']);
    await file.write(row + eol);
  }
  await file.close();
  return sales.length;
}
