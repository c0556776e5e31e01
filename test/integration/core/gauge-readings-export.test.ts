import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { invokeChannel } from '../../../src/main/core/handler-map';
import { preparedText } from '../../support/prepared-export';
import { DISTROKID_13_HEADER } from '../../support/temp-store';
import { coreWithChannelsEachTest } from '../../support/core-each-test';

const SONGS_FILE = '3kQm7VxPz2LwR8dNfT1bYc-songs-1year.csv';
const SONGS = join(import.meta.dirname, '..', '..', 'fixtures', 'statements', 'spotify-for-artists', SONGS_FILE);

const perTest = coreWithChannelsEachTest('tunemantra-readings-');

/** The cells of one CSV row, quoted or not. */
function cells(row: string): string[] {
  return [...row.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)].map((m) => m[1]!.replace(/^"|"$/g, '').replaceAll('""', '"'));
}

/** The figures a songs export holds, counted from its text: every non-blank listeners, streams and saves cell. */
function figuresInSongsFixture(): number {
  const [header, ...rows] = readFileSync(SONGS, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/).filter((row) => row !== '');
  const metricColumns = cells(header!).flatMap((name, index) => (['listeners', 'streams', 'saves'].includes(name) ? [index] : []));
  return rows.reduce((sum, row) => sum + metricColumns.filter((index) => cells(row)[index] !== '').length, 0);
}

/** A DistroKid statement that puts "Blue Horizon" in the catalogue with its ISRC, for the songs export to match by title. */
async function importDistroKid(): Promise<number> {
  const path = perTest.folder.write('distrokid-march.tsv', [
    DISTROKID_13_HEADER,
    ['2024-03-05', '2024-01', 'Spotify', 'Ana Sol', 'Blue Horizon', 'ESA012400002', '', '10', '100', 'Song', 'ES', '0', '1.25'].join('\t'),
  ].join('\n'));
  const [outcome] = await perTest.core.importFiles([path], { mode: 'strict' });
  expect(outcome).toMatchObject({ status: 'imported', imported: 1 });
  return outcome!.importId!;
}

async function importSongs(): Promise<number> {
  const [outcome] = await perTest.core.importFiles([SONGS], { mode: 'strict' });
  expect(outcome).toMatchObject({ status: 'imported', format: 'Spotify for Artists' });
  return outcome!.importId!;
}

describe('gauge readings of an import', () => {
  it('are counted in the history: every figure of a Spotify songs export, none for a DistroKid statement', async () => {
    const distroKid = await importDistroKid();
    const songs = await importSongs();
    const history = await perTest.core.importHistory();
    const figures = figuresInSongsFixture();
    expect(figures).toBe(8);
    expect(history.find((h) => h.importId === songs)).toMatchObject({ imported: 3, readings: figures, statementLines: 0 });
    expect(history.find((h) => h.importId === distroKid)).toMatchObject({ imported: 1, readings: 0, statementLines: 1 });
  });

  it('export as a CSV in file order, with the recording each was matched to and its ISRC', async () => {
    await importDistroKid();
    const songs = await importSongs();
    const file = await perTest.core.exportGaugeReadings(songs);
    expect(file).toMatchObject({ fileName: '3kQm7VxPz2LwR8dNfT1bYc-songs-1year-readings.csv', rows: figuresInSongsFixture() });
    const rows = preparedText(perTest.core.takeExport(file.exportId)).split('\r\n');
    expect(rows[0]).toBe('Line,Day,Window,Subject kind,Subject,Recording,ISRC,Metric,Value');
    expect(rows.slice(1, -1)).toHaveLength(figuresInSongsFixture());
    expect(rows.at(-1)).toBe('');
    // Line 2 of the fixture: "Hold On, Let Go",5120,… — a song the catalogue does not hold.
    expect(rows[1]).toBe('2,,1year,recording,"Hold On, Let Go",,,listeners,5120');
    // Line 3: Blue Horizon,2210,6105,133,… — matched by title to the DistroKid recording.
    expect(rows[5]).toBe('3,,1year,recording,Blue Horizon,Blue Horizon,ESA012400002,streams,6105');
    // Line 4: Café Noir has no saves figure, so its two readings close the file.
    expect(rows.slice(7, -1)).toEqual(['4,,1year,recording,Café Noir,,,listeners,87', '4,,1year,recording,Café Noir,,,streams,140']);
  });

  it('refuse an unknown or malformed import id as the quarantined-lines export does', async () => {
    const unknown = await invokeChannel(perTest.channels, 'import:readings', { importId: 99 });
    expect(unknown).toEqual({ ok: false, error: { code: 'not_found', message: 'That import no longer exists.' } });
    expect(unknown).toEqual(await invokeChannel(perTest.channels, 'import:quarantine', { importId: 99 }));
    for (const channel of ['import:readings', 'import:quarantine']) {
      expect(await invokeChannel(perTest.channels, channel, { importId: 1.5 })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
  });
});
