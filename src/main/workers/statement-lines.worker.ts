import { parentPort, workerData } from 'node:worker_threads';
import { FileRejection } from '../import/containers/statement-document';
import { DelimitedParser, DelimitedSyntaxError, type DelimitedRecord } from '../import/delimited-parser';
import { STATEMENT_FORMATS } from '../import/formats';
import { LineBatchBuilder } from '../import/line-batch';
import type { FromStatementLines, StatementLinesJob } from '../import/parallel-statement-rows';
import { readStatementText } from '../import/statement-file';
import { statementRowReader, type RowSink } from '../import/statement-row-reader';

/**
 * Reads one text statement on a thread of its own: decodes it, parses its records and maps
 * them with the format, and hands the lines to the writer thread in batches (line-batch.ts).
 * The writer grants a batch at a time, so no more than BATCHES_AHEAD batches wait for it:
 * memory stays bounded however large the file is.
 */
const BATCH_LINES = 8192;
const BATCHES_AHEAD = 2;
/**
 * Decoded text is parsed a piece at a time: the records of a piece are mapped and dropped before
 * the next is parsed, so they die young instead of a megabyte's worth outliving a scavenge.
 */
const PIECE_CHARS = 64 * 1024;

const job = workerData as StatementLinesJob;
const port = parentPort!;
const post = (message: FromStatementLines, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

let granted = BATCHES_AHEAD;
let whenGranted: (() => void) | null = null;
port.on('message', () => {
  granted++;
  whenGranted?.();
  whenGranted = null;
});

let builder = new LineBatchBuilder(BATCH_LINES);
let bytesDone = 0;

async function send(): Promise<void> {
  if (builder.size === 0) return;
  while (granted === 0) await new Promise<void>((resolve) => (whenGranted = resolve));
  granted--;
  const { batch, transfer } = builder.build();
  builder = new LineBatchBuilder(BATCH_LINES);
  post({ kind: 'batch', batch, bytesDone }, transfer);
}

const sink: RowSink = {
  line: (draft, line) => builder.line(draft, line),
  gauges: (readings, line) => builder.other({ kind: 'gauges', line, readings }),
  quarantine: (line, reason, raw) => builder.other({ kind: 'quarantine', line, reason, raw }),
  skip: () => builder.other({ kind: 'skip' }),
  statedTotal: (located) => builder.other({ kind: 'total', located }),
  warning: (text) => builder.other({ kind: 'warning', text }),
};

async function readStatement(): Promise<void> {
  const format = STATEMENT_FORMATS.find((f) => f.id === job.formatId);
  if (!format) throw new Error(`no built-in statement format is called ${job.formatId}`);
  const handle = statementRowReader({ ...job.layout, format, kind: 'text' }, job.mode, sink);
  const parser = new DelimitedParser(job.layout.delimiter);
  const read = async (records: DelimitedRecord[]) => {
    for (const record of records) {
      handle(record);
      if (builder.full) await send();
    }
  };
  for await (const { text, bytes } of readStatementText(job.path, job.facts)) {
    bytesDone += bytes;
    for (let at = 0; at < text.length; at += PIECE_CHARS) await read(parser.push(text.slice(at, at + PIECE_CHARS)));
  }
  await read(parser.end());
}

try {
  await readStatement();
  await send();
  post({ kind: 'end' });
} catch (error) {
  if (error instanceof DelimitedSyntaxError) {
    // The lines before the break stand; the writer decides what the break comes to.
    await send();
    post({ kind: 'syntax', line: error.line, message: error.message, raw: error.raw });
  } else if (error instanceof FileRejection) {
    post({ kind: 'rejection', line: error.line, message: error.message });
  } else {
    post({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
}
