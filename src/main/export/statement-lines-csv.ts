import type Database from 'better-sqlite3';
import type { StatementLinesExportRequest } from '../../shared/contract/channels';
import { WorkstationError } from '../../shared/contract/envelope';
import { CsvOptions } from '../../shared/export/csv-options';
import type { StatementLineView } from '../../shared/query/statement-lines-contract';
import { statementLines } from '../query/statement-lines';
import { resultToCsv } from './csv-writer';
import { statementLinesTable } from './statement-lines-table';

/**
 * Lines an export from the app takes: the CSV is built in memory to be saved or downloaded, about
 * 250 bytes a line. More goes through `tunemantra lines`, which writes as it reads.
 */
export const EXPORTED_LINES_LIMIT = 200_000;

const PAGE = 10_000;

/**
 * Every statement line a request chooses, as CSV in the app's export defaults. Read in one
 * transaction, so an import committing meanwhile cannot shift a page.
 */
export function statementLinesCsv(
  db: Database.Database,
  request: StatementLinesExportRequest,
  today: Date,
  baseCurrency: string,
  limit = EXPORTED_LINES_LIMIT,
): { fileName: string; bytes: Uint8Array; rows: number } {
  return db.transaction(() => {
    const lines: StatementLineView[] = [];
    for (let offset = 0; ; offset += PAGE) {
      const page = statementLines(db, { ...request, offset, limit: PAGE }, today, baseCurrency);
      if (page.total > limit) {
        throw new WorkstationError(
          'rejected_input',
          `${page.total.toLocaleString('en-US')} statement lines are more than an export from the app takes (${limit.toLocaleString('en-US')}); narrow the range or the filters, or write them all with \`tunemantra lines\`.`,
        );
      }
      lines.push(...page.lines);
      if (offset + PAGE >= page.total) {
        const bytes = resultToCsv(statementLinesTable(lines, baseCurrency), CsvOptions.parse({}));
        return { fileName: request.fileName, bytes, rows: lines.length };
      }
    }
  })();
}
