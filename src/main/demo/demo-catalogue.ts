import { dayOf, daysIn, type MonthIndex, monthOfDay, yearOf } from './demo-calendar';
import { IsrcIssuer, upcCheckDigit } from './demo-identifiers';
import { DEMO_ARTISTS, SPECIAL_TITLES, titlePool } from './demo-names';
import { deriveSeed, SeededRandom } from './seeded-random';

export type ReleaseKind = 'Single' | 'EP' | 'Album';
export type Distributor = 'distrokid' | 'tunecore';

export interface DemoRecording {
  index: number;
  isrc: string;
  title: string;
  artist: string;
  release: DemoRelease;
  /** Monthly streams once the release has settled into the catalogue. */
  baseStreams: number;
  /** Monthly streams on top of the base in the release month, fading after it; 0 for all but the hits. */
  hitPeak: number;
  /** Thousandths of the earnings the label keeps (DistroKid "Team Percentage" × 10). */
  teamPermille: number;
  tuneCoreSongId: number;
}

export interface DemoRelease {
  index: number;
  artist: string;
  title: string;
  upc: string;
  kind: ReleaseKind;
  /** yyyymmdd: nothing sells before it. */
  releaseDay: number;
  releaseMonth: MonthIndex;
  /** From this month on the release is delivered through TuneCore; null: DistroKid throughout. */
  tuneCoreFrom: MonthIndex | null;
  tracks: DemoRecording[];
}

export interface DemoCatalogue {
  firstMonth: MonthIndex;
  lastMonth: MonthIndex;
  releases: DemoRelease[];
  recordings: DemoRecording[];
}

const RELEASE_COUNT = 72;
const SINGLES = 28;
const EPS = 22;
/** How long before the window the back catalogue starts, in months. */
const BACK_CATALOGUE_MONTHS = 30;
const HIT_COUNT = 7;
const ARTISTS_MOVED_TO_TUNECORE = 4;
/** Month of the window in which the label moved part of its roster to TuneCore. */
const TUNECORE_MOVE_OFFSET = 15;

function trackCount(kind: ReleaseKind, random: SeededRandom): number {
  if (kind === 'Single') return random.int(1, 2);
  if (kind === 'EP') return random.int(4, 6);
  return random.int(9, 12);
}

function uniqueUpc(random: SeededRandom, taken: Set<string>): string {
  for (;;) {
    const body = `19${String(random.int(0, 999_999_999)).padStart(9, '0')}`;
    const upc = body + String(upcCheckDigit(body));
    if (!taken.has(upc)) {
      taken.add(upc);
      return upc;
    }
  }
}

/** Spreads release days evenly over the span, each nudged within its own slot, so they stay in order. */
function releaseDays(random: SeededRandom, from: MonthIndex, to: MonthIndex): number[] {
  const slots: { month: MonthIndex; day: number }[] = [];
  for (let m = from; m <= to; m++) for (let d = 1; d <= daysIn(m); d++) slots.push({ month: m, day: d });
  // The last sale month keeps a few days of sales after the newest release.
  const usable = slots.length - 10;
  return Array.from({ length: RELEASE_COUNT }, (_, i) => {
    const slot = slots[Math.floor(((i + random.between(0.1, 0.9)) / RELEASE_COUNT) * usable)]!;
    return dayOf(slot.month, slot.day);
  });
}

/** Fictional catalogue: artists, releases over time, their recordings with identifiers and popularity. */
export function buildDemoCatalogue(seed: number, firstMonth: MonthIndex, lastMonth: MonthIndex): DemoCatalogue {
  const random = new SeededRandom(deriveSeed(seed, 1));
  const days = releaseDays(random, firstMonth - BACK_CATALOGUE_MONTHS, lastMonth);
  const roster = random.shuffle([
    ...DEMO_ARTISTS,
    ...DEMO_ARTISTS,
    ...Array.from({ length: RELEASE_COUNT - 2 * DEMO_ARTISTS.length }, () => random.pick(DEMO_ARTISTS)),
  ]);
  const kinds = random.shuffle<ReleaseKind>([
    ...Array<ReleaseKind>(SINGLES).fill('Single'),
    ...Array<ReleaseKind>(EPS).fill('EP'),
    ...Array<ReleaseKind>(RELEASE_COUNT - SINGLES - EPS).fill('Album'),
  ]);
  const artistReach = new Map(DEMO_ARTISTS.map((a) => [a, 0.4 + 2.1 * random.next() * random.next()]));
  const moveMonth = firstMonth + TUNECORE_MOVE_OFFSET;
  const titles = random.shuffle(titlePool());
  const specials = [...SPECIAL_TITLES];
  const upcs = new Set<string>();
  const isrcs = new IsrcIssuer();
  let titleCursor = 0;
  const nextTitle = (): string => titles[titleCursor++]!;

  const releases: DemoRelease[] = [];
  const recordings: DemoRecording[] = [];
  for (let i = 0; i < RELEASE_COUNT; i++) {
    const artist = roster[i]!;
    const kind = kinds[i]!;
    const releaseDay = days[i]!;
    const releaseMonth = monthOfDay(releaseDay);
    const release: DemoRelease = {
      index: i, artist, title: '', upc: uniqueUpc(random, upcs), kind, releaseDay, releaseMonth, tuneCoreFrom: null, tracks: [],
    };
    const count = trackCount(kind, random);
    for (let t = 0; t < count; t++) {
      const special = specials.length > 0 && random.chance(0.04);
      const title = special ? specials.shift()! : nextTitle();
      const lead = t === 0 ? 2.5 : 1;
      recordings.push({
        index: recordings.length,
        isrc: '',
        title,
        artist,
        release,
        baseStreams: Math.min(25_000, 80 / random.nextPositive()) * artistReach.get(artist)! * lead,
        hitPeak: 0,
        teamPermille: random.chance(0.12) ? random.pick([500, 750]) : 1000,
        tuneCoreSongId: 4_100_000 + recordings.length * 13 + random.int(0, 12),
      });
      release.tracks.push(recordings.at(-1)!);
    }
    release.title = kind === 'Single' ? release.tracks[0]!.title : nextTitle();
    releases.push(release);
  }

  // Hits are lead tracks released recently enough for their rise and fall to show in the window.
  const candidates = random.shuffle(
    releases.filter((r) => r.releaseMonth >= firstMonth - 6 && r.releaseMonth <= lastMonth - 3).map((r) => r.tracks[0]!),
  );
  const hits = candidates.slice(0, HIT_COUNT);
  for (const hit of hits) hit.hitPeak = random.between(80_000, 400_000);

  // The label moved part of its roster to TuneCore, including an artist whose hit came out there,
  // so that both distributors carry real weight in the dashboards.
  const movedArtists = new Set<string>();
  const hitAfterMove = hits.find((h) => h.release.releaseMonth >= moveMonth);
  if (hitAfterMove) movedArtists.add(hitAfterMove.artist);
  for (const artist of random.shuffle(DEMO_ARTISTS)) {
    if (movedArtists.size >= ARTISTS_MOVED_TO_TUNECORE) break;
    movedArtists.add(artist);
  }
  for (const release of releases) {
    if (movedArtists.has(release.artist)) release.tuneCoreFrom = moveMonth;
    // The registrant is whoever assigned the codes: the label itself for the old catalogue,
    // otherwise the distributor that delivered the release first.
    const prefix = release.releaseMonth < firstMonth - 12
      ? 'GBLFR'
      : release.tuneCoreFrom !== null && release.releaseMonth >= release.tuneCoreFrom ? 'TCAGH' : 'QZK6J';
    for (const track of release.tracks) track.isrc = isrcs.issue(prefix, yearOf(release.releaseMonth));
  }
  return { firstMonth, lastMonth, releases, recordings };
}

export function distributorOf(release: DemoRelease, month: MonthIndex): Distributor {
  return release.tuneCoreFrom !== null && month >= release.tuneCoreFrom ? 'tunecore' : 'distrokid';
}
