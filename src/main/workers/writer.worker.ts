import { workerData, parentPort } from 'node:worker_threads';
import { generateDemoStatements } from '../demo/generate-demo-statements';
import { WorkstationError } from '../../shared/contract/envelope';
import { mergeArtist } from '../catalogue/artist-merge';
import { mergePlatform } from '../catalogue/platform-merge';
import { undoMerge } from '../catalogue/merge-undo/undo-merge';
import { addPlatformAlias, removePlatformAlias } from '../catalogue/platform-aliases';
import { keepRecording, mergeRecording } from '../catalogue/recording-review';
import { mergeRecordings, undoMerges, type ManySteps } from '../catalogue/merge-many';
import { writeSetting } from '../store/settings';
import { setBaseCurrency } from '../currency/base-currency';
import { setFxRates } from '../currency/fx-rates';
import { importStatement } from '../import/import-statement';
import { mappedFormat, UNSAVED_MAPPING_NAME } from '../import/column-mapping/mapped-format';
import { deleteMapping, renameMapping, saveMapping, savedMappingFormats } from '../import/column-mapping/saved-mappings';
import { checkCorrections, correctLines } from '../import/quarantine-correction/correct-lines';
import { bringBackLines, setAsideLines } from '../import/quarantine-correction/set-aside-lines';
import { removeImports } from '../import/remove-imports';
import { undoBringingBack } from '../import/replaced-imports/undo-bringing-back';
import { readAgain } from '../import/replaced-imports/read-again';
import { watchChangesElsewhere } from '../store/changes-elsewhere';
import { openWriterStore, type Store } from '../store/open-store';
import { storeOpenFailure } from '../store/store-open-failure';
import { serveRequests, type RequestContext } from './serve-requests';
import type { FromWorker, StoreWorkerData, WriterRequest } from './worker-protocol';

const data = workerData as StoreWorkerData;

/** A run of merges hears a cancel and tells how many are done through the request's context. */
const manySteps = (context: RequestContext): ManySteps => ({
  isCancelled: context.isCancelled,
  progress: (done, total) => context.progress({ phase: 'merging', done, total }),
});
let db: Store | null = null;
try {
  db = openWriterStore(data.databaseFile, (update) => parentPort?.postMessage({ kind: 'updating', update } satisfies FromWorker));
} catch (error) {
  const message = storeOpenFailure(data.databaseFile, error);
  parentPort?.postMessage({ kind: 'startup-failed', error: { code: 'unavailable', message } } satisfies FromWorker);
}

if (db) {
  const store = db;
  // SQLite folds the WAL back into the database inside the COMMIT that grows it past its limit:
  // about a second of a 2,000,000-line import before it could answer. The writer does it after
  // answering instead, before it takes the next request.
  store.pragma('wal_autocheckpoint = 0');
  watchChangesElsewhere(store, () => parentPort?.postMessage({ kind: 'changed-elsewhere' } satisfies FromWorker));
  serveRequests<WriterRequest>(
    async (request, context) => {
      switch (request.op) {
        case 'importFile':
          return importStatement(store, request.path, {
            mode: request.mode,
            archiveDir: data.archiveDir,
            isCancelled: context.isCancelled,
            onProgress: context.progress,
            dryRun: request.dryRun,
            onOverlap: request.onOverlap,
            displayName: request.displayName,
            sheet: request.sheet,
            formatId: request.formatId,
            expectedFile: request.expectedFile && { matches: (sha256) => sha256 === request.expectedFile!.sha256, changed: request.expectedFile.changed },
            // The wizard previews its unsaved mapping alone; an import reads the saved ones, as they are now.
            extraFormats: request.mapping
              ? [mappedFormat({ name: UNSAVED_MAPPING_NAME, version: null, spec: request.mapping })]
              : savedMappingFormats(store),
          });
        case 'generateDemo':
          return generateDemoStatements({ outDir: request.outDir, endMonth: request.endMonth });
        case 'undoImport': {
          const exists = store.prepare('SELECT 1 FROM import_batch WHERE id = ?').get(request.importId);
          if (!exists) throw new WorkstationError('not_found', 'That import no longer exists (was it undone already?).');
          return { importId: request.importId, removedLines: removeImports(store, [request.importId]) };
        }
        case 'undoBringingBack':
          return undoBringingBack(store, request.importId, data.archiveDir);
        case 'readAgain':
          return readAgain(store, request.importId, data.archiveDir);
        case 'checkCorrections':
          return checkCorrections(store, request.request);
        case 'correctLines':
          return correctLines(store, request.request);
        case 'setAsideLines':
          return setAsideLines(store, request.choice);
        case 'bringBackLines':
          return bringBackLines(store, request.choice);
        case 'setFxRates':
          return setFxRates(store, request.rates);
        case 'setBaseCurrency':
          return setBaseCurrency(store, request.currency, context);
        case 'mergePlatform':
          return mergePlatform(store, request.platformId, request.intoPlatformId);
        case 'addPlatformAlias':
          return addPlatformAlias(store, request.platformId, request.alias);
        case 'removePlatformAlias':
          return removePlatformAlias(store, request.platformId, request.alias);
        case 'mergeRecording':
          return mergeRecording(store, request.recordingId, request.intoRecordingId);
        case 'keepRecording':
          keepRecording(store, request.recordingId);
          return { kept: true };
        case 'mergeArtist':
          return mergeArtist(store, request.artistId, request.intoArtistId);
        case 'undoMerge':
          return undoMerge(store, request.mergeId);
        case 'mergeRecordings':
          return mergeRecordings(store, request.merges, manySteps(context));
        case 'undoMerges':
          return undoMerges(store, request.mergeIds, manySteps(context));
        case 'writeSetting':
          writeSetting(store, request.key, request.value);
          return null;
        case 'saveMapping':
          return saveMapping(store, request.name, request.spec);
        case 'renameMapping':
          return renameMapping(store, request.mappingId, request.name);
        case 'deleteMapping':
          return deleteMapping(store, request.mappingId);
      }
    },
    () => {
      // A clean close folds the WAL back into the database file.
      store.pragma('wal_checkpoint(TRUNCATE)');
      store.close();
    },
    () => store.pragma('wal_checkpoint(PASSIVE)'),
  );
}
