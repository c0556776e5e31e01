import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DISTROKID_13_HEADER } from '../../support/temp-store';

/** One line of a DistroKid (13-column) statement, with the fields these tests vary. */
export interface DistroKidSale {
  reporting: string;
  saleMonth: string;
  store: string;
  title: string;
  isrc: string;
  upc: string;
  qty: number;
  earnings: string;
  /** An album sale names the release only: no ISRC, a UPC. */
  album?: boolean;
}

/** Writes a DistroKid statement the importer reads like any user's, into `dir`. */
export function writeDistroKid(dir: string, name: string, sales: readonly DistroKidSale[]): string {
  const rows = sales.map((s) =>
    [s.reporting, s.saleMonth, s.store, 'Night Ferry', s.title, s.isrc, s.upc, s.qty, '100', s.album ? 'Album' : 'Song', 'US', '0', s.earnings].join('\t'),
  );
  const path = join(dir, name);
  writeFileSync(path, [DISTROKID_13_HEADER, ...rows].join('\n') + '\n');
  return path;
}

const TUNECORE_HEADER =
  'Sales Period,Posted Date,Store Name,Country Of Sale,Artist,Release Type,Release Title,Song Title,Label,UPC,Optional UPC,TC Song ID,Optional ISRC,Sales Type,# Units Sold,Per Unit Price,Net Sales,Net Sales Currency,Exchange Rate,Total Earned,Currency';

/** One day's streams of a song on TuneCore, earned in USD. */
export interface TuneCoreStreams {
  day: string;
  posted: string;
  release: string;
  song: string;
  upc: string;
  isrc: string;
  streams: number;
  earned: string;
}

export function writeTuneCore(dir: string, name: string, sales: readonly TuneCoreStreams[]): string {
  const rows = sales.map((s, i) =>
    [s.day, s.posted, 'Spotify', 'US', 'Night Ferry', 'Single', s.release, s.song, 'Harbour Records', s.upc, '', 4100000 + i, s.isrc, 'Streaming', s.streams, '0.01', s.earned, 'USD', '1.0000', s.earned, 'USD'].join(','),
  );
  const path = join(dir, name);
  writeFileSync(path, [TUNECORE_HEADER, ...rows].join('\n') + '\n');
  return path;
}
