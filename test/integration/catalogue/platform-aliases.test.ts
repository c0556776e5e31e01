import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { invokeChannel } from '../../../src/main/core/handler-map';
import { listPlatforms, mergePlatform } from '../../../src/main/catalogue/platform-merge';
import { removeImports } from '../../../src/main/import/remove-imports';
import { openWriterStore, type Store } from '../../../src/main/store/open-store';
import { QuerySpec } from '../../../src/shared/query/query-spec';
import { importFile } from '../import/temp-store';
import { DISTROKID_13_HEADER, distroKidLine, tempDataFolder } from '../../support/temp-store';
import { coreWithChannelsEachTest } from '../../support/core-each-test';

let folder: ReturnType<typeof tempDataFolder>;

/** A DistroKid statement of one sale month whose lines print these store names. */
function statement(saleMonth: string, stores: string[]): string {
  const lines = stores.map((store, i) =>
    distroKidLine({ saleMonth, store, title: `Song ${i}`, isrc: `QZTST24${String(i).padStart(5, '0')}`, qty: 10, earnings: `0.${i + 1}` }),
  );
  return [DISTROKID_13_HEADER, ...lines].join('\n') + '\n';
}

describe('platform spellings through the core', () => {
  const perTest = coreWithChannelsEachTest('tunemantra-aliases-');
  let files = 0;

  async function importStores(stores: string[]) {
    const path = perTest.folder.write(`statement-${++files}.tsv`, statement(`2024-0${files}`, stores));
    const [outcome] = await perTest.core.importFiles([path], { mode: 'strict' });
    expect(outcome).toMatchObject({ status: 'imported', imported: stores.length });
    return outcome!;
  }

  async function platform(name: string) {
    return (await perTest.core.listPlatforms()).find((p) => p.name === name);
  }

  async function idOf(name: string): Promise<number> {
    return (await platform(name))!.platformId;
  }

  beforeEach(() => {
    files = 0;
  });

  it('adds a spelling that the next statement is read by, in any letter case; lines already imported stay', async () => {
    await importStores(['Spotify', 'Spotify Web Player']);
    expect(await platform('Spotify Web Player')).toMatchObject({ lines: 1 });
    const spotify = await idOf('Spotify');

    expect(await perTest.core.addPlatformAlias(spotify, '  Spotify Desktop  ')).toEqual({ platformId: spotify, platform: 'Spotify', alias: 'Spotify Desktop' });
    expect((await platform('Spotify'))!.aliases).toEqual(['Spotify Ad-Supported', 'Spotify Desktop', 'Spotify Free', 'Spotify Premium']);
    // The line imported before keeps its platform: a spelling steers statements to come only.
    expect(await platform('Spotify Web Player')).toMatchObject({ lines: 1 });

    // The importer trims a cell and compares it without letter case, as the spelling was stored.
    await importStores(['Spotify Desktop', 'SPOTIFY DESKTOP', ' spotify desktop ']);
    expect(await platform('Spotify')).toMatchObject({ lines: 4 });
    expect(await platform('Spotify Desktop')).toBeUndefined();
    expect((await perTest.core.listPlatforms()).some((p) => p.name.toLowerCase() === 'spotify desktop')).toBe(false);
  });

  it('removes a spelling: the next statement that prints it lands on a platform of its own, earlier lines stay', async () => {
    await importStores(['Spotify Premium', 'Spotify']);
    const spotify = await idOf('Spotify');
    expect(await platform('Spotify')).toMatchObject({ lines: 2 });

    expect(await perTest.core.removePlatformAlias(spotify, 'spotify premium')).toEqual({ platformId: spotify, platform: 'Spotify', alias: 'Spotify Premium' });
    expect((await platform('Spotify'))!.aliases).toEqual(['Spotify Ad-Supported', 'Spotify Free']);
    expect(await platform('Spotify')).toMatchObject({ lines: 2 });

    await importStores(['Spotify Premium', 'Spotify Premium', 'Spotify']);
    expect(await platform('Spotify')).toMatchObject({ lines: 3 });
    expect(await platform('Spotify Premium')).toMatchObject({ lines: 2, aliases: [] });

    // Added back to Spotify, it is refused while it names a platform of its own: merging moves its lines too.
    await expect(perTest.core.addPlatformAlias(spotify, 'Spotify Premium')).rejects.toMatchObject({
      code: 'rejected_input',
      message: '“Spotify Premium” already leads to Spotify Premium: it is that platform’s name. Merge Spotify Premium into Spotify instead, which moves its lines too.',
    });
  });

  it('refuses a spelling that already leads to any platform, or that names one, saying which', async () => {
    await importStores(['Spotify', 'Deezer']);
    const spotify = await idOf('Spotify');
    const deezer = await idOf('Deezer');

    await expect(perTest.core.addPlatformAlias(deezer, 'Spotify Premium')).rejects.toMatchObject({
      code: 'rejected_input', message: '“Spotify Premium” already leads to Spotify.',
    });
    await expect(perTest.core.addPlatformAlias(spotify, 'Spotify Premium')).rejects.toMatchObject({
      code: 'rejected_input', message: '“Spotify Premium” already leads to Spotify.',
    });
    await expect(perTest.core.addPlatformAlias(deezer, ' spotify premium ')).rejects.toMatchObject({
      code: 'rejected_input', message: '“spotify premium” already leads to Spotify, spelled “Spotify Premium”.',
    });
    await expect(perTest.core.addPlatformAlias(spotify, 'spotify')).rejects.toMatchObject({
      code: 'rejected_input', message: '“spotify” already leads to Spotify: it is its name.',
    });
    await expect(perTest.core.addPlatformAlias(spotify, 'Deezer')).rejects.toMatchObject({
      code: 'rejected_input',
      message: '“Deezer” already leads to Deezer: it is that platform’s name. Merge Deezer into Spotify instead, which moves its lines too.',
    });
    await perTest.core.addPlatformAlias(deezer, 'Deezer HiFi');
    await expect(perTest.core.addPlatformAlias(spotify, 'DEEZER HIFI')).rejects.toMatchObject({
      code: 'rejected_input', message: '“DEEZER HIFI” already leads to Deezer, spelled “Deezer HiFi”.',
    });
    expect((await platform('Spotify'))!.aliases).toEqual(['Spotify Ad-Supported', 'Spotify Free', 'Spotify Premium']);
    expect((await platform('Deezer'))!.aliases).toEqual(['Deezer HiFi']);
  });

  it('removes only a spelling of that platform, never its name', async () => {
    const spotify = await idOf('Spotify');
    const deezer = await idOf('Deezer');
    await expect(perTest.core.removePlatformAlias(spotify, 'Spotify')).rejects.toMatchObject({
      code: 'invalid_input', message: '“Spotify” is the name of Spotify, not one of its spellings: it stays.',
    });
    await expect(perTest.core.removePlatformAlias(deezer, 'Spotify Premium')).rejects.toMatchObject({
      code: 'not_found', message: '“Spotify Premium” is not a spelling of Deezer.',
    });
    expect((await platform('Spotify'))!.aliases).toContain('Spotify Premium');
  });

  it('refuses a platform that is gone and a spelling that is blank or too long, through the channel too', async () => {
    await expect(perTest.core.addPlatformAlias(999_999, 'Somewhere')).rejects.toMatchObject({ code: 'not_found', message: 'That platform no longer exists.' });
    await expect(perTest.core.removePlatformAlias(999_999, 'Somewhere')).rejects.toMatchObject({ code: 'not_found', message: 'That platform no longer exists.' });
    const spotify = await idOf('Spotify');
    await expect(perTest.core.addPlatformAlias(spotify, '   ')).rejects.toMatchObject({
      code: 'invalid_input', message: 'Type the spelling a statement uses for this platform.',
    });
    await expect(perTest.core.addPlatformAlias(spotify, 'x'.repeat(101))).rejects.toMatchObject({
      code: 'invalid_input', message: 'A spelling is at most 100 characters.',
    });
    expect(await invokeChannel(perTest.channels, 'platforms:addAlias', { platformId: spotify, alias: 'x'.repeat(101) })).toEqual({
      ok: false, error: { code: 'invalid_input', message: 'Invalid request for platforms:addAlias: alias: A spelling is at most 100 characters.' },
    });
    expect(await invokeChannel(perTest.channels, 'platforms:addAlias', { platformId: spotify, alias: ` ${'x'.repeat(100)} ` })).toEqual({
      ok: true, value: { platformId: spotify, platform: 'Spotify', alias: 'x'.repeat(100) },
    });
    expect(await invokeChannel(perTest.channels, 'platforms:removeAlias', { platformId: spotify, alias: 'x'.repeat(100) })).toEqual({
      ok: true, value: { platformId: spotify, platform: 'Spotify', alias: 'x'.repeat(100) },
    });
    expect(await invokeChannel(perTest.channels, 'platforms:removeAlias', { platformId: spotify, alias: 'Spotify' })).toEqual({
      ok: false, error: { code: 'invalid_input', message: '“Spotify” is the name of Spotify, not one of its spellings: it stays.' },
    });
  });

  it('empties the query cache like any other write', async () => {
    await importStores(['Spotify']);
    const spec = QuerySpec.parse({ metrics: ['lines'], dimensions: ['platform'] });
    await perTest.core.runQuery(spec);
    expect((await perTest.core.runQuery(spec)).execution.cached).toBe(true);
    const spotify = await idOf('Spotify');
    await perTest.core.addPlatformAlias(spotify, 'Spotify Car Thing');
    expect((await perTest.core.runQuery(spec)).execution.cached).toBe(false);
    expect((await perTest.core.runQuery(spec)).execution.cached).toBe(true);
    await perTest.core.removePlatformAlias(spotify, 'Spotify Car Thing');
    expect((await perTest.core.runQuery(spec)).execution.cached).toBe(false);
  });
});

describe('line counts of the platforms list', () => {
  let db: Store;

  beforeEach(() => {
    folder = tempDataFolder('tunemantra-platform-counts-');
    db = openWriterStore(folder.location.databaseFile);
  });
  afterEach(() => {
    db.close();
    folder.remove();
  });

  function countedFromLines(): Record<string, number> {
    const rows = db.prepare<[], { name: string; lines: number }>(
      'SELECT p.name, (SELECT COUNT(*) FROM statement_line f WHERE f.platform_id = p.id) AS lines FROM platform p',
    ).all();
    return Object.fromEntries(rows.map((r) => [r.name, r.lines]));
  }

  function listed(): Record<string, number> {
    return Object.fromEntries(listPlatforms(db).map((p) => [p.name, p.lines]));
  }

  it('are the lines each platform holds, once each though every line also counts on the reporting basis', async () => {
    // Reported in July for sales of other months: each line has a rollup row on both bases.
    const first = await importFile(db, folder.write('may.tsv', statement('2024-05', ['Spotify', 'Spotify', 'Deezer', 'Spotfy', 'Apple Music'])));
    await importFile(db, folder.write('june.tsv', statement('2024-06', ['Spotify', 'Deezer', 'Deezer', 'Spotfy'])));
    expect(listed()).toEqual(countedFromLines());
    expect(listed()).toMatchObject({ Spotify: 3, Deezer: 3, Spotfy: 2, 'Apple Music': 1, TIDAL: 0 });
    // Most lines first, then by name, as before.
    expect(listPlatforms(db).slice(0, 4).map((p) => p.name)).toEqual(['Deezer', 'Spotify', 'Spotfy', 'Apple Music']);

    const ids = Object.fromEntries(listPlatforms(db).map((p) => [p.name, p.platformId]));
    mergePlatform(db, ids['Spotfy']!, ids['Spotify']!);
    expect(listed()).toEqual(countedFromLines());
    expect(listed()).toMatchObject({ Spotify: 5 });

    removeImports(db, [first.importId!]);
    expect(listed()).toEqual(countedFromLines());
    expect(listed()).toMatchObject({ Spotify: 2, Deezer: 2, 'Apple Music': 0 });
  });

  it('are read from the rollup, not by scanning the statement lines', async () => {
    await importFile(db, folder.write('may.tsv', statement('2024-05', ['Spotify', 'Deezer', 'Deezer'])));
    const before = listed();
    expect(before).toMatchObject({ Spotify: 1, Deezer: 2 });
    db.exec('BEGIN');
    db.exec('DELETE FROM statement_line');
    expect(listed()).toEqual(before);
    db.exec('ROLLBACK');
  });
});
