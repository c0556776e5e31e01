import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { keepRecording, listRecordingsUnderReview, mergeRecording } from '../../../src/main/catalogue/recording-review';
import { importFile } from '../import/temp-store';
import { openWriterStore, type Store } from '../../../src/main/store/open-store';
import { DISTROKID_13_HEADER, tempDataFolder } from '../../support/temp-store';

let folder: ReturnType<typeof tempDataFolder>;
let db: Store;
let files = 0;

/** DistroKid lines by artist, title and ISRC (blank when the store sent none). */
async function importLines(lines: [artist: string, title: string, isrc: string, earnings: string][]) {
  const text = [DISTROKID_13_HEADER, ...lines.map(([artist, title, isrc, earnings]) =>
    ['2024-03-05', '2024-01', 'Spotify', artist, title, isrc, '', '10', '100', 'Song', 'US', '0', earnings].join('\t'))].join('\n');
  const outcome = await importFile(db, folder.write(`s${++files}.tsv`, `${text}\n`));
  expect(outcome.status).toBe('imported');
}

const recordingOf = (line: number, importName: string) =>
  db.prepare('SELECT f.recording_id FROM statement_line f JOIN import_batch b ON b.id = f.import_id WHERE b.file_name = ? AND f.line_no = ?').pluck().get(importName, line);

beforeEach(() => {
  folder = tempDataFolder('tunemantra-catalogue-');
  db = openWriterStore(folder.location.databaseFile);
  files = 0;
});
afterEach(() => {
  db.close();
  folder.remove();
});

describe('recordings without an ISRC', () => {
  it('say how many of their lines no FX rate converts yet, and in which currencies', async () => {
    const header = 'Sales Period,Posted Date,Store Name,Country Of Sale,Artist,Release Type,Release Title,Song Title,Label,UPC,Optional UPC,TC Song ID,Optional ISRC,Sales Type,# Units Sold,Per Unit Price,Net Sales,Net Sales Currency,Exchange Rate,Total Earned,Currency';
    const line = '2024-05-01,2024-06-15,Spotify,GB,Ana Sol,Single,Luz,Luz,,,,1,,Streaming,100,0.003,1.32,GBP,1,1.32,GBP';
    const outcome = await importFile(db, folder.write('tunecore-gbp.csv', `${header}\n${line}\n`));
    expect(outcome.status).toBe('imported');
    const [luz] = listRecordingsUnderReview(db);
    // No GBP rate in the store: the line earns nothing in the base currency yet, and says why.
    expect(luz).toMatchObject({ title: 'Luz', lines: 1, unconverted: { lines: 1, currencies: ['GBP'] } });
    expect(Number(luz!.revenue)).toBe(0);
  });

  it('match a known recording when only featured credits differ, and say so on the line', async () => {
    await importLines([['Lena Vos', 'Harbour', 'NLA1Z2400001', '1.00']]);
    await importLines([['Lena Vos feat. Kai', 'Harbour (feat. Kai)', '', '0.50']]);
    expect(recordingOf(2, 's2.tsv')).toBe(recordingOf(2, 's1.tsv'));
    const extra = JSON.parse(db.prepare("SELECT e.fields FROM statement_line l JOIN line_extra e ON e.id = l.extra_id WHERE l.import_id = 2").pluck().get() as string);
    expect(extra.catalogue_match).toBe('matched by name: same artist and title once featured artists are set aside');
    expect(listRecordingsUnderReview(db)).toEqual([]);
  });

  it('queue a doubtful match with its candidate, score and reason; merging moves the lines and teaches the spelling', async () => {
    await importLines([['Lena Vos', 'Harbour', 'NLA1Z2400001', '1.00']]);
    await importLines([['Lena Vos', 'Harbour - Radio Edit', '', '0.25'], ['Lena Vos', 'Tides', '', '0.10']]);
    const queue = listRecordingsUnderReview(db);
    expect(queue.map((q) => [q.title, q.candidate?.title ?? null, q.candidate?.scorePercent ?? null])).toEqual([
      ['Harbour - Radio Edit', 'Harbour', 70],
      ['Tides', null, null],
    ]);
    expect(queue[0]!.revenue).toBe('0.25000000');
    expect(queue[0]!.candidate!.reason).toContain('different version tags');

    const edit = queue[0]!;
    expect(mergeRecording(db, edit.recordingId, edit.candidate!.recordingId)).toEqual({ movedLines: 1, mergeId: expect.any(Number) });
    // The rollups follow the moved line: by recording they hold what the lines hold.
    const byRecording = (sql: string) => db.prepare(sql).raw(true).all();
    expect(byRecording("SELECT recording_id, SUM(lines) FROM rollup_month_catalogue WHERE basis = 'sale' GROUP BY recording_id ORDER BY 1"))
      .toEqual(byRecording('SELECT recording_id, COUNT(*) FROM statement_line GROUP BY recording_id ORDER BY 1'));
    keepRecording(db, queue[1]!.recordingId);
    expect(listRecordingsUnderReview(db)).toEqual([]);

    await importLines([['Lena Vos', 'Harbour - Radio Edit', '', '0.30']]);
    expect(recordingOf(2, 's3.tsv')).toBe(edit.candidate!.recordingId);
    expect(listRecordingsUnderReview(db)).toEqual([]);
  });

  it('one ISRC on several releases is one recording', async () => {
    const text = [DISTROKID_13_HEADER,
      ['2024-03-05', '2024-01', 'iTunes', 'Lena Vos', 'Harbour', 'NLA1Z2400001', '0012345678905', '1', '100', 'Song', 'US', '0', '0.70'].join('\t'),
      ['2024-03-05', '2024-01', 'iTunes', 'Lena Vos', 'Harbour', 'NLA1Z2400001', '0098765432109', '1', '100', 'Song', 'US', '0', '0.70'].join('\t')].join('\n');
    await importFile(db, folder.write('two-releases.tsv', text));
    expect(db.prepare('SELECT COUNT(*) FROM recording').pluck().get()).toBe(1);
    expect(db.prepare('SELECT COUNT(*) FROM release_recording').pluck().get()).toBe(2);
  });
});
