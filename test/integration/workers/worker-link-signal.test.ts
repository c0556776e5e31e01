import { getEventListeners } from 'node:events';
import { afterEach, expect, it } from 'vitest';
import { WorkerLink } from '../../../src/main/workers/worker-link';
import type { WriterReplies, WriterRequest } from '../../../src/main/workers/worker-protocol';
import { tempDataFolder } from '../../support/temp-store';

const folder = tempDataFolder('tunemantra-link-');
afterEach(() => folder.remove());

// A job passes one AbortSignal to every request it makes (one per file): each answered request
// must let go of it, or a 65-file import leaves 65 listeners behind.
it('lets go of the abort signal once each request is answered, on success and on failure', async () => {
  const writer = new WorkerLink<WriterRequest, WriterReplies>('writer.worker', {
    databaseFile: folder.location.databaseFile,
    archiveDir: folder.location.archiveDir,
  });
  await writer.ready;
  const job = new AbortController();
  for (let i = 0; i < 12; i++) await writer.request({ op: 'writeSetting', key: `note_${i}`, value: 'x' }, { signal: job.signal });
  await expect(writer.request({ op: 'undoImport', importId: 987_654 }, { signal: job.signal })).rejects.toBeTruthy();
  expect(getEventListeners(job.signal, 'abort')).toHaveLength(0);
  await writer.close();
});
