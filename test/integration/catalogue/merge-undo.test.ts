import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mergeArtist } from '../../../src/main/catalogue/artist-merge';
import { listMerges } from '../../../src/main/catalogue/merge-undo/merge-history';
import { undoMerge } from '../../../src/main/catalogue/merge-undo/undo-merge';
import { mergePlatform } from '../../../src/main/catalogue/platform-merge';
import { listRecordingsUnderReview, mergeRecording } from '../../../src/main/catalogue/recording-review';
import { correctLines } from '../../../src/main/import/quarantine-correction/correct-lines';
import { removeImports } from '../../../src/main/import/remove-imports';
import { rebuildRollups } from '../../../src/main/query/rollups/rollup-maintenance';
import { openWriterStore, type Store } from '../../../src/main/store/open-store';
import { tempDataFolder } from '../../support/temp-store';
import { importFile } from '../import/temp-store';

const TUNECORE_HEADER = 'Sales Period,Posted Date,Store Name,Country Of Sale,Artist,Release Type,Release Title,Song Title,Label,UPC,Optional UPC,TC Song ID,Optional ISRC,Sales Type,# Units Sold,Per Unit Price,Net Sales,Net Sales Currency,Exchange Rate,Total Earned,Currency';

/** A TuneCore line in US dollars: store, artist, release title, song title, ISRC (blank when none) and earnings. */
type Sale = [store: string, artist: string, release: string, title: string, isrc: string, earned: string];

let folder: ReturnType<typeof tempDataFolder>;
let db: Store;

async function importSales(name: string, month: string, sales: Sale[]): Promise<number> {
  const lines = sales.map(([store, artist, release, title, isrc, earned], i) =>
    `${month}-01,${month}-20,${store},US,${artist},Album,${release},${title},,,,${i + 1},${isrc},Streaming,10,0.1,${earned},USD,1,${earned},USD`);
  const outcome = await importFile(db, folder.write(name, `${[TUNECORE_HEADER, ...lines].join('\n')}\n`));
  expect(outcome).toMatchObject({ status: 'imported', imported: sales.length });
  return (outcome as { importId: number }).importId;
}

const idOf = (table: 'artist' | 'platform', name: string) => db.prepare(`SELECT id FROM ${table} WHERE name = ?`).pluck().get(name) as number;
const recordingId = (title: string, artist: string) =>
  db.prepare('SELECT r.id FROM recording r JOIN artist a ON a.id = r.artist_id WHERE r.title = ? AND a.name = ?').pluck().get(title, artist) as number;

/**
 * Every table but the merge history, each row in a fixed order: the whole store as a merge and its
 * undo leave it, lines, catalogue, spellings, review and rollups alike.
 */
function wholeStore(): Record<string, unknown[]> {
  const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'catalogue_merge%' ORDER BY name").pluck().all() as string[];
  return Object.fromEntries(tables.map((table) => {
    const columns = (db.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(table) as string[]).map((c) => `"${c}"`);
    return [table, db.prepare(`SELECT * FROM "${table}" ORDER BY ${columns.join(', ')}`).raw().all()];
  }));
}

/**
 * Whether the rollups a merge left (it recomputes only the cells its lines left or joined) are
 * what rebuilding every import's rollups from the lines makes, tried and rolled back.
 */
function expectRollupsAsRebuilt() {
  const now = wholeStore();
  db.exec('SAVEPOINT rebuilt');
  rebuildRollups(db, db.prepare('SELECT id FROM import_batch').pluck().all() as number[]);
  const rebuilt = wholeStore();
  db.exec('ROLLBACK TO rebuilt; RELEASE rebuilt');
  expect(now).toEqual(rebuilt);
}

beforeEach(async () => {
  folder = tempDataFolder('tunemantra-merge-undo-');
  db = openWriterStore(folder.location.databaseFile);
  await importSales('january.csv', '2024-01', [
    ['Spotify', 'Night Ferry', 'Harbour', 'Harbour Lights', 'QZTST2400001', '1.00'],
    ['Spotify', 'Night Ferry', 'Harbour', 'Quiet Harbour', '', '2.00'],
    ['Deezer', 'Night Ferry', 'Harbour', 'Quiet Harbour', '', '0.50'],
  ]);
  await importSales('february.csv', '2024-02', [
    ['Spotfy', 'Nite Ferry', 'Harbour', 'Quiet Harbour', '', '3.00'],
    ['Spotfy', 'Nite Ferry', 'Tides', 'Morning Tide', '', '4.00'],
    ['Deezer', 'Nite Ferry', 'Harbour', 'Harbour Lights', 'QZTST2400001', '5.00'],
    ['Deezer', 'Night Ferry', 'Harbour', 'Quiet Harbor', '', '0.25'],
  ]);
});
afterEach(() => {
  db.close();
  folder.remove();
});

describe('undoing a merge', () => {
  it('puts the whole store back as it was after a recording merge, and the review queue with it', () => {
    const store = wholeStore();
    const queue = listRecordingsUnderReview(db);
    const { mergeId, movedLines } = mergeRecording(db, recordingId('Quiet Harbor', 'Night Ferry'), recordingId('Quiet Harbour', 'Night Ferry'));
    expect(movedLines).toBe(1);
    expect(wholeStore()).not.toEqual(store);
    expectRollupsAsRebuilt();

    expect(undoMerge(db, mergeId)).toEqual({ fromName: 'Quiet Harbor by Night Ferry', intoName: 'Quiet Harbour by Night Ferry', movedLines: 1 });
    expect(wholeStore()).toEqual(store);
    expect(listRecordingsUnderReview(db)).toEqual(queue);
    expect(listMerges(db, ['recording'], 50).merges).toMatchObject([{ mergeId, undoneAt: expect.any(String), cannotUndo: null }]);
  });

  it('gives audience readings back to the recording they named', async () => {
    await importSales('march.csv', '2024-03', [['Spotify', 'Night Ferry', 'Harbour', '"Hold On, Let Go"', '', '0.10']]);
    expect(await importFile(db, 'test/fixtures/statements/spotify-for-artists/Hold On, Let Go-timeline.csv')).toMatchObject({ status: 'imported' });
    const readings = db.prepare('SELECT COUNT(*) FROM gauge_reading WHERE recording_id = ?').pluck();
    const hold = recordingId('Hold On, Let Go', 'Night Ferry');
    expect(readings.get(hold)).toBe(3);
    const store = wholeStore();

    const { mergeId } = mergeRecording(db, hold, recordingId('Quiet Harbour', 'Night Ferry'));
    expect(readings.get(hold)).toBe(0);
    undoMerge(db, mergeId);
    expect(wholeStore()).toEqual(store);
  });

  it('puts the whole store back after an artist merge that folded a recording and a release', () => {
    const store = wholeStore();
    const merged = mergeArtist(db, idOf('artist', 'Nite Ferry'), idOf('artist', 'Night Ferry'));
    expect(merged).toMatchObject({ movedLines: 3, mergedRecordings: 1, mergedReleases: 1 });
    expect(db.prepare('SELECT name FROM artist').pluck().all()).toEqual(['Night Ferry']);
    expectRollupsAsRebuilt();

    // Counted as the merge counted them: lines that named the artist (one of them named its recording too).
    expect(undoMerge(db, merged.mergeId)).toEqual({ fromName: 'Nite Ferry', intoName: 'Night Ferry', movedLines: 3 });
    expect(wholeStore()).toEqual(store);
  });

  it('puts the whole store back after a platform merge', () => {
    const store = wholeStore();
    const { mergeId, movedLines } = mergePlatform(db, idOf('platform', 'Spotfy'), idOf('platform', 'Spotify'));
    expect(movedLines).toBe(2);
    expectRollupsAsRebuilt();
    undoMerge(db, mergeId);
    expect(wholeStore()).toEqual(store);
  });

  it('undoes merges one after another, newest first, when a later one built on an earlier one', () => {
    const store = wholeStore();
    const first = mergeRecording(db, recordingId('Quiet Harbor', 'Night Ferry'), recordingId('Quiet Harbour', 'Night Ferry'));
    const afterFirst = wholeStore();
    const second = mergeArtist(db, idOf('artist', 'Nite Ferry'), idOf('artist', 'Night Ferry'));

    expect(listMerges(db, ['recording', 'artist'], 50).merges.map((m) => [m.kind, m.cannotUndo])).toEqual([
      ['artist', null],
      ['recording', '“Nite Ferry” was merged into “Night Ferry” after it; undo that merge first.'],
    ]);
    expect(() => undoMerge(db, first.mergeId)).toThrow(
      'The merge of “Quiet Harbor by Night Ferry” into “Quiet Harbour by Night Ferry” cannot be undone: “Nite Ferry” was merged into “Night Ferry” after it; undo that merge first.',
    );
    undoMerge(db, second.mergeId);
    expect(wholeStore()).toEqual(afterFirst);
    undoMerge(db, first.mergeId);
    expect(wholeStore()).toEqual(store);
  });

  it('undoes an earlier merge of other things first, leaving the later one made', () => {
    const store = wholeStore();
    const platform = mergePlatform(db, idOf('platform', 'Spotfy'), idOf('platform', 'Spotify'));
    const recording = mergeRecording(db, recordingId('Quiet Harbor', 'Night Ferry'), recordingId('Quiet Harbour', 'Night Ferry'));
    expect(listMerges(db, ['platform'], 50).merges.map((m) => m.cannotUndo)).toEqual([null]);
    undoMerge(db, platform.mergeId);
    expect(db.prepare("SELECT COUNT(*) FROM platform WHERE name = 'Spotfy'").pluck().get()).toBe(1);
    expect(db.prepare("SELECT COUNT(*) FROM recording WHERE title = 'Quiet Harbor'").pluck().get()).toBe(0);
    undoMerge(db, recording.mergeId);
    expect(wholeStore()).toEqual(store);
  });

  it('waits for a statement imported since the merge to be undone, as its lines may have come through the merged name', async () => {
    const store = wholeStore();
    const { mergeId } = mergeArtist(db, idOf('artist', 'Nite Ferry'), idOf('artist', 'Night Ferry'));
    const march = await importSales('march.csv', '2024-03', [['Spotify', 'Nite Ferry', 'Tides', 'Morning Tide', '', '0.25']]);

    const [merge] = listMerges(db, ['artist'], 50).merges;
    expect(merge?.cannotUndo).toMatch(/^“march\.csv” was imported on \d{4}-\d\d-\d\d, after this merge, and names “Night Ferry”, perhaps through the merged name; undo that import first to undo the merge\.$/);
    expect(() => undoMerge(db, mergeId)).toThrow('cannot be undone: “march.csv” was imported on');
    // Refused whole: the artist is still merged.
    expect(db.prepare('SELECT name FROM artist').pluck().all()).toEqual(['Night Ferry']);

    removeImports(db, [march]);
    undoMerge(db, mergeId);
    expect(wholeStore()).toEqual(store);
  });

  it('waits for a line corrected since the merge that names what it joined into, and not for one that does not', async () => {
    const store = wholeStore();
    const tuneCoreLine = (shop: string, earned: string) => `2024-03-01,2024-03-20,${shop},US,Night Ferry,Album,Harbour,Harbour Lights,,,,1,QZTST2400001,Streaming,10,0.1,${earned},USD,1,${earned},USD`;
    const march = await importFile(db, folder.write('march.csv', `${[TUNECORE_HEADER, tuneCoreLine('Spotfy', 'none'), tuneCoreLine('Deezer', 'none'), tuneCoreLine('Deezer', '0.10')].join('\n')}\n`), { mode: 'lenient' });
    expect(march).toMatchObject({ status: 'imported', imported: 1, rejected: 2 });
    const marchId = (march as { importId: number }).importId;
    const { mergeId } = mergePlatform(db, idOf('platform', 'Spotfy'), idOf('platform', 'Spotify'));

    expect(correctLines(db, { importId: marchId, lines: [{ line: 3, text: tuneCoreLine('Deezer', '0.30') }] })).toMatchObject({ corrected: 1 });
    expect(listMerges(db, ['platform'], 50).merges[0]?.cannotUndo).toBeNull();
    // Read through the spelling the merge left: its line landed on Spotify.
    expect(correctLines(db, { importId: marchId, lines: [{ line: 2, text: tuneCoreLine('Spotfy', '0.20') }] })).toMatchObject({ corrected: 1 });
    const [merge] = listMerges(db, ['platform'], 50).merges;
    expect(merge?.cannotUndo).toMatch(/^Line 2 of “march\.csv” was corrected on \d{4}-\d\d-\d\d, after this merge, and names “Spotify”, perhaps through the merged name; undo that import first to undo the merge\.$/);
    expect(() => undoMerge(db, mergeId)).toThrow('cannot be undone: Line 2 of “march.csv” was corrected on');
    expect(db.prepare("SELECT COUNT(*) FROM platform WHERE name = 'Spotfy'").pluck().get()).toBe(0);

    removeImports(db, [marchId]);
    expect(db.prepare('SELECT COUNT(*) FROM corrected_line_time').pluck().get()).toBe(0);
    undoMerge(db, mergeId);
    expect(wholeStore()).toEqual(store);
  });

  it('tells a later merge of an entry that took a merged one’s freed id from a merge of that entry', async () => {
    const store = wholeStore();
    const spotfy = idOf('platform', 'Spotfy');
    const first = mergePlatform(db, spotfy, idOf('platform', 'Spotify'));
    const march = await importSales('march.csv', '2024-03', [['Qobuzz', 'Night Ferry', 'Harbour', 'Harbour Lights', 'QZTST2400001', '0.40']]);
    // SQLite gives the next new platform the id the merge freed.
    expect(idOf('platform', 'Qobuzz')).toBe(spotfy);
    mergePlatform(db, spotfy, idOf('platform', 'Deezer'));
    removeImports(db, [march]);

    expect(listMerges(db, ['platform'], 50).merges.map((m) => [m.fromName, m.cannotUndo])).toEqual([['Qobuzz', null], ['Spotfy', null]]);
    undoMerge(db, first.mergeId);
    // The later merge stands: its spelling still leads to Deezer.
    const { platform_alias: aliases, ...rest } = wholeStore();
    const { platform_alias: aliasesBefore, ...restBefore } = store;
    expect(rest).toEqual(restBefore);
    expect(aliases).toContainEqual(['Qobuzz', idOf('platform', 'Deezer')]);
    expect(aliases!.filter((row) => (row as unknown[])[0] !== 'Qobuzz')).toEqual(aliasesBefore);
  });

  it('is not held up by a statement imported since that does not name what the merge joined into', async () => {
    const store = wholeStore();
    const { mergeId } = mergePlatform(db, idOf('platform', 'Spotfy'), idOf('platform', 'Spotify'));
    const march = await importSales('march.csv', '2024-03', [['Deezer', 'Night Ferry', 'Harbour', 'Harbour Lights', 'QZTST2400001', '0.40']]);
    expect(listMerges(db, ['platform'], 50).merges[0]?.cannotUndo).toBeNull();
    undoMerge(db, mergeId);
    removeImports(db, [march]);
    expect(wholeStore()).toEqual(store);
  });

  it('gives a recording merged across artists the target’s artist on its lines, so both views agree, and takes it back', () => {
    const store = wholeStore();
    const byArtist = () => db.prepare('SELECT a.name, COUNT(*) FROM statement_line l JOIN artist a ON a.id = l.artist_id GROUP BY a.name ORDER BY a.name').raw().all();
    expect(byArtist()).toEqual([['Night Ferry', 4], ['Nite Ferry', 3]]);
    // Nite Ferry's Morning Tide is Night Ferry's Quiet Harbor, say: its one line moves to Night Ferry.
    const { mergeId } = mergeRecording(db, recordingId('Morning Tide', 'Nite Ferry'), recordingId('Quiet Harbor', 'Night Ferry'));
    expect(byArtist()).toEqual([['Night Ferry', 5], ['Nite Ferry', 2]]);
    expectRollupsAsRebuilt();
    expect(undoMerge(db, mergeId).movedLines).toBe(1);
    expect(wholeStore()).toEqual(store);
  });

  it('takes the recording merged into out of the review queue, and puts it back on undo', () => {
    const waiting = () => listRecordingsUnderReview(db).map((r) => `${r.title} by ${r.artist}`).sort();
    const before = waiting();
    expect(before).toContain('Quiet Harbor by Night Ferry');
    expect(before).toContain('Morning Tide by Nite Ferry');
    const { mergeId } = mergeRecording(db, recordingId('Morning Tide', 'Nite Ferry'), recordingId('Quiet Harbor', 'Night Ferry'));
    expect(waiting()).not.toContain('Quiet Harbor by Night Ferry');
    expect(waiting()).not.toContain('Morning Tide by Nite Ferry');
    undoMerge(db, mergeId);
    expect(waiting()).toEqual(before);
  });

  it('does not bring back a merged recording whose lines were all undone since', () => {
    const february = db.prepare("SELECT id FROM import_batch WHERE file_name = 'february.csv'").pluck().get() as number;
    // The store as undoing February alone leaves it, tried and rolled back.
    db.exec('SAVEPOINT without_february');
    removeImports(db, [february]);
    const withoutFebruary = wholeStore();
    db.exec('ROLLBACK TO without_february; RELEASE without_february');
    const { mergeId } = mergeRecording(db, recordingId('Quiet Harbor', 'Night Ferry'), recordingId('Quiet Harbour', 'Night Ferry'));
    removeImports(db, [february]);
    expect(undoMerge(db, mergeId).movedLines).toBe(0);
    expect(db.prepare("SELECT COUNT(*) FROM recording WHERE title = 'Quiet Harbor'").pluck().get()).toBe(0);
    expect(listRecordingsUnderReview(db).map((r) => r.title)).not.toContain('Quiet Harbor');
    expect(wholeStore()).toEqual(withoutFebruary);
  });

  it('moves back what remains when an import the merge touched was undone since', () => {
    const { mergeId } = mergePlatform(db, idOf('platform', 'Spotfy'), idOf('platform', 'Spotify'));
    const february = db.prepare("SELECT id FROM import_batch WHERE file_name = 'february.csv'").pluck().get() as number;
    removeImports(db, [february]);
    const withoutFebruary = wholeStore();
    expect(undoMerge(db, mergeId).movedLines).toBe(0);
    // The platform and its spelling are back; nothing of February's is.
    expect(db.prepare("SELECT COUNT(*) FROM platform WHERE name = 'Spotfy'").pluck().get()).toBe(1);
    expect(db.prepare("SELECT COUNT(*) FROM platform_alias WHERE alias = 'Spotfy'").pluck().get()).toBe(0);
    expect(wholeStore().statement_line).toEqual(withoutFebruary.statement_line);
  });

  it('keeps its merges, and can still undo them, when the store takes its migrations again', () => {
    const store = wholeStore();
    const { mergeId } = mergePlatform(db, idOf('platform', 'Spotfy'), idOf('platform', 'Spotify'));
    const merges = listMerges(db, ['platform'], 50).merges;
    db.pragma('user_version = 20');
    db.close();
    db = openWriterStore(folder.location.databaseFile);
    expect(listMerges(db, ['platform'], 50).merges).toEqual(merges);
    undoMerge(db, mergeId);
    expect(wholeStore()).toEqual(store);
  });

  it('refuses a merge undone already, or one not in the history, in a sentence', () => {
    const { mergeId } = mergePlatform(db, idOf('platform', 'Spotfy'), idOf('platform', 'Spotify'));
    undoMerge(db, mergeId);
    expect(() => undoMerge(db, mergeId)).toThrow(/cannot be undone: This merge was undone on \d{4}-\d\d-\d\d\.$/);
    expect(() => undoMerge(db, 9999)).toThrow('That merge is not in the history.');
  });
});

describe('a history of many merges', () => {
  /** "Stray 007", "Home 007": a platform a statement misspelt, and the one it really is. */
  const name = (kind: 'Stray' | 'Home', k: number) => `${kind} ${String(k).padStart(3, '0')}`;
  const STRAYS = 119;

  it('is listed a page at a time, newest first, with the count, and an older page says rightly which merges can be undone', async () => {
    const sales = Array.from({ length: STRAYS }, (_, i): Sale[] => [
      [name('Stray', i + 1), 'Night Ferry', 'Harbour', 'Harbour Lights', 'QZTST2400001', '0.01'],
      [name('Home', i + 1), 'Night Ferry', 'Harbour', 'Harbour Lights', 'QZTST2400001', '0.02'],
    ]).flat();
    await importSales('march.csv', '2024-03', sales);
    const mergeIds = Array.from({ length: STRAYS }, (_, i) => mergePlatform(db, idOf('platform', name('Stray', i + 1)), idOf('platform', name('Home', i + 1))).mergeId);
    // The 120th merge builds on the oldest: Home 001, which Stray 001 joined, joins Spotify.
    const newest = mergePlatform(db, idOf('platform', name('Home', 1)), idOf('platform', 'Spotify')).mergeId;
    undoMerge(db, mergeIds[1]!);

    const first = listMerges(db, ['platform'], 25);
    expect(first.total).toBe(120);
    expect(first.merges.map((m) => m.mergeId)).toEqual([newest, ...mergeIds.slice(-24).reverse()]);
    expect(first.merges[0]).toMatchObject({ fromName: 'Home 001', intoName: 'Spotify', cannotUndo: null, undoneAt: null });
    // Each longer page starts with the one before: the newest first, nothing skipped or repeated.
    const pages = [50, 75, 100, 125].map((limit) => listMerges(db, ['platform'], limit));
    expect(pages.map((page) => [page.merges.length, page.total])).toEqual([[50, 120], [75, 120], [100, 120], [120, 120]]);
    for (const page of pages) expect(page.merges.slice(0, 25)).toEqual(first.merges);
    const all = pages.at(-1)!.merges;
    expect(new Set(all.map((m) => m.mergeId)).size).toBe(120);
    expect(all.map((m) => m.mergeId)).toEqual([...all.map((m) => m.mergeId)].sort((a, b) => b - a));

    // The oldest page: Stray 001 waits for the newest merge, Stray 002 is undone, Stray 003 can be undone.
    expect(all.slice(-3).map((m) => [m.fromName, m.intoName, m.undoneAt === null ? null : 'undone', m.cannotUndo])).toEqual([
      ['Stray 003', 'Home 003', null, null],
      ['Stray 002', 'Home 002', 'undone', null],
      ['Stray 001', 'Home 001', null, '“Home 001” was merged into “Spotify” after it; undo that merge first.'],
    ]);
    expect(listMerges(db, ['recording', 'artist'], 25)).toEqual({ merges: [], total: 0 });

    // Once the newest is undone, the oldest can be, and is.
    undoMerge(db, newest);
    expect(listMerges(db, ['platform'], 120).merges.at(-1)).toMatchObject({ fromName: 'Stray 001', cannotUndo: null, undoneAt: null });
    expect(undoMerge(db, mergeIds[0]!).movedLines).toBe(1);
    expect(listMerges(db, ['platform'], 120).merges.at(-1)?.undoneAt).toEqual(expect.any(String));
  });
});
