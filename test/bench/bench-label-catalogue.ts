import { yearOf, type MonthIndex } from '../../src/main/demo/demo-calendar';
import { IsrcIssuer, upcCheckDigit } from '../../src/main/demo/demo-identifiers';
import { titlePool } from '../../src/main/demo/demo-names';
import { WeightedTable, type SeededRandom } from '../../src/main/demo/seeded-random';

/**
 * The benchmark label's catalogue: 2,000 recordings on 400 releases by 120 artists, a few hits and
 * a long tail, released over the years (some before the statements start) and a tenth of them
 * taken down again, so "which recordings still earn" has a real answer.
 */
export const RELEASE_COUNT = 400;
export const RECORDING_COUNT = 2000;
export const ARTIST_COUNT = 120;

export type Distributor = 'distrokid' | 'tunecore';

export interface BenchRelease {
  title: string;
  artist: string;
  upc: string;
  kind: 'Single' | 'EP' | 'Album';
  distributor: Distributor;
  releasedMonth: MonthIndex;
  /** Taken down from the stores from this month on; null while still live. */
  retiredMonth: MonthIndex | null;
  recordings: BenchRecording[];
}

export interface BenchRecording {
  title: string;
  artist: string;
  isrc: string;
  tuneCoreSongId: number;
  release: BenchRelease;
  /** Relative pull of the recording at release; hits are hundreds of times the tail. */
  appeal: number;
}

const ARTIST_FIRST = ['Velvet', 'Northbound', 'Saltwater', 'Glass', 'Paper', 'Dune', 'Halcyon', 'Low Tide', 'Quiet', 'Ember', 'Copper', 'Violet'];
const ARTIST_SECOND = ['Hours', 'Static', 'Choir', 'Orchard', 'Lanterns', 'Motel', 'Drive', 'Parade', 'Arcade', 'Ash'];

function artistNames(): string[] {
  const names: string[] = [];
  for (const first of ARTIST_FIRST) for (const second of ARTIST_SECOND) names.push(`${first} ${second}`);
  return names.slice(0, ARTIST_COUNT);
}

function trackCount(kind: BenchRelease['kind'], random: SeededRandom): number {
  if (kind === 'Single') return 1;
  return kind === 'EP' ? random.int(4, 6) : random.int(8, 14);
}

/** Track counts drawn by kind, then nudged one track at a time until they add up to 2,000. */
function releaseShapes(random: SeededRandom): { kind: BenchRelease['kind']; tracks: number }[] {
  const shapes = Array.from({ length: RELEASE_COUNT }, () => {
    const draw = random.next();
    const kind: BenchRelease['kind'] = draw < 0.5 ? 'Single' : draw < 0.7 ? 'EP' : 'Album';
    return { kind, tracks: trackCount(kind, random) };
  });
  let total = shapes.reduce((sum, s) => sum + s.tracks, 0);
  const multiTrack = shapes.filter((s) => s.kind !== 'Single');
  while (total !== RECORDING_COUNT) {
    const shape = random.pick(multiTrack);
    if (total < RECORDING_COUNT && shape.tracks < 18) {
      shape.tracks++;
      total++;
    } else if (total > RECORDING_COUNT && shape.tracks > 3) {
      shape.tracks--;
      total--;
    }
  }
  return shapes;
}

/** Heavy-tailed (Pareto-like) appeal of a release, capped so one hit does not own every line. */
function releaseHeat(random: SeededRandom): number {
  return Math.min(300, 1 / random.nextPositive() ** 1.2);
}

export function benchCatalogue(firstMonth: MonthIndex, lastMonth: MonthIndex, random: SeededRandom): BenchRelease[] {
  const artists = artistNames();
  const artistTable = new WeightedTable(artists, (name) => 1 / (artists.indexOf(name) + 1) ** 0.8);
  const titles = random.shuffle(titlePool());
  const isrcs = new IsrcIssuer();
  let nextTitle = 0;
  const title = () => titles[nextTitle++ % titles.length]!;
  const releases: BenchRelease[] = [];
  releaseShapes(random).forEach((shape, index) => {
    // A third of the catalogue predates the statements: back catalogue that still streams.
    const releasedMonth = random.chance(0.3) ? random.int(firstMonth - 60, firstMonth - 1) : random.int(firstMonth, lastMonth - 1);
    const latestTakedown = lastMonth - 12;
    const earliestTakedown = Math.max(releasedMonth + 6, firstMonth);
    const retiredMonth = random.chance(0.1) && earliestTakedown <= latestTakedown ? random.int(earliestTakedown, latestTakedown) : null;
    const upcBody = `859${String(70_000_000 + index)}`;
    const release: BenchRelease = {
      title: '',
      artist: artistTable.draw(random),
      upc: `${upcBody}${upcCheckDigit(upcBody)}`,
      kind: shape.kind,
      distributor: random.chance(0.3) ? 'tunecore' : 'distrokid',
      releasedMonth,
      retiredMonth,
      recordings: [],
    };
    const heat = releaseHeat(random);
    for (let track = 0; track < shape.tracks; track++) {
      release.recordings.push({
        title: title(),
        artist: release.artist,
        isrc: isrcs.issue('QZTMB', yearOf(releasedMonth)),
        tuneCoreSongId: 7_000_000 + releases.length * 20 + track,
        release,
        // The focus track carries the release; the other tracks ride along.
        appeal: track === 0 ? heat : heat * random.between(0.1, 0.5),
      });
    }
    release.title = shape.kind === 'Single' ? release.recordings[0]!.title : title();
    releases.push(release);
  });
  return releases;
}

/** How much a recording sells in a month: nothing before release or after takedown, fading with age. */
export function monthlyPull(recording: BenchRecording, month: MonthIndex): number {
  const { releasedMonth, retiredMonth } = recording.release;
  if (month < releasedMonth || (retiredMonth !== null && month >= retiredMonth)) return 0;
  return recording.appeal * (0.3 + 0.7 * 0.92 ** (month - releasedMonth));
}
