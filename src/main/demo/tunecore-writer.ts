import { ChunkedTextFile } from './chunked-text-file';
import { dayText } from './demo-calendar';
import { divideRounded, formatFixed, MODEL_SCALE, rescale } from './demo-money';
import { DEMO_LABEL } from './demo-names';
import type { DemoSale } from './demo-sales-model';

export interface TuneCoreStatement {
  /** yyyymmdd: when TuneCore posted the month's sales to the account. */
  postedDay: number;
  /** Exchange rates of the sale month, 4 decimals (1 unit of the currency in USD). */
  exchangeRates: { EUR: number; GBP: number };
}

const HEADER = [
  'Sales Period', 'Posted Date', 'Store Name', 'Country Of Sale', 'Artist', 'Release Type', 'Release Title',
  'Song Title', 'Label', 'UPC', 'Optional UPC', 'TC Song ID', 'Optional ISRC', 'Sales Type', '# Units Sold',
  'Per Unit Price', 'Net Sales', 'Net Sales Currency', 'Exchange Rate', 'Total Earned', 'Currency',
];
const RATE_SCALE = 4;
const NET_SCALE = 8;
const UNIT_PRICE_SCALE = 6;

function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function salesType(sale: DemoSale): string {
  if (sale.store.kind === 'download') return sale.recording ? 'Download' : 'Album Download';
  return sale.store.kind === 'ugc' ? 'UGC' : 'Streaming';
}

/**
 * The money columns of one line. A foreign-currency line is fixed first in the store's currency
 * (8 decimals), and Total Earned is that times the 4-decimal rate, exactly, at 12 decimals.
 */
function money(sale: DemoSale, rates: TuneCoreStatement['exchangeRates']): string[] {
  let net: bigint;
  let netScale: number;
  let rate = 10n ** BigInt(RATE_SCALE);
  let total: bigint;
  let totalScale: number;
  if (sale.localCurrency === null) {
    netScale = totalScale = sale.decimals;
    net = total = rescale(sale.earnings, MODEL_SCALE, sale.decimals);
  } else {
    rate = BigInt(rates[sale.localCurrency]);
    netScale = NET_SCALE;
    net = divideRounded(sale.earnings * 10n ** BigInt(NET_SCALE + RATE_SCALE - MODEL_SCALE), rate);
    total = net * rate;
    totalScale = NET_SCALE + RATE_SCALE;
  }
  const units = BigInt(Math.abs(sale.quantity));
  const absNet = net < 0n ? -net : net;
  const unitPrice = divideRounded(rescale(absNet, netScale, UNIT_PRICE_SCALE), units);
  return [
    String(sale.quantity),
    formatFixed(unitPrice, UNIT_PRICE_SCALE),
    formatFixed(net, netScale),
    sale.localCurrency ?? 'USD',
    formatFixed(rate, RATE_SCALE),
    formatFixed(total, totalScale),
    'USD',
  ];
}

/** Writes one TuneCore sales report CSV; returns the number of statement lines. */
export async function writeTuneCoreStatement(path: string, statement: TuneCoreStatement, sales: readonly DemoSale[]): Promise<number> {
  const file = ChunkedTextFile.open(path, 'utf-8');
  const posted = dayText(statement.postedDay);
  await file.write(HEADER.join(',') + '\r\n');
  for (const sale of sales) {
    const song = sale.recording;
    const release = sale.release;
    const fields = [
      dayText(sale.day!), posted, sale.store.tuneCoreName!, sale.country, song?.artist ?? release.artist,
      release.kind === 'Single' ? 'Single' : 'Album', release.title, song?.title ?? '', DEMO_LABEL, release.upc, '',
      song ? String(song.tuneCoreSongId) : '', song?.isrc ?? '', salesType(sale), ...money(sale, statement.exchangeRates),
    ];
    await file.write(fields.map(csvField).join(',') + '\r\n');
  }
  await file.close();
  return sales.length;
}
