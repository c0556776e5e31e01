import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openWorkstationCore } from '../../../src/main/core/open-workstation-core';
import type { WorkstationCore } from '../../../src/main/core/workstation-core';
import type { WorkstationEvent } from '../../../src/shared/contract/events';
import { QuerySpec } from '../../../src/shared/query/query-spec';
import { runCli } from '../../support/run-cli';
import { DISTROKID_13_HEADER, distroKidLine, tempDataFolder } from '../../support/temp-store';

let folder: ReturnType<typeof tempDataFolder>;
let core: WorkstationCore;
let changes: WorkstationEvent[];

const REVENUE = QuerySpec.parse({ metrics: ['revenue'], dimensions: [], timeRange: { kind: 'preset', preset: 'all' } });

function statement(name: string, month: string, earnings: string): string {
  const line = distroKidLine({ saleMonth: month, store: 'Spotify', title: 'Harbour Lights', isrc: 'USELS2400001', qty: 3, earnings });
  return folder.write(name, [DISTROKID_13_HEADER, line].join('\n') + '\n');
}

async function revenue(): Promise<{ revenue: string; cached: boolean }> {
  const answer = await core.runQuery(REVENUE);
  return { revenue: String(answer.rows[0]![0]), cached: answer.execution?.cached ?? false };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeEach(async () => {
  folder = tempDataFolder('tunemantra-elsewhere-');
  expect(runCli(['import', '--db', folder.location.databaseFile, statement('january.tsv', '2024-01', '1.25')]).code).toBe(0);
  core = await openWorkstationCore({ location: folder.location, readers: 1 });
  changes = [];
  core.onEvent((event) => {
    if (event.type === 'data:changed') changes.push(event);
  });
});
afterEach(async () => {
  await core.close();
  folder.remove();
});

describe('a store changed by another process', () => {
  it('is read again: an import by the command line reaches the kept answers and every view within seconds', async () => {
    expect(await revenue()).toEqual({ revenue: '1.25000000', cached: false });
    expect(await revenue()).toEqual({ revenue: '1.25000000', cached: true });

    expect(runCli(['import', '--db', folder.location.databaseFile, statement('february.tsv', '2024-02', '2.50')]).code).toBe(0);
    const asked = Date.now();
    while (changes.length === 0 && Date.now() - asked < 10_000) await pause(50);
    expect(changes).toHaveLength(1);
    expect(await revenue()).toEqual({ revenue: '3.75000000', cached: false });
  });

  it('is not told for the workstation’s own writes, which tell their views once already', async () => {
    const [outcome] = await core.importFiles([statement('february.tsv', '2024-02', '2.50')], { mode: 'lenient' });
    expect(outcome?.status).toBe('imported');
    const told = changes.length;
    // Past the writer's next looks, its own commit and the checkpoint after it are not taken for another process's.
    await pause(4_500);
    expect(changes).toHaveLength(told);
    expect(await revenue()).toMatchObject({ revenue: '3.75000000' });
  });
});
