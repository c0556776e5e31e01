import { createHandlers, type HandlerMap } from '../../src/main/core/handler-map';
import { openWorkstationCore, type WorkstationCoreOptions } from '../../src/main/core/open-workstation-core';
import type { WorkstationCore } from '../../src/main/core/workstation-core';

/**
 * A real core in a data folder, with its channel handlers behind shell hooks that do nothing: for
 * tests that ask what the UI asks, through the contract, without a window or a server.
 */
export async function coreWithChannels(options: WorkstationCoreOptions): Promise<{ core: WorkstationCore; handlers: HandlerMap }> {
  const core = await openWorkstationCore(options);
  const handlers = createHandlers(core, {
    shell: 'browser',
    saveExport: async () => ({ outcome: 'cancelled' }),
    chooseStatementPaths: async () => [],
    chooseFolder: async () => null,
  });
  return { core, handlers };
}
