import { parentPort, workerData } from 'node:worker_threads';
import { listPlatforms } from '../catalogue/platform-merge';
import { listMerges } from '../catalogue/merge-undo/merge-history';
import { listRecordingsUnderReview, searchRecordings } from '../catalogue/recording-review';
import { readSetting } from '../store/settings';
import { listFxRates } from '../currency/fx-rates';
import { resultToCsv } from '../export/csv-writer';
import { gaugeReadingsCsv, listImports, quarantineCsv } from '../import/import-history';
import { quarantinedLines } from '../import/quarantine-correction/quarantined-lines';
import { inspectStatementRows } from '../import/column-mapping/first-rows';
import { listMappings } from '../import/column-mapping/saved-mappings';
import { runQuery } from '../query/run-query';
import { catalogueHealth } from '../analytics/catalogue-health';
import { dataCompleteness } from '../analytics/data-completeness';
import { statementLines } from '../query/statement-lines';
import { writeStatementLines } from '../export/statement-lines-csv';
import { releaseComparison } from '../analytics/release-comparison';
import { statementReconciliation } from '../analytics/statement-reconciliation';
import { openReaderStore, type Store } from '../store/open-store';
import { encodeResultArrow } from '../query/execution/encode-result-arrow';
import type { QuerySpec } from '../../shared/query/query-spec';
import { serveRequests, TransferredReply } from './serve-requests';
import type { FromWorker, ReaderRequest, StoreWorkerData } from './worker-protocol';

const data = workerData as StoreWorkerData;
let db: Store | null = null;
try {
  db = openReaderStore(data.databaseFile);
} catch (error) {
  const message = `The data file ${data.databaseFile} cannot be read: ${(error as Error).message}`;
  parentPort?.postMessage({ kind: 'startup-failed', error: { code: 'unavailable', message } } satisfies FromWorker);
}

if (db) {
  const store = db;
  const baseCurrencyStmt = store.prepare<[], { value: string }>("SELECT value FROM setting WHERE key = 'base_currency'");
  const baseCurrency = () => baseCurrencyStmt.get()?.value ?? 'USD';
  // One read transaction per query: the data span, the rows and the comparison see one snapshot.
  const query = store.transaction((spec: QuerySpec, today: string) => runQuery(store, spec, new Date(today), baseCurrency()));
  serveRequests<ReaderRequest>(
    (request, context) => {
      switch (request.op) {
        case 'query':
          return query(request.spec, request.today);
        case 'queryArrow': {
          const bytes = encodeResultArrow(query(request.spec, request.today));
          return new TransferredReply(bytes, [bytes.buffer as ArrayBuffer]);
        }
        case 'csv': {
          const result = query(request.spec, request.today);
          return { bytes: resultToCsv(result, request.options), rows: result.rows.length };
        }
        case 'importHistory':
          return listImports(store);
        case 'quarantineCsv':
          return quarantineCsv(store, request.importId);
        case 'quarantinedLines':
          return quarantinedLines(store, request.importId);
        case 'gaugeReadingsCsv':
          return gaugeReadingsCsv(store, request.importId);
        case 'fxRates':
          return listFxRates(store);
        case 'platforms':
          return listPlatforms(store);
        case 'recordingsToReview':
          return listRecordingsUnderReview(store);
        case 'searchRecordings':
          return searchRecordings(store, request.text);
        case 'merges':
          return listMerges(store, request.kinds, request.limit);
        case 'readSetting':
          return readSetting(store, request.key);
        case 'inspectRows':
          return inspectStatementRows(request.path, { delimiter: request.delimiter, encoding: request.encoding, sheet: request.sheet });
        case 'listMappings':
          return listMappings(store);
        case 'catalogueHealth':
          return catalogueHealth(store, request.request, new Date(request.today), baseCurrency());
        case 'releaseComparison':
          return releaseComparison(store, request.request, baseCurrency());
        case 'reconciliation':
          return statementReconciliation(store);
        case 'statementLines':
          return statementLines(store, request.request, new Date(request.today), baseCurrency());
        case 'writeLines':
          return writeStatementLines(store, request.request, new Date(request.today), baseCurrency(), request.target, (written, total) =>
            context.progress({ phase: 'writing', written, total }),
          );
        case 'completeness':
          return dataCompleteness(store, request.request, new Date(request.today));
        case 'storeSummary': {
          const empty = store.prepare<[], number>('SELECT NOT EXISTS (SELECT 1 FROM statement_line)').pluck().get() === 1;
          return { empty, baseCurrency: baseCurrency() };
        }
      }
    },
    () => store.close(),
  );
}
