import type Database from 'better-sqlite3';
import type { DateBasis } from '../../shared/query/query-spec';
import { storeMonths, type StoreMonths } from './analysis-window';
import { ReleaseAttribution } from './release-attribution';

/**
 * What catalogue reports know of the catalogue whatever window they look at: when each recording
 * and each release first sold, which release a release-less line belongs to, and when each
 * recording last earned (on the sale basis, from the catalogue summaries), and the months the
 * store spans. Months are yyyymm.
 */
export interface CatalogueFacts {
  attribution: ReleaseAttribution;
  recordingFirst: ReadonlyMap<number, number>;
  /** By release as attributed: a release-less line counts for its recording's only release. */
  releaseFirst: ReadonlyMap<number, number>;
  /** Each recording's last month up to `through` in which its net revenue was above zero. */
  lastEarning(through: number): ReadonlyMap<number, number>;
  /** The first and last months the store holds on a date basis. */
  months(basis: DateBasis): StoreMonths | null;
}

/** Reports mostly look to the latest month; a few other months are kept, the oldest let go first. */
const LAST_EARNING_KEPT = 8;

/** One step back through each recording's earning months, in the table's (recording, month) order. */
function readLastEarning(db: Database.Database, through: number): Map<number, number> {
  const rows = db
    .prepare(
      `SELECT r.id, (
         SELECT e.month FROM recording_earning_month e WHERE e.recording_id = r.id AND e.month <= ? ORDER BY e.month DESC LIMIT 1
       ) FROM recording r`,
    )
    .raw(true)
    .all(through) as [number, number | null][];
  return new Map(rows.filter((row): row is [number, number] => row[1] !== null));
}

function keepEarliest(first: Map<number, number>, key: number, month: number): void {
  const known = first.get(key);
  if (known === undefined || month < known) first.set(key, month);
}

function readFacts(db: Database.Database): CatalogueFacts {
  const attribution = new ReleaseAttribution(db);
  const recordingFirst = new Map<number, number>();
  const releaseFirst = new Map<number, number>();
  const firstSales = db.prepare('SELECT recording_id, release_id, month FROM catalogue_first_sale').raw(true).iterate() as Iterable<[number, number, number]>;
  for (const [recording, release, month] of firstSales) {
    if (recording !== 0) keepEarliest(recordingFirst, recording, month);
    const attributed = attribution.releaseOf(release === 0 ? null : release, recording === 0 ? null : recording);
    if (attributed !== null) keepEarliest(releaseFirst, attributed, month);
  }
  const lastEarningByThrough = new Map<number, Map<number, number>>();
  const lastEarning = (through: number) => {
    let last = lastEarningByThrough.get(through);
    if (!last) {
      last = readLastEarning(db, through);
      if (lastEarningByThrough.size >= LAST_EARNING_KEPT) lastEarningByThrough.delete(lastEarningByThrough.keys().next().value!);
      lastEarningByThrough.set(through, last);
    }
    return last;
  };
  const monthsByBasis = new Map<DateBasis, StoreMonths | null>();
  const months = (basis: DateBasis) => {
    if (!monthsByBasis.has(basis)) monthsByBasis.set(basis, storeMonths(db, basis));
    return monthsByBasis.get(basis)!;
  };
  return { attribution, recordingFirst, releaseFirst, lastEarning, months };
}

interface Kept {
  version: string;
  facts: CatalogueFacts;
}

const keptByConnection = new WeakMap<Database.Database, Kept>();

/**
 * What the connection has seen change: `data_version` moves when another connection commits (the
 * writer, for a reader) and `total_changes()` when this one writes.
 */
function seenVersion(db: Database.Database): string {
  const row = db.prepare('SELECT total_changes() AS own').get() as { own: number };
  return `${db.pragma('data_version', { simple: true }) as number}/${row.own}`;
}

/**
 * The catalogue facts as the connection sees the store now: read once per change of the data
 * (about 2,000 recordings' worth on a large label) and kept with the connection until the next
 * write, so each report reads only its own window's revenue.
 */
export function catalogueFacts(db: Database.Database): CatalogueFacts {
  const version = seenVersion(db);
  const kept = keptByConnection.get(db);
  if (kept?.version === version) return kept.facts;
  const facts = readFacts(db);
  keptByConnection.set(db, { version, facts });
  return facts;
}
