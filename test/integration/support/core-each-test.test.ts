import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { HandlerMap } from '../../../src/main/core/handler-map';
import { QuerySpec } from '../../../src/shared/query/query-spec';
import { coreEachTest, coreWithChannelsEachTest } from '../../support/core-each-test';

const perTest = coreWithChannelsEachTest('tunemantra-each-test-');

describe('a core with channels of its own for each test', () => {
  // What the failing test opened, for the test after it to look at once the hooks have run.
  let left: { dir: string; channels: HandlerMap } | undefined;

  beforeAll(() => {
    expect(() => perTest.core).toThrow(
      'The core of a "tunemantra-each-test-" test is open only while the test runs; read it inside a test or a hook, not as the file loads.',
    );
  });

  it.fails('is closed, and its folder removed, after a test that fails', async () => {
    left = { dir: perTest.folder.dir, channels: perTest.channels };
    expect(existsSync(perTest.folder.location.databaseFile)).toBe(true);
    expect((await perTest.channels['import:history']({})).imports).toEqual([]);
    throw new Error('This test fails on purpose, to show the hooks still clean up after it.');
  });

  // Tests of a file run one after another in the order written, so this one follows the failure.
  it('leaves nothing of the failed test behind, and gives the next test a fresh folder', async () => {
    expect(left).toBeDefined();
    expect(existsSync(left!.dir)).toBe(false);
    await expect(left!.channels['import:history']({})).rejects.toThrow('The workstation is shutting down.');
    expect(perTest.folder.dir).not.toBe(left!.dir);
    expect((await perTest.channels['import:history']({})).imports).toEqual([]);
  });
});

describe('a core of its own for each test, with options', () => {
  const pinned = coreEachTest('tunemantra-each-test-now-', { now: () => new Date('2024-06-20T09:00:00Z') });

  it('opens the core with the options given, in a folder of its own', async () => {
    expect(pinned.folder.dir).not.toBe(perTest.folder.dir);
    // "The last 7 days" before the pinned today, not the real one.
    const answer = await pinned.core.runQuery(QuerySpec.parse({ metrics: ['revenue'], timeRange: { kind: 'relative', last: 7, unit: 'day' } }));
    expect(answer.range).toEqual({ from: '2024-06-13', to: '2024-06-19' });
  });
});
