import { toUnits } from './exact-figures';

/**
 * A TuneCore sales report the FX tests write themselves, each line in the currency it names, and
 * the revenue they expect from it worked out here, sharing no code with the app.
 */
const TUNECORE_HEADER = [
  'Sales Period', 'Posted Date', 'Store Name', 'Country Of Sale', 'Artist', 'Release Type', 'Release Title',
  'Song Title', 'Label', 'UPC', 'Optional UPC', 'TC Song ID', 'Optional ISRC', 'Sales Type', '# Units Sold',
  'Per Unit Price', 'Net Sales', 'Net Sales Currency', 'Exchange Rate', 'Total Earned', 'Currency',
].join(',');

export type Line = [day: string, store: string, country: string, title: string, isrc: string, earned: string, currency: string];

/** Who the statement is for and when TuneCore posted it. */
export interface Account {
  posted: string;
  artist: string;
  label: string;
  songId: string;
}

export function tuneCoreStatement(lines: Line[], account: Account): string {
  const rows = lines.map(([day, store, country, title, isrc, earned, currency]) =>
    [day, account.posted, store, country, account.artist, 'Single', title, title, account.label, '', '', account.songId, isrc,
      store === 'iTunes' ? 'Download' : 'Streaming', '100', '0.01', earned, currency, '1.0000', earned, currency].join(','),
  );
  return [TUNECORE_HEADER, ...rows].join('\n') + '\n';
}

/** yyyy-mm of a line's sale day. */
export const monthOf = (line: Line): string => line[0].slice(0, 7);

/** One line's amount times its month's rate, kept to 1e-16 like every stored amount, half away from zero. */
export function converted(amount: string, rate: string): bigint {
  const product = toUnits(amount) * toUnits(rate);
  const scale = 10n ** 16n;
  const magnitude = product < 0n ? -product : product;
  const units = (magnitude + scale / 2n) / scale;
  return product < 0n ? -units : units;
}

/** Base-currency revenue in 1e-16 units: USD lines as earned, the others at their month's rate when there is one. */
export function expectedRevenue(lines: Line[], rates: Record<string, string>): bigint {
  return lines.reduce((sum, line) => {
    const [, , , , , earned, currency] = line;
    if (currency === 'USD') return sum + toUnits(earned);
    const rate = rates[`${monthOf(line)} ${currency}`];
    return rate === undefined ? sum : sum + converted(earned, rate);
  }, 0n);
}
