import type { Worker } from 'node:worker_threads';
import { startWorker } from '../workers/worker-link';
import { FileRejection, type DelimitedDocument } from './containers/statement-document';
import { DelimitedSyntaxError } from './delimited-parser';
import { STATEMENT_FORMATS } from './formats';
import type { FormatContext, FormatMatch } from './formats/statement-format';
import type { ImportOutcome } from './import-outcome';
import { LineBatchReader, type LineBatch, type OtherRow } from './line-batch';
import type { LocatedTotal } from './reconciliation';
import { ImportCancelled, type StatementFileFacts } from './statement-file';
import type { StatementLineWriter } from './statement-line-writer';
import { settleSyntaxError, writerSink, type RowSink } from './statement-row-reader';
import type { RowReading } from './statement-rows';

/**
 * Text below this size is read on the writer's own thread: starting a thread for it would cost
 * more than reading it there.
 */
const PARALLEL_BYTES = 1 << 20;

/**
 * The reading thread keeps its young generation small: its garbage is short-lived (a piece of
 * text's records), and the workstation's memory is shared with the writer's and readers' heaps.
 */
const READER_LIMITS = { maxYoungGenerationSizeMb: 8 };

/** What the reading thread needs to read a statement as the writer detected it. */
export interface StatementLinesJob {
  path: string;
  facts: StatementFileFacts;
  /** A built-in format: its functions cannot cross threads, its id can. */
  formatId: string;
  layout: { match: FormatMatch; context: FormatContext; header: string[]; headerLine: number; delimiter: string };
  mode: 'strict' | 'lenient';
}

export type FromStatementLines =
  | { kind: 'batch'; batch: LineBatch; bytesDone: number }
  | { kind: 'end' }
  /** The file breaks off inside a record; the batches before it stand. */
  | { kind: 'syntax'; line: number; message: string; raw: string }
  /** Strict mode met a line it refuses the file for. */
  | { kind: 'rejection'; line: number | null; message: string }
  | { kind: 'failed'; message: string };

/** A large text file in a built-in layout: read and mapped on a thread of its own while this one writes. */
export function readsInParallel(document: DelimitedDocument): boolean {
  return document.kind === 'text' && document.textFile !== undefined && document.byteLength >= PARALLEL_BYTES
    && STATEMENT_FORMATS.includes(document.detected.format);
}

/**
 * The reading thread's messages, one at a time. A thread that dies without saying why (out of
 * memory, terminated) ends the reading with an error.
 */
function messagesOf(worker: Worker): () => Promise<FromStatementLines> {
  const queue: FromStatementLines[] = [];
  let waiting: ((message: FromStatementLines) => void) | null = null;
  const deliver = (message: FromStatementLines) => {
    if (waiting) {
      waiting(message);
      waiting = null;
    } else {
      queue.push(message);
    }
  };
  worker.on('message', deliver);
  worker.on('error', (error) => deliver({ kind: 'failed', message: `the statement could not be read: ${error.message}` }));
  worker.on('exit', () => deliver({ kind: 'failed', message: 'the thread reading the statement stopped before its end' }));
  return () => {
    const next = queue.shift();
    return next ? Promise.resolve(next) : new Promise((resolve) => (waiting = resolve));
  };
}

function applyOther(row: OtherRow, sink: RowSink): void {
  switch (row.kind) {
    case 'gauges':
      return sink.gauges(row.readings, row.line);
    case 'quarantine':
      return sink.quarantine(row.line, row.reason, row.raw);
    case 'skip':
      return sink.skip();
    case 'total':
      return sink.statedTotal(row.located);
    case 'warning':
      return sink.warning(row.text);
  }
}

/** Writes a batch's rows in the order the file had them, and adds its totals. */
function writeBatch(batch: LineBatch, writer: StatementLineWriter, outcome: ImportOutcome, sink: RowSink): void {
  const reader = new LineBatchReader(batch);
  const { others } = batch;
  let other = 0;
  for (let i = 0; i < batch.count; i++) {
    while (other < others.length && others[other]!.before === i) applyOther(others[other++]!, sink);
    outcome.lines++;
    writer.writePrepared(reader.read(i));
  }
  while (other < others.length) applyOther(others[other++]!, sink);
  for (const [currency, units] of batch.totals) writer.addToTotal(currency, BigInt(units));
}

/**
 * readStatementRows for a large text file: a second thread decodes, parses and maps the file
 * while this one resolves the catalogue and writes, so the two cores each do half of the work.
 * The outcome, the stored lines and their order are the same as when read on one thread.
 */
export async function readRowsInParallel(
  document: DelimitedDocument,
  writer: StatementLineWriter,
  options: RowReading,
  outcome: ImportOutcome,
): Promise<LocatedTotal[]> {
  const { detected, textFile } = document;
  const job: StatementLinesJob = {
    path: textFile!.path,
    facts: textFile!.facts,
    formatId: detected.format.id,
    layout: { match: detected.match, context: detected.context, header: detected.header, headerLine: detected.headerLine, delimiter: detected.delimiter },
    mode: options.mode,
  };
  const stated: LocatedTotal[] = [];
  const sink = writerSink(writer, outcome, stated);
  const report = (bytesDone: number) => options.onProgress({ bytesDone, bytesTotal: document.byteLength, lines: outcome.lines });
  const worker = startWorker('statement-lines.worker', job, READER_LIMITS);
  const next = messagesOf(worker);
  let lastReport = 0;
  try {
    for (;;) {
      const message = await next();
      if (options.isCancelled()) throw new ImportCancelled();
      switch (message.kind) {
        case 'batch': {
          worker.postMessage('more');
          writeBatch(message.batch, writer, outcome, sink);
          const now = Date.now();
          if (now - lastReport > 100) {
            lastReport = now;
            report(message.bytesDone);
          }
          // Batches already waiting would resume this loop without a turn of the event loop:
          // take one, so the thread's own messages (a cancel among them) are heard between batches.
          await new Promise<void>((resolve) => setImmediate(resolve));
          break;
        }
        case 'end':
          report(document.byteLength);
          return stated;
        case 'syntax':
          settleSyntaxError(new DelimitedSyntaxError(message.line, message.message, message.raw), writer, options.mode, outcome);
          report(document.byteLength);
          return stated;
        case 'rejection':
          throw new FileRejection(message.line, message.message);
        case 'failed':
          throw new Error(message.message);
      }
    }
  } finally {
    worker.removeAllListeners();
    await worker.terminate();
  }
}
