import { afterEach, beforeEach } from 'vitest';
import type { HandlerMap } from '../../src/main/core/handler-map';
import { openWorkstationCore, type WorkstationCoreOptions } from '../../src/main/core/open-workstation-core';
import type { WorkstationCore } from '../../src/main/core/workstation-core';
import { coreWithChannels } from './core-channels';
import { tempDataFolder } from './temp-store';

type DataFolder = ReturnType<typeof tempDataFolder>;
type CoreOptions = Omit<WorkstationCoreOptions, 'location'>;

/** What each test of a suite reads: its own data folder and the core open in it. */
export interface CoreOfEachTest {
  readonly folder: DataFolder;
  readonly core: WorkstationCore;
}

/** The same, with the core's channel handlers, to ask what the UI asks. */
export interface CoreWithChannelsOfEachTest extends CoreOfEachTest {
  readonly channels: HandlerMap;
}

/**
 * Opens what `open` opens in a fresh data folder before each test, and after each test closes the
 * core and removes the folder, also when the test or the opening failed. Returns a reader of the
 * current test's opened things, which refuses outside a test rather than hand on a closed core.
 */
function openedEachTest<Opened extends { core: WorkstationCore }>(prefix: string, open: (folder: DataFolder) => Promise<Opened>): () => Opened & { folder: DataFolder } {
  let folder: DataFolder | undefined;
  let opened: (Opened & { folder: DataFolder }) | undefined;
  beforeEach(async () => {
    folder = tempDataFolder(prefix);
    opened = { ...(await open(folder)), folder };
  });
  afterEach(async () => {
    const [closing, removing] = [opened, folder];
    opened = folder = undefined;
    try {
      await closing?.core.close();
    } finally {
      removing?.remove();
    }
  });
  return () => {
    if (!opened) {
      throw new Error(`The core of a "${prefix}" test is open only while the test runs; read it inside a test or a hook, not as the file loads.`);
    }
    return opened;
  };
}

/** A core of its own for each test of the suite (or describe block) that calls this; one reader thread unless told. */
export function coreEachTest(prefix: string, options: CoreOptions = {}): CoreOfEachTest {
  const current = openedEachTest(prefix, async (folder) => ({ core: await openWorkstationCore({ readers: 1, ...options, location: folder.location }) }));
  return {
    get folder() {
      return current().folder;
    },
    get core() {
      return current().core;
    },
  };
}

/** A core with its channel handlers (see coreWithChannels) of its own for each test; one reader thread unless told. */
export function coreWithChannelsEachTest(prefix: string, options: CoreOptions = {}): CoreWithChannelsOfEachTest {
  const current = openedEachTest(prefix, async (folder) => {
    const { core, handlers } = await coreWithChannels({ readers: 1, ...options, location: folder.location });
    return { core, channels: handlers };
  });
  return {
    get folder() {
      return current().folder;
    },
    get core() {
      return current().core;
    },
    get channels() {
      return current().channels;
    },
  };
}
