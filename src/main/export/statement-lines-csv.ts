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

/** How often a long write says how far it is: about a fifth of a second of lines. */
const PROGRESS_EVERY = 10_000;

/** Lines as CSV, a chunk at a time, the header before the first; the chunks joined are one file. */
function* csvChunks(lines: Iterable<StatementLineView>, baseCurrency: string, options: CsvOptions): Generator<{ bytes: Uint8Array; lines: number }> {
  let chunk: StatementLineView[] = [];
  let header = options.header;
  const flush = () => {
    const bytes = resultToCsv(statementLinesTable(chunk, baseCurrency), { ...options, header, bom: options.bom && header });
    const flushed = { bytes, lines: chunk.length };
    chunk = [];
    header = false;
    return flushed;
  };
  for (const line of lines) {
    chunk.push(line);
    if (chunk.length === CHUNK) yield flush();
  }
  if (chunk.length || header) yield flush();
}

/** Where a file of statement lines goes, and as what: CSV in given options, or one JSON object. */
export type LinesFile = { path: string; format: 'json' } | { path: string; format: 'csv'; csv: CsvOptions };

/** Told how many lines are written of how many chosen: once counted, every PROGRESS_EVERY lines and at the end. */
export type LinesWritten = (written: number, total: number) => void;

/** Tells `onProgress` as lines are written, at most once per PROGRESS_EVERY of them. */
function progressTeller(total: number, onProgress: LinesWritten | undefined) {
  let written = 0;
  let told = 0;
  onProgress?.(0, total);
  return {
    add(lines: number) {
      written += lines;
      if (written - told < PROGRESS_EVERY) return;
      told = written;
      onProgress?.(written, total);
    },
    end() {
      if (told !== written) onProgress?.(written, total);
    },
  };
}

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
  onProgress?: LinesWritten,
): number {
  return db.transaction(() => {
    const chosen = chooseLines(db, request, today);
    const total = countLines(db, chosen);
    const lines = readLines(db, chosen, request.order);
    const fd = openSync(target.path, 'w');
    try {
      const progress = progressTeller(total, onProgress);
      if (target.format === 'csv') {
        for (const chunk of csvChunks(lines, baseCurrency, target.csv)) {
          writeSync(fd, chunk.bytes);
          progress.add(chunk.lines);
        }
        progress.end();
        return total;
      }
      const range = chosen.window ? windowToIso(chosen.window) : null;
      writeSync(fd, `{"range":${JSON.stringify(range)},"total":${total},"baseCurrency":${JSON.stringify(baseCurrency)},"lines":[`);
      let written = 0;
      for (const line of lines) {
        writeSync(fd, `${written++ === 0 ? '' : ','}\n${JSON.stringify(line)}`);
        progress.add(1);
      }
      writeSync(fd, `\n],"totalsFiltersSetAside":${chosen.setAside}}\n`);
      progress.end();
      return total;
    } finally {
      closeSync(fd);
    }
  })();
}
