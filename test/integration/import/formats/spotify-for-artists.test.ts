import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readSpotifyFileName } from '../../../../src/main/import/formats/spotify-for-artists-file-name';
import { importFile, openTempStore, rowCount, type TempStore } from '../temp-store';

const FIXTURES = fileURLToPath(new URL('../../../fixtures/statements/spotify-for-artists/', import.meta.url));
const ARTIST = '3kQm7VxPz2LwR8dNfT1bYc';

let store: TempStore;
beforeEach(() => {
  store = openTempStore();
});
afterEach(() => store.cleanup());

interface Gauge {
  line_no: number;
  day: number | null;
  window: string | null;
  subject_kind: string;
  subject: string;
  metric: string;
  value: number;
}

function gauges(): Gauge[] {
  return store.db
    .prepare('SELECT line_no, day, window, subject_kind, subject, metric, value FROM gauge_reading ORDER BY line_no, id')
    .all() as Gauge[];
}

/** The readings as "day|window|subject|metric=value" strings, in file order. */
function readings(): string[] {
  return gauges().map((g) => `${g.day ?? '-'}|${g.window ?? '-'}|${g.subject}|${g.metric}=${g.value}`);
}

describe('Spotify for Artists exports are audience gauges, never sales', () => {
  it('reads the old audience timeline: three metrics a day, subject = the artist id from the file name', async () => {
    const outcome = await importFile(store.db, join(FIXTURES, `${ARTIST}-timelines.csv`));
    expect(outcome.status).toBe('imported');
    expect(outcome.format).toBe('Spotify for Artists');
    expect(outcome.variant).toBe('audience timeline (old)');
    expect(outcome.lines).toBe(3);
    expect(outcome.imported).toBe(3);
    expect(outcome.amounts).toEqual({});
    expect(outcome.quantity).toBe(0);
    expect(rowCount(store.db, 'statement_line')).toBe(0);
    expect(readings()).toEqual([
      `20250301|-|${ARTIST}|listeners=812`, `20250301|-|${ARTIST}|streams=1490`, `20250301|-|${ARTIST}|followers=2210`,
      `20250302|-|${ARTIST}|listeners=790`, `20250302|-|${ARTIST}|streams=1388`, `20250302|-|${ARTIST}|followers=2214`,
      `20250303|-|${ARTIST}|listeners=845`, `20250303|-|${ARTIST}|streams=1602`, `20250303|-|${ARTIST}|followers=2219`,
    ]);
    expect(new Set(gauges().map((g) => g.subject_kind))).toEqual(new Set(['artist']));
    expect(gauges().map((g) => g.line_no)).toEqual([2, 2, 2, 3, 3, 3, 4, 4, 4]);
  });

  it('reads the new audience timeline (LF endings) and leaves out a metric Spotify left blank', async () => {
    const outcome = await importFile(store.db, join(FIXTURES, `${ARTIST}-audience-timeline.csv`));
    expect(outcome.status).toBe('imported');
    expect(outcome.variant).toBe('audience timeline');
    expect(outcome.unknownColumns).toEqual([]);
    expect(outcome.lines).toBe(2);
    expect(outcome.imported).toBe(2);
    expect(readings()).toEqual([
      // 2025-06-01 has no super listeners figure: 8 readings, not 9.
      `20250601|-|${ARTIST}|listeners=1203`, `20250601|-|${ARTIST}|monthly_listeners=15840`,
      `20250601|-|${ARTIST}|monthly_active_listeners=9120`, `20250601|-|${ARTIST}|streams=2410`,
      `20250601|-|${ARTIST}|playlist_adds=17`, `20250601|-|${ARTIST}|saves=35`, `20250601|-|${ARTIST}|followers=3301`,
      `20250602|-|${ARTIST}|listeners=1180`, `20250602|-|${ARTIST}|monthly_listeners=15902`,
      `20250602|-|${ARTIST}|monthly_active_listeners=9188`, `20250602|-|${ARTIST}|super_listeners=412`,
      `20250602|-|${ARTIST}|streams=2288`, `20250602|-|${ARTIST}|playlist_adds=9`, `20250602|-|${ARTIST}|saves=28`,
      `20250602|-|${ARTIST}|followers=3304`,
    ]);
    expect(rowCount(store.db, 'statement_line')).toBe(0);
  });

  it('reads a songs export with the window from the file name and no day', async () => {
    const outcome = await importFile(store.db, join(FIXTURES, `${ARTIST}-songs-1year.csv`));
    expect(outcome.status).toBe('imported');
    expect(outcome.variant).toBe('songs (1year)');
    expect(outcome.lines).toBe(3);
    expect(outcome.imported).toBe(3);
    expect(readings()).toEqual([
      '-|1year|Hold On, Let Go|listeners=5120', '-|1year|Hold On, Let Go|streams=18433', '-|1year|Hold On, Let Go|saves=640',
      '-|1year|Blue Horizon|listeners=2210', '-|1year|Blue Horizon|streams=6105', '-|1year|Blue Horizon|saves=133',
      '-|1year|Café Noir|listeners=87', '-|1year|Café Noir|streams=140',
    ]);
    expect(new Set(gauges().map((g) => g.subject_kind))).toEqual(new Set(['recording']));
    expect(rowCount(store.db, 'statement_line')).toBe(0);

    const shorter = await importFile(store.db, join(FIXTURES, `${ARTIST}-songs-28days.csv`));
    expect(shorter.variant).toBe('songs (28days)');
    const windows = store.db.prepare("SELECT DISTINCT window FROM gauge_reading WHERE subject = 'Blue Horizon' ORDER BY window").pluck().all();
    expect(windows).toEqual(['1year', '28days']);
  });

  it('reads a song called "Total" as a song: these exports print no totals row', async () => {
    const path = join(store.dir, `${ARTIST}-songs-28days.csv`);
    writeFileSync(path, '\uFEFFsong,listeners,streams,saves,release_date\nTotal,12,30,2,2023-05-05\nBlue Horizon,640,1502,41,2024-02-02\n');
    const outcome = await importFile(store.db, path);
    expect(outcome).toMatchObject({ status: 'imported', lines: 2, imported: 2 });
    expect(readings()).toEqual([
      '-|28days|Total|listeners=12', '-|28days|Total|streams=30', '-|28days|Total|saves=2',
      '-|28days|Blue Horizon|listeners=640', '-|28days|Blue Horizon|streams=1502', '-|28days|Blue Horizon|saves=41',
    ]);
  });

  it('reads a per-track timeline whose title is the whole file name before "-timeline"', async () => {
    const outcome = await importFile(store.db, join(FIXTURES, 'Hold On, Let Go-timeline.csv'));
    expect(outcome.status).toBe('imported');
    expect(outcome.variant).toBe('per-track timeline');
    expect(outcome.lines).toBe(3);
    expect(outcome.imported).toBe(3);
    expect(readings()).toEqual([
      '20250501|-|Hold On, Let Go|streams=611', '20250502|-|Hold On, Let Go|streams=587', '20250503|-|Hold On, Let Go|streams=702',
    ]);
    // Daily Spotify streams are gauges: nothing lands where distributor streams are summed.
    expect(rowCount(store.db, 'statement_line')).toBe(0);
    expect(new Set(gauges().map((g) => g.subject_kind))).toEqual(new Set(['recording']));
  });

  it('reads a per-track timeline named "<artistId>-<track>-timeline.csv", keeping the dashes inside the title', async () => {
    const outcome = await importFile(store.db, join(FIXTURES, `${ARTIST}-Blue Horizon - Radio Edit-timeline.csv`));
    expect(outcome.status).toBe('imported');
    expect(readings()).toEqual(['20250501|-|Blue Horizon - Radio Edit|streams=98', '20250502|-|Blue Horizon - Radio Edit|streams=120']);
  });

  it('refuses a per-track timeline whose file name does not name the track, saying so', async () => {
    const path = join(store.dir, `${ARTIST}-timeline.csv`);
    copyFileSync(join(FIXTURES, 'Hold On, Let Go-timeline.csv'), path);
    const outcome = await importFile(store.db, path);
    expect(outcome.status).toBe('rejected');
    expect(outcome.message).toContain(`${ARTIST}-timeline.csv line 2:`);
    expect(outcome.message).toMatch(/does not name the track/);
    expect(rowCount(store.db, 'gauge_reading')).toBe(0);
  });

  it('reads playlists whatever date_added says (a date, n/a, "-" or nothing)', async () => {
    const outcome = await importFile(store.db, join(FIXTURES, `${ARTIST}-playlists-28days.csv`));
    expect(outcome.status).toBe('imported');
    expect(outcome.variant).toBe('playlists (28days)');
    expect(outcome.lines).toBe(4);
    expect(outcome.imported).toBe(4);
    expect(readings()).toEqual([
      '-|28days|Chill Mornings|listeners=1450', '-|28days|Chill Mornings|streams=2210',
      '-|28days|Late Night Drive|listeners=87', '-|28days|Late Night Drive|streams=131',
      '-|28days|Rain, Coffee & Vinyl|listeners=12', '-|28days|Rain, Coffee & Vinyl|streams=19',
      '-|28days|This Is Zoë Kärnä|listeners=301', '-|28days|This Is Zoë Kärnä|streams=977',
    ]);
    expect(new Set(gauges().map((g) => g.subject_kind))).toEqual(new Set(['playlist']));
    expect(rowCount(store.db, 'statement_line')).toBe(0);
  });

  it('rejects the whole file in strict mode on a bad number, naming its line and column', async () => {
    const file = `${ARTIST}-timelines-bad-number.csv`;
    const outcome = await importFile(store.db, join(FIXTURES, file));
    expect(outcome.status).toBe('rejected');
    expect(outcome.message).toContain(`${file} line 4:`);
    expect(outcome.message).toMatch(/column "listeners": "84five" is not a number/);
    expect(outcome.problems[0]).toMatchObject({ line: 4 });
    expect(rowCount(store.db, 'gauge_reading')).toBe(0);
    expect(rowCount(store.db, 'import_batch')).toBe(0);
  });

  it('quarantines the bad row in lenient mode and keeps the other days', async () => {
    const outcome = await importFile(store.db, join(FIXTURES, `${ARTIST}-timelines-bad-number.csv`), { mode: 'lenient' });
    expect(outcome.status).toBe('imported');
    expect(outcome.lines).toBe(4);
    expect(outcome.imported).toBe(3);
    expect(outcome.rejected).toBe(1);
    expect(store.db.prepare('SELECT line_no FROM rejected_line').pluck().all()).toEqual([4]);
    expect(new Set(gauges().map((g) => g.day))).toEqual(new Set([20250301, 20250302, 20250304]));
  });

  it('recognises a bare date,streams file not named "<track>-timeline" but refuses it: the track is unknown', async () => {
    const path = join(store.dir, 'Blue Horizon.csv');
    writeFileSync(path, '\uFEFFdate,streams\r\n2025-05-01,98\r\n');
    const outcome = await importFile(store.db, path);
    // The title cannot be told from a plain name: the rows are refused rather than filed under "Blue Horizon".
    expect(outcome.status).toBe('rejected');
    expect(outcome.variant).toBe('per-track timeline (track not in file name)');
  });
});

describe('Spotify for Artists file names', () => {
  it.each([
    [`${ARTIST}-songs-1year.csv`, { artistId: ARTIST, window: '1year', trackTitle: null, isTimeline: false }],
    [`${ARTIST}-playlists-28days (1).csv`, { artistId: ARTIST, window: '28days', trackTitle: null, isTimeline: false }],
    [`${ARTIST}-timelines.csv`, { artistId: ARTIST, window: null, trackTitle: null, isTimeline: true }],
    ['Song Title-timeline.csv', { artistId: null, window: null, trackTitle: 'Song Title', isTimeline: true }],
    [`${ARTIST}-Mr. Brightside-timeline.csv`, { artistId: ARTIST, window: null, trackTitle: 'Mr. Brightside', isTimeline: true }],
    ['songs.csv', { artistId: null, window: null, trackTitle: null, isTimeline: false }],
  ])('%s', (name, expected) => {
    expect(readSpotifyFileName(name)).toEqual(expected);
  });
});
