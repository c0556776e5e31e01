import type { DelimitedDocument } from './containers/statement-document';
import { DelimitedSyntaxError } from './delimited-parser';
import type { DocumentProgress, ImportOutcome } from './import-outcome';
import { readRowsInParallel, readsInParallel } from './parallel-statement-rows';
import type { LocatedTotal } from './reconciliation';
import { ImportCancelled } from './statement-file';
import type { StatementLineWriter } from './statement-line-writer';
import { settleSyntaxError, statementRowReader, writerSink, type RowLayout } from './statement-row-reader';

/** The parts of the import's options that reading rows needs. */
export interface RowReading {
  mode: 'strict' | 'lenient';
  isCancelled: () => boolean;
  /** The document's own progress: the import places it in the file given. */
  onProgress: (progress: DocumentProgress) => void;
}

export function layoutOf(document: DelimitedDocument): RowLayout {
  const { detected } = document;
  return { ...detected, kind: document.kind };
}

/**
 * Streams the document's records through the format's mapper into the writer, and returns the
 * totals the file states about itself. A large text file in a built-in layout is read and
 * mapped on a thread of its own while this one writes (see parallel-statement-rows.ts).
 */
export async function readStatementRows(
  document: DelimitedDocument,
  writer: StatementLineWriter,
  options: RowReading,
  outcome: ImportOutcome,
): Promise<LocatedTotal[]> {
  if (readsInParallel(document)) return readRowsInParallel(document, writer, options, outcome);
  const stated: LocatedTotal[] = [];
  const handle = statementRowReader(layoutOf(document), options.mode, writerSink(writer, outcome, stated));
  const report = (bytesDone: number, bytesTotal: number) => options.onProgress({ bytesDone, bytesTotal, lines: outcome.lines });
  let lastReport = 0;
  let end = { bytesDone: 0, bytesTotal: 0 };
  try {
    for await (const batch of document.records()) {
      if (options.isCancelled()) throw new ImportCancelled();
      for (const record of batch.records) handle(record);
      end = batch;
      const now = Date.now();
      if (now - lastReport > 100) {
        lastReport = now;
        report(batch.bytesDone, batch.bytesTotal);
      }
    }
  } catch (error) {
    if (!(error instanceof DelimitedSyntaxError)) throw error;
    settleSyntaxError(error, writer, options.mode, outcome);
    end = { bytesDone: end.bytesTotal, bytesTotal: end.bytesTotal };
  }
  report(end.bytesDone, end.bytesTotal);
  return stated;
}
