import type { WorkstationCore } from '../../core/workstation-core';

export async function demoCommand(core: WorkstationCore): Promise<number> {
  const outcomes = await core.loadDemo();
  const imported = outcomes.filter((o) => o.status === 'imported');
  const lines = imported.reduce((sum, o) => sum + o.imported, 0);
  const skipped = outcomes.length - imported.length;
  process.stdout.write(
    `Demo label loaded: ${imported.length} statements, ${lines} lines` +
      (skipped ? ` (${skipped} already there)` : '') +
      ` into ${core.databaseFile}.\n`,
  );
  return outcomes.some((o) => o.status === 'rejected' || o.status === 'failed') ? 1 : 0;
}
