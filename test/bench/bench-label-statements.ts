import { join } from 'node:path';
import { ChunkedTextFile } from '../../src/main/demo/chunked-text-file';
import { dayOf, dayText, daysIn, monthText, parseMonth, type MonthIndex } from '../../src/main/demo/demo-calendar';
import { deriveSeed, SeededRandom, WeightedTable } from '../../src/main/demo/seeded-random';
import { benchCatalogue, monthlyPull, RECORDING_COUNT, type BenchRecording } from './bench-label-catalogue';
import { BENCH_STORES, benchTerritories, monthlyRates, type BenchStore, type BenchTerritory } from './bench-label-markets';

/** Bumped whenever the generated statements change, so cached stores built from older ones are rebuilt. */
export const BENCH_LABEL_VERSION = 1;

const SEED = 20_210_101;
const LAST_MONTH = '2025-12';
const LABEL = 'Northwind Recordings';
const AMOUNT_DECIMALS = 12;
const AMOUNT_SCALE = 10 ** AMOUNT_DECIMALS;

const DISTROKID_HEADER = [
  'Date Inserted', 'Reporting Date', 'Sale Month', 'Store', 'Artist', 'Title', 'ISRC', 'UPC', 'Quantity',
  'Team Percentage', 'Source Type', 'Country of Sale', 'Songwriter Royalties Withheld (USD)', 'Earnings (USD)', 'Recoup (USD)',
];
const TUNECORE_HEADER = [
  'Sales Period', 'Posted Date', 'Store Name', 'Country Of Sale', 'Artist', 'Release Type', 'Release Title',
  'Song Title', 'Label', 'UPC', 'Optional UPC', 'TC Song ID', 'Optional ISRC', 'Sales Type', '# Units Sold',
  'Per Unit Price', 'Net Sales', 'Net Sales Currency', 'Exchange Rate', 'Total Earned', 'Currency',
];
/** DistroKid prints the UPC on song rows of these stores only. */
const SONG_ROWS_WITH_UPC = new Set(['Spotify', 'Apple Music', 'iTunes', 'Amazon (Downloads)']);

export interface BenchLabel {
  /** Statement files in the order to import them: per month, DistroKid then TuneCore. */
  files: string[];
  /** `month,currency,rate` for every month and foreign currency, as the FX rates page imports it. */
  ratesCsv: string;
  firstMonth: string;
  lastMonth: string;
  /** The last day of the last month, as "today" for the time presets. */
  lastDay: string;
  lines: number;
}

/** A positive amount in 1e-12 units as printed decimal text (the integers stay below 2^53). */
function amountText(units: number): string {
  return `${Math.floor(units / AMOUNT_SCALE)}.${String(units % AMOUNT_SCALE).padStart(AMOUNT_DECIMALS, '0')}`;
}

function quoted(fields: readonly string[]): string {
  return fields.map((f) => `"${f.replace(/"/g, '""')}"`).join(',');
}

function csvFields(fields: readonly string[]): string {
  return fields.map((f) => (/[",\r\n]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f)).join(',');
}

/** One line's draw: what sold, where, how much, and for how many US dollars. */
interface Sale {
  recording: BenchRecording;
  store: BenchStore;
  territory: BenchTerritory;
  /** A whole-album download: a release-level line naming no recording. */
  album: boolean;
  quantity: number;
  usdUnits: number;
}

class MonthOfSales {
  private readonly recordings: WeightedTable<BenchRecording>;
  private readonly strongestPull: number;

  constructor(
    private readonly month: MonthIndex,
    catalogue: readonly BenchRecording[],
    private readonly stores: WeightedTable<BenchStore>,
    private readonly territories: WeightedTable<BenchTerritory>,
    private readonly territoryByCode: ReadonlyMap<string, BenchTerritory>,
  ) {
    this.recordings = new WeightedTable(catalogue, (r) => monthlyPull(r, month));
    this.strongestPull = Math.max(...catalogue.map((r) => monthlyPull(r, month)));
  }

  draw(random: SeededRandom): Sale {
    const recording = this.recordings.draw(random);
    const store = this.stores.draw(random);
    const territory = store.territories ? this.territoryByCode.get(random.pick(store.territories))! : this.territories.draw(random);
    const album = store.kind === 'download' && recording.release.recordings.length > 1 && random.chance(0.2);
    let quantity: number;
    let usd: number;
    if (store.kind === 'download') {
      quantity = album ? 1 : 1 + (random.chance(0.2) ? random.int(1, 3) : 0);
      usd = quantity * (album ? store.albumRate! : store.unitRate);
    } else {
      // Hits print big numbers on many lines; the tail prints a handful of plays.
      const reach = 30 + 6_000 * (monthlyPull(recording, this.month) / this.strongestPull) ** 0.3;
      quantity = 1 + Math.floor(reach * random.next() ** 3);
      usd = quantity * store.unitRate * territory.rateFactor;
    }
    const usdUnits = Math.max(1, Math.round(usd * random.between(0.85, 1.15) * AMOUNT_SCALE));
    return { recording, store, territory, album, quantity, usdUnits };
  }
}

function distroKidRow(sale: Sale, saleMonth: MonthIndex): string {
  const { recording, store } = sale;
  const reported = monthText(saleMonth + store.reportingLag);
  const release = recording.release;
  const upc = sale.album || SONG_ROWS_WITH_UPC.has(store.distroKid) ? release.upc : '';
  return quoted([
    `${reported}-15`, `${reported}-15`, monthText(saleMonth), store.distroKid, recording.artist,
    sale.album ? release.title : recording.title, sale.album ? '' : recording.isrc, upc, String(sale.quantity), '100',
    sale.album ? 'Album' : 'Song', sale.territory.code, '0', amountText(sale.usdUnits), '0',
  ]);
}

const TUNECORE_SALES_TYPE = { stream: 'Streaming', ugc: 'UGC', download: 'Download' } as const;

function tuneCoreRow(sale: Sale, saleMonth: MonthIndex, rates: { EUR: string; GBP: string }): string {
  const { recording, store, territory } = sale;
  const release = recording.release;
  const currency = territory.currency;
  const rate = currency === 'USD' ? '1.0000' : rates[currency];
  const earned = currency === 'USD' ? sale.usdUnits : Math.max(1, Math.round(sale.usdUnits / Number(rate)));
  const perUnit = Math.round(earned / sale.quantity / 10 ** (AMOUNT_DECIMALS - 6));
  return csvFields([
    monthText(saleMonth), `${monthText(saleMonth + 1)}-12`, store.tuneCore, territory.code, recording.artist,
    release.kind === 'Single' ? 'Single' : 'Album', release.title, sale.album ? '' : recording.title, LABEL, release.upc, '',
    sale.album ? '' : String(recording.tuneCoreSongId), sale.album ? '' : recording.isrc,
    sale.album ? 'Album Download' : TUNECORE_SALES_TYPE[store.kind], String(sale.quantity),
    `${Math.floor(perUnit / 1e6)}.${String(perUnit % 1e6).padStart(6, '0')}`, amountText(earned), currency, rate, amountText(earned), currency,
  ]);
}

/**
 * Writes `lines` statement lines over 60 months (2021-01 to 2025-12) as one DistroKid file and one
 * TuneCore file per month, growing with the label. The same line count always gives the same
 * bytes: every month draws from its own seed.
 */
export async function writeBenchLabel(dir: string, lines: number, referenceTerritories: readonly string[], months = 60): Promise<BenchLabel> {
  const lastMonth = parseMonth(LAST_MONTH);
  const firstMonth = lastMonth - months + 1;
  const releases = benchCatalogue(firstMonth, lastMonth, new SeededRandom(SEED));
  const catalogue = releases.flatMap((r) => r.recordings);
  if (catalogue.length !== RECORDING_COUNT) throw new Error(`the catalogue has ${catalogue.length} recordings, not ${RECORDING_COUNT}`);
  const territoryList = benchTerritories(referenceTerritories);
  const territoryByCode = new Map(territoryList.map((t) => [t.code, t]));
  const stores = new WeightedTable(BENCH_STORES, (s) => s.lineShare);
  const territories = new WeightedTable(territoryList, (t) => t.lineShare);

  const growth = Array.from({ length: months }, (_, i) => 1 + (0.8 * i) / Math.max(1, months - 1));
  const growthTotal = growth.reduce((a, b) => a + b, 0);
  const perMonth = growth.map((g) => Math.floor((lines * g) / growthTotal));
  perMonth[months - 1]! += lines - perMonth.reduce((a, b) => a + b, 0);

  const files: string[] = [];
  const rateRows = ['month,currency,rate'];
  for (let i = 0; i < months; i++) {
    const month = firstMonth + i;
    const rates = monthlyRates(month);
    rateRows.push(`${monthText(month)},EUR,${rates.EUR}`, `${monthText(month)},GBP,${rates.GBP}`);
    const sales = new MonthOfSales(month, catalogue, stores, territories, territoryByCode);
    const random = new SeededRandom(deriveSeed(SEED, month));
    const distroKidPath = join(dir, `distrokid-${monthText(month)}.csv`);
    const tuneCorePath = join(dir, `tunecore-${monthText(month)}.csv`);
    const distroKid = ChunkedTextFile.open(distroKidPath, 'utf-8');
    const tuneCore = ChunkedTextFile.open(tuneCorePath, 'utf-8');
    await distroKid.write(`${quoted(DISTROKID_HEADER)}\r\n`);
    await tuneCore.write(`${TUNECORE_HEADER.join(',')}\r\n`);
    const written = { distroKid: 0, tuneCore: 0 };
    for (let n = 0; n < perMonth[i]!; n++) {
      const sale = sales.draw(random);
      if (sale.recording.release.distributor === 'distrokid') {
        await distroKid.write(`${distroKidRow(sale, month)}\r\n`);
        written.distroKid++;
      } else {
        await tuneCore.write(`${tuneCoreRow(sale, month, rates)}\r\n`);
        written.tuneCore++;
      }
    }
    await distroKid.close();
    await tuneCore.close();
    // A tiny run can leave a month without TuneCore sales; a header alone is no statement.
    if (written.distroKid) files.push(distroKidPath);
    if (written.tuneCore) files.push(tuneCorePath);
  }
  return {
    files,
    ratesCsv: `${rateRows.join('\n')}\n`,
    firstMonth: monthText(firstMonth),
    lastMonth: LAST_MONTH,
    lastDay: dayText(dayOf(lastMonth, daysIn(lastMonth))),
    lines,
  };
}
