import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveDataLocation, type DataLocation } from '../../src/main/core/data-location';

/** A fresh data folder per test, removed afterwards: tests never share a store. */
export function tempDataFolder(prefix = 'tunemantra-'): { dir: string; location: DataLocation; write(name: string, content: string | Uint8Array): string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return {
    dir,
    location: resolveDataLocation(join(dir, 'data', 'workstation.sqlite')),
    write(name, content) {
      const path = join(dir, name);
      writeFileSync(path, content);
      return path;
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const DISTROKID_13_HEADER = [
  'Reporting Date', 'Sale Month', 'Store', 'Artist', 'Title', 'ISRC', 'UPC', 'Quantity', 'Team Percentage',
  'Song/Album', 'Country of Sale', 'Songwriter Royalties Withheld', 'Earnings (USD)',
].join('\t');

/** A DistroKid legacy line from the fields that matter to a test. */
export function distroKidLine(l: { saleMonth: string; store: string; title: string; isrc: string; qty: number; earnings: string; country?: string; artist?: string }): string {
  return ['2024-07-05', l.saleMonth, l.store, l.artist ?? 'Test Artist', l.title, l.isrc, '', l.qty, '100', 'Song', l.country ?? 'US', '0', l.earnings].join('\t');
}
