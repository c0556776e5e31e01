import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DISTROKID_13_HEADER } from '../support/temp-store';

/**
 * A label's backlog of small statements picked at once, in DistroKid's and TuneCore's own layouts:
 * mostly ready, one with six codes that are no ISRC, two copies picked again, a corrected statement
 * over the period of one picked above it, and two files that are no statement at all.
 */

const TUNECORE_HEADER =
  'Sales Period,Posted Date,Store Name,Country Of Sale,Artist,Release Type,Release Title,Song Title,Label,UPC,Optional UPC,TC Song ID,Optional ISRC,Sales Type,# Units Sold,Per Unit Price,Net Sales,Net Sales Currency,Exchange Rate,Total Earned,Currency';

/** "2022-07" to the 5th of the month after next, when DistroKid reports it. */
function reportedOn(saleMonth: string): string {
  const [year, month] = saleMonth.split('-').map(Number) as [number, number];
  const reported = new Date(Date.UTC(year, month + 1, 5));
  return reported.toISOString().slice(0, 10);
}

/** A DistroKid statement of one sale month: a line per ISRC, earning the cents given. */
export function distrokidMonth(saleMonth: string, isrcs: string[], earnings = '1.25'): string {
  const lines = isrcs.map((isrc, i) => [reportedOn(saleMonth), saleMonth, 'Spotify', 'Ana Sol', `Luz ${i + 1}`, isrc, '', '10', '100', 'Song', 'ES', '0', earnings].join('\t'));
  return [DISTROKID_13_HEADER, ...lines].join('\n') + '\n';
}

/** A TuneCore statement of one sales month, posted the month after: two streaming lines in dollars. */
export function tunecoreMonth(saleMonth: string): string {
  const posted = `${reportedOn(saleMonth).slice(0, 8)}15`;
  const line = (day: string, store: string) =>
    [`${saleMonth}-${day}`, posted, store, 'US', 'Léa Fontaine', 'Single', 'Blue Horizon', 'Blue Horizon', 'Lanternfish Records', '193456789015', '', '4100001', 'TCAGH2500050', 'Streaming', '100', '0.004000', '0.40', 'USD', '1.0000', '0.40', 'USD'].join(',');
  return [TUNECORE_HEADER, line('01', 'Spotify'), line('02', 'Deezer')].join('\n') + '\n';
}

const months = (year: number, from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `${year}-${String(from + i).padStart(2, '0')}`);
const isrc = (n: number) => `QZABC22${String(n).padStart(5, '0')}`;

export const BACKLOG = {
  warned: 'distrokid-2022-07.tsv',
  badIsrcs: ['NOTANISRC1', 'NOTANISRC2', 'NOTANISRC3', 'NOTANISRC4', 'NOTANISRC5', 'NOTANISRC6'],
  overlapFirst: 'distrokid-2024-03.tsv',
  overlapCorrected: 'distrokid-2024-03-corrected.tsv',
  copies: ['distrokid-2022-05 (1).tsv', 'tunecore-2023-04 (1).csv'],
  rejected: ['shopping-list.csv', 'studio-bookings.csv'],
};

/** The 40 files in the order they are picked: the corrected statement sits well down the list. */
export function backlogFiles(): [name: string, text: string][] {
  const dk = (month: string): [string, string] => [
    `distrokid-${month}.tsv`,
    `distrokid-${month}.tsv` === BACKLOG.warned ? distrokidMonth(month, BACKLOG.badIsrcs, '0.05') : distrokidMonth(month, [isrc(1), isrc(2)]),
  ];
  const tc = (month: string): [string, string] => [`tunecore-${month}.csv`, tunecoreMonth(month)];
  return [
    ...months(2022, 1, 12).map(dk),
    ...months(2023, 1, 5).map(tc),
    ...months(2023, 1, 12).map(dk),
    [BACKLOG.overlapFirst, distrokidMonth('2024-03', [isrc(1)], '2.00')],
    [BACKLOG.rejected[0]!, 'item,quantity,price\nstrings,2,12.50\ncables,4,3.20\n'],
    ...months(2023, 6, 10).map(tc),
    [BACKLOG.overlapCorrected, distrokidMonth('2024-03', [isrc(1)], '2.40')],
    [BACKLOG.copies[0]!, distrokidMonth('2022-05', [isrc(1), isrc(2)])],
    [BACKLOG.copies[1]!, tunecoreMonth('2023-04')],
    [BACKLOG.rejected[1]!, 'Date,Room,Band\n2024-03-02,A,The Owls\n'],
  ];
}

/** Writes the backlog into a folder, returning the paths in order. */
export function writeBacklog(folder: string): string[] {
  mkdirSync(folder, { recursive: true });
  return backlogFiles().map(([name, text]) => {
    const path = join(folder, name);
    writeFileSync(path, text);
    return path;
  });
}
