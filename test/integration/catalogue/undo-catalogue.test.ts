import { writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { catalogueHealth } from '../../../src/main/analytics/catalogue-health';
import { keepRecording, listRecordingsUnderReview, mergeRecording, searchRecordings } from '../../../src/main/catalogue/recording-review';
import { removeImports } from '../../../src/main/import/remove-imports';
import { CatalogueHealthRequest } from '../../../src/shared/analytics/catalogue-health-contract';
import { DISTROKID_13_HEADER } from '../../support/temp-store';
import { importFile, openTempStore, type TempStore } from '../import/temp-store';

const X = 'NLA1Z2400001';
const W = 'NLA1Z2400002';
const U1 = '0012345678905';
const U2 = '0098765432109';
const U3 = '0036000291452';

/** A DistroKid line: artist, title, ISRC and UPC (blank when the store sent none). */
type Sale = [artist: string, title: string, isrc: string, upc: string];

let store: TempStore;
let files = 0;
beforeEach(() => {
  store = openTempStore('tunemantra-undo-catalogue-');
  files = 0;
});
afterEach(() => store.cleanup());

/** One statement reported on `reporting`, of sales that month; statements of different days do not overlap. */
async function importSales(reporting: string, sales: Sale[], onOverlap?: 'replace'): Promise<number> {
  const saleMonth = reporting.slice(0, 7);
  const rows = sales.map(([artist, title, isrc, upc]) => [reporting, saleMonth, 'Spotify', artist, title, isrc, upc, '10', '100', 'Song', 'US', '0', '1.00'].join('\t'));
  const path = `${store.dir}/s${++files}.tsv`;
  writeFileSync(path, `${[DISTROKID_13_HEADER, ...rows].join('\n')}\n`);
  const outcome = await importFile(store.db, path, onOverlap ? { onOverlap } : {});
  expect(outcome.status).toBe('imported');
  return outcome.importId!;
}

const column = (sql: string) => store.db.prepare(sql).pluck().all();
const recordings = () => column('SELECT title FROM recording ORDER BY title');
const releases = () => column('SELECT upc FROM release ORDER BY upc');
const artists = () => column('SELECT name FROM artist ORDER BY name');
const links = () =>
  column("SELECT l.upc || ' ' || r.title FROM release_recording k JOIN release l ON l.id = k.release_id JOIN recording r ON r.id = k.recording_id ORDER BY 1");
const reviews = () => column("SELECT r.title || ' ' || v.status FROM recording_review v JOIN recording r ON r.id = v.recording_id ORDER BY 1");

/** Nothing left pointing at a removed row, and the connection's foreign keys back on. */
function expectConsistent() {
  expect(store.db.pragma('foreign_key_check')).toEqual([]);
  expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1);
}

const health = () =>
  catalogueHealth(store.db, CatalogueHealthRequest.parse({ timeRange: { kind: 'absolute', from: '2024-01-01', to: '2024-12-31' } }), new Date('2025-01-15T12:00:00Z'), 'USD');

/** Import A: X on U1, a doubtful Y (X is its candidate) on U2, and Z of an artist no other statement names, on U3. */
const STATEMENT_A: Sale[] = [
  ['Lena Vos', 'Harbour', X, U1],
  ['Lena Vos', 'Harbour - Radio Edit', '', U2],
  ['Kai Moor', 'Tides', '', U3],
];

describe('undoing an import removes the catalogue it alone referred to', () => {
  it('takes its recordings, releases, artists, links and review entries, and keeps what another import still names', async () => {
    const a = await importSales('2024-03-05', STATEMENT_A);
    const b = await importSales('2024-05-05', [['Lena Vos', 'Harbour', X, U1]]);
    expect(reviews()).toEqual(['Harbour - Radio Edit pending', 'Tides pending']);
    expect(listRecordingsUnderReview(store.db).map((r) => r.candidate?.title ?? null)).toEqual(['Harbour', null]);

    removeImports(store.db, [a]);
    expectConsistent();

    expect(recordings()).toEqual(['Harbour']);
    expect(releases()).toEqual([U1]);
    expect(artists()).toEqual(['Lena Vos']);
    expect(links()).toEqual([`${U1} Harbour`]);
    expect(reviews()).toEqual([]);
    expect(listRecordingsUnderReview(store.db)).toEqual([]);
    expect(searchRecordings(store.db, 'Harbour').map((r) => r.title)).toEqual(['Harbour']);

    removeImports(store.db, [b]);
    expectConsistent();

    expect([recordings(), releases(), artists(), links(), reviews()]).toEqual([[], [], [], [], []]);
  });

  it('keeps a recording the user confirmed or merged into, with what it needs, and lets go of its releases', async () => {
    const b = await importSales('2024-03-05', [['Lena Vos', 'Harbour', X, U1]]);
    const a = await importSales('2024-05-05', STATEMENT_A.slice(1));
    const [edit, tides] = listRecordingsUnderReview(store.db);
    mergeRecording(store.db, edit!.recordingId, edit!.candidate!.recordingId);
    keepRecording(store.db, tides!.recordingId);

    removeImports(store.db, [a]);
    expectConsistent();

    expect(recordings()).toEqual(['Harbour', 'Tides']);
    expect(reviews()).toEqual(['Tides kept']);
    expect(artists()).toEqual(['Kai Moor', 'Lena Vos']);
    expect(releases()).toEqual([U1]);
    expect(links()).toEqual([`${U1} Harbour`]);

    removeImports(store.db, [b]);
    expectConsistent();

    expect(recordings()).toEqual(['Harbour', 'Tides']);
    expect(releases()).toEqual([]);
    expect(column('SELECT title_key FROM recording_alias')).toHaveLength(1);
    // The merged spelling still lands on the recording the user chose.
    await importSales('2024-07-05', [['Lena Vos', 'Harbour - Radio Edit', '', U2]]);
    expect(recordings()).toEqual(['Harbour', 'Tides']);
    expect(listRecordingsUnderReview(store.db)).toEqual([]);
  });

  it('keeps a recording an audience export still reads about, until that goes too', async () => {
    const sales = await importSales('2024-03-05', [['Lena Vos', 'Harbour', X, U1], ['Lena Vos', 'Undertow', W, U1]]);
    const path = `${store.dir}/Harbour-timeline.csv`;
    writeFileSync(path, '\uFEFFdate,streams\r\n2024-06-01,50\r\n2024-06-02,70\r\n');
    const gauges = (await importFile(store.db, path)).importId!;

    removeImports(store.db, [sales]);
    expectConsistent();

    expect(recordings()).toEqual(['Harbour']);
    expect([releases(), links()]).toEqual([[], []]);
    expect(artists()).toEqual(['Lena Vos']);

    removeImports(store.db, [gauges]);
    expectConsistent();
    expect([recordings(), artists()]).toEqual([[], []]);
  });

  it('replacing an overlapping statement keeps what the new one names and drops the rest', async () => {
    await importSales('2024-03-05', STATEMENT_A);
    await importSales('2024-03-05', [['Lena Vos', 'Harbour', X, U1], ['Lena Vos', 'Harbour - Radio Edit', '', U1]], 'replace');
    expectConsistent();
    expect(column('SELECT file_name FROM import_batch')).toEqual(['s2.tsv']);
    expect(recordings()).toEqual(['Harbour', 'Harbour - Radio Edit']);
    expect(releases()).toEqual([U1]);
    expect(artists()).toEqual(['Lena Vos']);
    expect(links()).toEqual([`${U1} Harbour`, `${U1} Harbour - Radio Edit`]);
    expect(reviews()).toEqual(['Harbour - Radio Edit pending']);
    expect(listRecordingsUnderReview(store.db).map((r) => r.lines)).toEqual([1]);
  });

  it('withdraws a match whose recording went, and keeps the entry its own lines still raise', async () => {
    const a = await importSales('2024-03-05', [['Lena Vos', 'Harbour', X, U1]]);
    await importSales('2024-05-05', [['Lena Vos', 'Harbour - Radio Edit', '', U2]]);
    expect(listRecordingsUnderReview(store.db).map((r) => r.candidate?.title ?? null)).toEqual(['Harbour']);

    removeImports(store.db, [a]);
    expectConsistent();
    expect(recordings()).toEqual(['Harbour - Radio Edit']);
    expect(listRecordingsUnderReview(store.db).map((r) => [r.title, r.lines, r.candidate])).toEqual([['Harbour - Radio Edit', 1, null]]);
  });

  it('leaves catalogue health no release that only the undone statement sold', async () => {
    const a = await importSales('2024-03-05', [['Lena Vos', 'Harbour', X, U1]]);
    await importSales('2024-05-05', [['Lena Vos', 'Harbour', X, '']]);
    expect(health().releaseAge.backCatalogue.count + health().releaseAge.newReleases.count).toBe(1);

    removeImports(store.db, [a]);
    expectConsistent();

    const after = health();
    expect(after.recordings.catalogue).toBe(1);
    expect(after.releaseAge.newReleases.count + after.releaseAge.backCatalogue.count).toBe(0);
    expect(after.releaseAge.unattributed.revenue).toBe(after.revenue);
  });
});
