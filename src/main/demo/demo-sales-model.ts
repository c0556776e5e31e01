import { calendarMonthOf, dayOf, daysIn, type MonthIndex, weekdayOf } from './demo-calendar';
import { type DemoCatalogue, type DemoRecording, type DemoRelease, type Distributor, distributorOf } from './demo-catalogue';
import { MODEL_SCALE, rescale, toFixedPoint } from './demo-money';
import {
  DEMO_STORES, DEMO_TERRITORIES, type DemoStore, type DemoTerritory, UNKNOWN_COUNTRY, UNKNOWN_COUNTRY_RATE_FACTOR,
} from './demo-markets';
import { deriveSeed, SeededRandom, WeightedTable } from './seeded-random';

/** One statement line as the model sees it; the writers only spell it out. */
export interface DemoSale {
  distributor: Distributor;
  saleMonth: MonthIndex;
  /** The month whose statement carries the line. */
  reportingMonth: MonthIndex;
  /** yyyymmdd on TuneCore lines, which report days; null on DistroKid's monthly lines. */
  day: number | null;
  store: DemoStore;
  /** ISO-2, or DistroKid's `OU` for unknown. */
  country: string;
  /** null on album download lines. */
  recording: DemoRecording | null;
  release: DemoRelease;
  /** Negative on refunds. */
  quantity: number;
  /** USD earned by the label, in 1e-12 units, splits applied. */
  earnings: bigint;
  /** DistroKid's Team Percentage × 10. */
  teamPermille: number;
  /** How many decimals the statement prints the earnings with. */
  decimals: number;
  /** Non-USD currency the store paid in (TuneCore only). */
  localCurrency: 'EUR' | 'GBP' | null;
}

interface Market {
  store: DemoStore;
  territory: DemoTerritory | null;
  weight: number;
}

/** December peak, summer dip; the index is the calendar month − 1. */
const SEASON = [0.97, 0.93, 0.98, 0.98, 0.96, 0.88, 0.84, 0.86, 0.97, 1.01, 1.08, 1.28];
/** Sunday … Saturday: listening and buying rise towards and over the weekend. */
const WEEKDAY = [1.1, 0.92, 0.93, 0.95, 0.98, 1.08, 1.16];
/** Lines per month ≈ LINE_DENSITY × streams^0.375: hits reach many store/country pairs, the tail few. */
const LINE_DENSITY = 1.6;
const STREAMS_PER_TRACK_DOWNLOAD = 5000;
const STREAMS_PER_ALBUM_DOWNLOAD = 25_000;
/**
 * A trickle of whole-release purchases whatever the streams: fans buy releases, and DistroKid's
 * album rows are the only lines that name a release, so every release gets its title eventually.
 */
const FAN_PURCHASES_PER_MONTH = 0.15;
const REFUND_CHANCE = 0.03;
/** Stores that pay TuneCore in the listener's currency where it is EUR or GBP. */
const LOCAL_CURRENCY_STORES = new Set(['iTunes', 'Amazon MP3', 'Deezer', 'TIDAL']);
const TERRITORY_BY_CODE = new Map(DEMO_TERRITORIES.map((t) => [t.code, t]));

function marketsFor(distributor: Distributor, kinds: readonly DemoStore['kind'][]): Market[] {
  const out: Market[] = [];
  for (const store of DEMO_STORES) {
    const name = distributor === 'distrokid' ? store.distroKidName : store.tuneCoreName;
    if (name === null || !kinds.includes(store.kind)) continue;
    const territories = store.territories
      ? store.territories.map((code) => TERRITORY_BY_CODE.get(code)!)
      : DEMO_TERRITORIES;
    const unknown = distributor === 'distrokid' ? store.unknownCountryShare ?? 0 : 0;
    const sum = territories.reduce((s, t) => s + t.share, 0);
    for (const territory of territories) {
      out.push({ store, territory, weight: (store.share * (1 - unknown) * territory.share) / sum });
    }
    if (unknown > 0) out.push({ store, territory: null, weight: store.share * unknown });
  }
  return out;
}

/**
 * Monthly sales of the demo catalogue. Every recording-month draws from its own seeded stream,
 * so the numbers of one month never depend on how much another month drew.
 */
export class DemoSalesModel {
  private readonly streamMarkets: Record<Distributor, WeightedTable<Market>>;
  private readonly downloadMarkets: Record<Distributor, WeightedTable<Market>>;
  private readonly dayTables = new Map<number, WeightedTable<number>>();

  constructor(
    private readonly catalogue: DemoCatalogue,
    private readonly seed: number,
  ) {
    const table = (d: Distributor, kinds: DemoStore['kind'][]) => new WeightedTable(marketsFor(d, kinds), (m) => m.weight);
    this.streamMarkets = { distrokid: table('distrokid', ['stream', 'ugc']), tunecore: table('tunecore', ['stream', 'ugc']) };
    this.downloadMarkets = { distrokid: table('distrokid', ['download']), tunecore: table('tunecore', ['download']) };
  }

  /** Every line sold in `month`, DistroKid's and TuneCore's, in a stable order. */
  month(month: MonthIndex): DemoSale[] {
    const sales: DemoSale[] = [];
    const lastDay = dayOf(month, daysIn(month));
    const albumStreams = new Map<DemoRelease, number>();
    for (const recording of this.catalogue.recordings) {
      if (recording.release.releaseDay > lastDay) continue;
      const random = new SeededRandom(deriveSeed(this.seed, 2, month, recording.index));
      const streams = this.streams(recording, month, random);
      albumStreams.set(recording.release, (albumStreams.get(recording.release) ?? 0) + streams);
      const distributor = distributorOf(recording.release, month);
      this.streamLines(sales, recording, month, distributor, streams, random);
      this.downloadLines(sales, recording, recording.release, month, distributor, streams / STREAMS_PER_TRACK_DOWNLOAD, random);
    }
    for (const [release, streams] of albumStreams) {
      const random = new SeededRandom(deriveSeed(this.seed, 3, month, release.index));
      const launch = month === release.releaseMonth ? 1 : 0;
      const expected = launch + FAN_PURCHASES_PER_MONTH + streams / STREAMS_PER_ALBUM_DOWNLOAD;
      this.downloadLines(sales, null, release, month, distributorOf(release, month), expected, random);
    }
    return sales;
  }

  /** Exchange rates (4 decimals, 1 unit of the currency in USD) for a sale month. */
  exchangeRates(month: MonthIndex): { EUR: number; GBP: number } {
    const random = new SeededRandom(deriveSeed(this.seed, 4, month));
    // A slow triangle wave plus monthly noise: plausible drift without transcendental functions.
    const phase = (month % 17) / 17;
    const wave = 1 - 4 * Math.abs(phase - 0.5);
    return {
      EUR: Math.round((1.085 + 0.035 * wave + random.between(-0.008, 0.008)) * 10_000),
      GBP: Math.round((1.265 + 0.03 * wave + random.between(-0.01, 0.01)) * 10_000),
    };
  }

  private streams(recording: DemoRecording, month: MonthIndex, random: SeededRandom): number {
    const release = recording.release;
    const age = month - release.releaseMonth;
    const firstDay = month === release.releaseMonth ? release.releaseDay % 100 : 1;
    const activeShare = (daysIn(month) - firstDay + 1) / daysIn(month);
    const fade = 1 + age / 4;
    const hit = recording.hitPeak / (fade * fade);
    const novelty = 1 + 3 / (1 + age);
    const trend = 1 + 0.006 * (month - this.catalogue.firstMonth);
    const level = (recording.baseStreams * novelty + hit) * SEASON[calendarMonthOf(month) - 1]! * trend;
    return Math.max(0, Math.round(level * activeShare * random.between(0.85, 1.15)));
  }

  private streamLines(
    sales: DemoSale[], recording: DemoRecording, month: MonthIndex, distributor: Distributor, streams: number, random: SeededRandom,
  ): void {
    if (streams <= 0) return;
    const markets = this.streamMarkets[distributor];
    const root = Math.sqrt(Math.sqrt(streams));
    const wanted = Math.min(markets.items.length, Math.max(1, Math.round(LINE_DENSITY * root * Math.sqrt(root))));
    const chosen = new Set<number>();
    for (let attempt = 0; attempt < wanted * 3 && chosen.size < wanted; attempt++) chosen.add(markets.drawIndex(random));
    const picked = [...chosen].sort((a, b) => a - b).map((i) => markets.items[i]!);
    const weightSum = picked.reduce((s, m) => s + m.weight, 0);
    for (const market of picked) {
      const quantity = Math.max(1, random.roundStochastic((streams * market.weight * random.between(0.75, 1.25)) / weightSum));
      const perUnit = market.store.unitRate * (market.territory?.rateFactor ?? UNKNOWN_COUNTRY_RATE_FACTOR) * this.rateDrift(month);
      this.emit(sales, recording, recording.release, month, distributor, market, quantity, perUnit, random);
    }
  }

  private downloadLines(
    sales: DemoSale[], recording: DemoRecording | null, release: DemoRelease, month: MonthIndex, distributor: Distributor,
    expected: number, random: SeededRandom,
  ): void {
    const age = month - release.releaseMonth;
    const units = Math.min(400, random.roundStochastic(expected * (age < 3 ? 2 : 1) * random.between(0.6, 1.4)));
    if (units === 0) return;
    const markets = this.downloadMarkets[distributor];
    const counts = new Map<number, number>();
    for (let i = 0; i < units; i++) {
      const index = markets.drawIndex(random);
      counts.set(index, (counts.get(index) ?? 0) + 1);
    }
    for (const index of [...counts.keys()].sort((a, b) => a - b)) {
      const market = markets.items[index]!;
      // Download prices vary far less between countries than stream rates do.
      const factor = 0.8 + 0.2 * (market.territory?.rateFactor ?? 1);
      // A release costs its tracks' price up to the store's album price (a single is not an album's price).
      const price = (recording ? market.store.unitRate : Math.min(market.store.albumRate!, market.store.unitRate * release.tracks.length)) * factor;
      this.emit(sales, recording, release, month, distributor, market, counts.get(index)!, price, random);
      if (random.chance(REFUND_CHANCE)) this.emit(sales, recording, release, month, distributor, market, -1, price, random);
    }
  }

  private emit(
    sales: DemoSale[], recording: DemoRecording | null, release: DemoRelease, month: MonthIndex, distributor: Distributor,
    market: Market, quantity: number, perUnit: number, random: SeededRandom,
  ): void {
    const isStream = market.store.kind !== 'download';
    const unitPrice = toFixedPoint(perUnit, MODEL_SCALE);
    const jitter = isStream ? random.int(940, 1060) : 1000;
    const teamPermille = distributor === 'distrokid' && recording ? recording.teamPermille : 1000;
    const earnings = rescale(BigInt(quantity) * unitPrice * BigInt(jitter * teamPermille), 6, 0);
    const territory = market.territory;
    const country = territory?.code ?? UNKNOWN_COUNTRY;
    const store = market.store;
    if (distributor === 'distrokid') {
      sales.push({
        distributor, saleMonth: month, reportingMonth: month + this.distroKidLag(store, month), day: null, store, country,
        recording, release, quantity, earnings, teamPermille, decimals: random.int(8, 12), localCurrency: null,
      });
      return;
    }
    const localCurrency = territory?.localCurrency && LOCAL_CURRENCY_STORES.has(store.tuneCoreName!) ? territory.localCurrency : null;
    const parts = this.spreadOverDays(release, month, quantity, random);
    // Each day's share is truncated; the first day takes what truncation left over, so the parts add up.
    const shares = parts.map((p) => (earnings * BigInt(p.quantity)) / BigInt(quantity));
    shares[0] = earnings - shares.slice(1).reduce((sum, v) => sum + v, 0n);
    parts.forEach((part, i) => {
      sales.push({
        distributor, saleMonth: month, reportingMonth: month + 1, day: part.day, store, country, recording, release,
        quantity: part.quantity, earnings: shares[i]!, teamPermille, decimals: random.int(8, 12), localCurrency,
      });
    });
  }

  /**
   * TuneCore reports days: a line's units are spread over a few days of the month, drawn with the
   * weekly rhythm, so daily charts show weekend peaks.
   */
  private spreadOverDays(release: DemoRelease, month: MonthIndex, quantity: number, random: SeededRandom): { day: number; quantity: number }[] {
    const firstDay = month === release.releaseMonth ? release.releaseDay % 100 : 1;
    const table = this.dayTable(month, firstDay);
    const days = table.items;
    const magnitude = Math.abs(quantity);
    const wanted = Math.min(magnitude, days.length, random.int(1, 3) + (magnitude > 500 ? 1 : 0) + (magnitude > 5000 ? 1 : 0));
    const chosen = new Set<number>();
    for (let attempt = 0; attempt < wanted * 4 && chosen.size < wanted; attempt++) chosen.add(table.drawIndex(random));
    const picked = [...chosen].sort((a, b) => a - b).map((i) => days[i]!);
    if (picked.length === 1) return [{ day: picked[0]!, quantity }];
    const sign = quantity < 0 ? -1 : 1;
    const weights = picked.map((d) => WEEKDAY[weekdayOf(d)]! * random.between(0.8, 1.2));
    const total = weights.reduce((s, w) => s + w, 0);
    const spare = magnitude - picked.length;
    const parts = picked.map((day, i) => ({ day, quantity: 1 + Math.floor((spare * weights[i]!) / total) }));
    parts[0]!.quantity += magnitude - parts.reduce((s, p) => s + p.quantity, 0);
    return parts.map((p) => ({ day: p.day, quantity: sign * p.quantity }));
  }

  private dayTable(month: MonthIndex, firstDay: number): WeightedTable<number> {
    const key = month * 100 + firstDay;
    let table = this.dayTables.get(key);
    if (!table) {
      const days: number[] = [];
      for (let d = firstDay; d <= daysIn(month); d++) days.push(dayOf(month, d));
      table = new WeightedTable(days, (d) => WEEKDAY[weekdayOf(d)]!);
      this.dayTables.set(key, table);
    }
    return table;
  }

  /** Per-stream pay drifts down slowly over the years, as it has in the real market. */
  private rateDrift(month: MonthIndex): number {
    return 1.04 - 0.0025 * (month - this.catalogue.firstMonth);
  }

  /** Slow stores report two months late, except where that would fall after the last statement. */
  private distroKidLag(store: DemoStore, month: MonthIndex): number {
    return store.reportingLag === 2 && month + 2 <= this.catalogue.lastMonth + 1 ? 2 : 1;
  }
}
