import { workerData, parentPort } from 'node:worker_threads';
import { generateDemoStatements } from '../demo/generate-demo-statements';
import { importStatement } from '../import/import-statement';
import { openWriterStore, type Store } from '../store/open-store';
import { serveRequests } from './serve-requests';
import type { FromWorker, StoreWorkerData, WriterRequest } from './worker-protocol';

const data = workerData as StoreWorkerData;
let db: Store | null = null;
try {
  db = openWriterStore(data.databaseFile);
} catch (error) {
  const message = `The data file ${data.databaseFile} cannot be opened: ${(error as Error).message}`;
  parentPort?.postMessage({ kind: 'startup-failed', error: { code: 'unavailable', message } } satisfies FromWorker);
}

if (db) {
  const store = db;
  serveRequests<WriterRequest>(
    async (request, context) => {
      switch (request.op) {
        case 'importFile':
          return importStatement(store, request.path, {
            mode: request.mode,
            archiveDir: data.archiveDir,
            isCancelled: context.isCancelled,
            onProgress: context.progress,
          });
        case 'generateDemo':
          return generateDemoStatements({ outDir: request.outDir, endMonth: request.endMonth });
      }
    },
    () => {
      // A clean close folds the WAL back into the database file.
      store.pragma('wal_checkpoint(TRUNCATE)');
      store.close();
    },
  );
}
