import type Database from 'better-sqlite3';
import { closeSync, openSync, writeSync } from 'node:fs';
import type { CsvOptions } from '../../shared/export/csv-options';
import type { StatementLinesRequest, StatementLineView } from '../../shared/query/statement-lines-contract';
import { windowToIso } from '../../shared/query/time-window';
import { chooseLines, countLines, readLines } from '../query/statement-lines';
import { resultToCsv } from './csv-writer';
import { statementLinesTable } from './statement-lines-table';

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

/** Where a file of statement lines goes, and as what: CSV in given options, or one JSON object. */
export type LinesFile = { path: string; format: 'json' } | { path: string; format: 'csv'; csv: CsvOptions };

/**
 * Every statement line a request chooses written to a file as it is read: any number of lines in
 * constant memory, for `tunemantra lines` and the app's exports alike. Counted once and read in
 * one pass, in one transaction, so an import committing meanwhile cannot shift what is written.
 * Returns how many were written.
 */
export function writeStatementLines(
  db: Database.Database,
  request: Omit<StatementLinesRequest, 'offset' | 'limit'>,
  today: Date,
  baseCurrency: string,
  target: LinesFile,
): number {
  return db.transaction(() => {
    const chosen = chooseLines(db, request, today);
    const total = countLines(db, chosen);
    const lines = readLines(db, chosen, request.order);
    const fd = openSync(target.path, 'w');
    try {
      if (target.format === 'csv') {
        for (const bytes of csvChunks(lines, baseCurrency, target.csv)) writeSync(fd, bytes);
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
