import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openWorkstationCore } from '../../../src/main/core/open-workstation-core';
import { MIGRATIONS } from '../../../src/main/store/migrations';
import type { StoreUpdate } from '../../../src/main/store/store-update';
import { olderImport, olderStore } from '../../support/older-store';
import { runCli } from '../../support/run-cli';
import { tempDataFolder } from '../../support/temp-store';

let folder: ReturnType<typeof tempDataFolder>;
beforeEach(() => (folder = tempDataFolder('tunemantra-update-')));
afterEach(() => folder.remove());

/** A schema-13 store holding `lines` statement lines of one import. */
function writeVersion13Store(file: string, lines: number): void {
  const db = olderStore(file, 13);
  const importId = olderImport(db, 'older.csv');
  const line = db.prepare(
    `INSERT INTO statement_line (import_id, line_no, sale_start, sale_end, sale_month, platform_id, territory, sale_type, quantity,
       currency, amount_hi, amount_lo, extra_json)
     VALUES (?, ?, 20250301, 20250331, 202503, 1, 'US', 'stream', 1, 'USD', 0, 1, '{"team_percentage":"100"}')`,
  );
  db.transaction(() => {
    for (let n = 0; n < lines; n++) line.run(importId, n + 2);
  })();
  db.close();
}

describe('opening a store an earlier version wrote', () => {
  it('says so before migrating, with the lines it holds, and only the first time', async () => {
    writeVersion13Store(folder.location.databaseFile, 3);
    const heard: StoreUpdate[] = [];
    const core = await openWorkstationCore({ location: folder.location, readers: 1, onStoreUpdate: (update) => heard.push(update) });
    await core.close();
    expect(heard).toEqual([{ fromVersion: 13, toVersion: MIGRATIONS.at(-1)!.version, lines: 3 }]);

    const again = await openWorkstationCore({ location: folder.location, readers: 1, onStoreUpdate: (update) => heard.push(update) });
    await again.close();
    expect(heard).toHaveLength(1);
  });

  it('says nothing for a new store', async () => {
    const heard: StoreUpdate[] = [];
    const core = await openWorkstationCore({ location: folder.location, readers: 1, onStoreUpdate: (update) => heard.push(update) });
    await core.close();
    expect(heard).toEqual([]);
  });

  it('tells the CLI user on stderr, leaving stdout to the answer', () => {
    writeVersion13Store(folder.location.databaseFile, 2);
    const { code, stdout, stderr } = runCli(['query', '--db', folder.location.databaseFile, '--spec', JSON.stringify({ metrics: ['lines'] }), '--format', 'json']);
    expect(code).toBe(0);
    expect(stderr).toContain('Updating the data file (2 statement lines) for this version of the workstation.');
    expect(JSON.parse(stdout)).toMatchObject({ columns: [{ name: 'lines' }] });
  });
});
