import type Database from 'better-sqlite3';
import { closeSync, openSync, writeSync } from 'node:fs';
import type { StatementLinesExportRequest } from '../../shared/contract/channels';
import { WorkstationError } from '../../shared/contract/envelope';
import { CsvOptions } from '../../shared/export/csv-options';
import type { StatementLinesRequest, StatementLineView } from '../../shared/query/statement-lines-contract';
import { windowToIso } from '../../shared/query/time-window';
import { chooseLines, countLines, readLines } from '../query/statement-lines';
import { resultToCsv } from './csv-writer';
import { statementLinesTable } from './statement-lines-table';

/**
 * Lines an export from the app takes: the CSV is built in memory to be saved or downloaded, about
 * 250 bytes a line. More goes through `tunemantra lines`, which writes as it reads.
 */
export const EXPORTED_LINES_LIMIT = 200_000;

/** Lines turned into CSV text at a time. */
const CHUNK = 1_000;

/** Lines as CSV, a chunk at a time, the header before the first; the chunks joined are one file. */
function* csvChunks(lines: Iterable<StatementLineView>, baseCurrency: string, options: CsvOptions): Generator<Uint8Array> {
  let chunk: StatementLineView[] = [];
  let header = options.header;
  const flush = () => {
    const bytes = resultToCsv(statementLinesTable(chunk, baseCurrency), { ...options, header, bom: options.bom && header });
    chunk = [];
    header = false;
    return bytes;
  };
  for (const line of lines) {
    chunk.push(line);
    if (chunk.length === CHUNK) yield flush();
  }
  if (chunk.length || header) yield flush();
}

/**
 * Every statement line a request chooses, as CSV in the app's export defaults: counted once, read
 * in one pass, in one transaction, so an import committing meanwhile cannot shift what is read.
 */
export function statementLinesCsv(
  db: Database.Database,
  request: StatementLinesExportRequest,
  today: Date,
  baseCurrency: string,
  limit = EXPORTED_LINES_LIMIT,
): { fileName: string; bytes: Uint8Array; rows: number } {
  return db.transaction(() => {
    const chosen = chooseLines(db, request, today);
    const total = countLines(db, chosen);
    if (total > limit) {
      throw new WorkstationError(
        'rejected_input',
        `${total.toLocaleString('en-US')} statement lines are more than an export from the app takes (${limit.toLocaleString('en-US')}); narrow the range or the filters, or write them all with \`tunemantra lines\`.`,
      );
    }
    const bytes = Buffer.concat([...csvChunks(readLines(db, chosen, request.order), baseCurrency, CsvOptions.parse({}))]);
    return { fileName: request.fileName, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), rows: total };
  })();
}

/**
 * Every statement line a request chooses written to a file as it is read, CSV or one JSON object:
 * any number of lines in constant memory, for `tunemantra lines`. Returns how many were written.
 */
export function writeStatementLines(
  db: Database.Database,
  request: Omit<StatementLinesRequest, 'offset' | 'limit'>,
  today: Date,
  baseCurrency: string,
  target: { path: string; format: 'csv' | 'json' },
): number {
  return db.transaction(() => {
    const chosen = chooseLines(db, request, today);
    const total = countLines(db, chosen);
    const lines = readLines(db, chosen, request.order);
    const fd = openSync(target.path, 'w');
    try {
      if (target.format === 'csv') {
        for (const bytes of csvChunks(lines, baseCurrency, CsvOptions.parse({ lineEnding: 'lf' }))) writeSync(fd, bytes);
        return total;
      }
      const range = chosen.window ? windowToIso(chosen.window) : null;
      writeSync(fd, `{"range":${JSON.stringify(range)},"total":${total},"baseCurrency":${JSON.stringify(baseCurrency)},"lines":[`);
      let written = 0;
      for (const line of lines) writeSync(fd, `${written++ === 0 ? '' : ','}\n${JSON.stringify(line)}`);
      writeSync(fd, `\n],"totalsFiltersSetAside":${chosen.setAside}}\n`);
      return total;
    } finally {
      closeSync(fd);
    }
  })();
}
