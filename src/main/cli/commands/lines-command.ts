import { CsvOptions } from '../../../shared/export/csv-options';
import type { WorkstationCore } from '../../core/workstation-core';
import { resultToCsv } from '../../export/csv-writer';
import { statementLinesTable } from '../../export/statement-lines-table';
import { readLinesRequest } from '../read-spec';
import { UsageError } from '../cli-usage';

const PAGE = 500;

/**
 * Every statement line the spec's filters, window and basis choose, in its order, with the file
 * and line each came from: CSV for a spreadsheet, or one JSON object written page by page, so a
 * store of millions of lines is never held in memory at once.
 */
export async function linesCommand(core: WorkstationCore, options: { spec?: string; format?: string }): Promise<number> {
  const format = options.format ?? 'csv';
  if (format !== 'json' && format !== 'csv') throw new UsageError(`--format must be csv or json, not "${format}"`);
  const request = readLinesRequest(options.spec);
  const csv = CsvOptions.parse({ lineEnding: 'lf' });
  for (let offset = 0; ; offset += PAGE) {
    const page = await core.statementLines({ ...request, offset, limit: PAGE });
    const first = offset === 0;
    if (format === 'csv') {
      process.stdout.write(resultToCsv(statementLinesTable(page.lines, page.baseCurrency), { ...csv, header: first }));
    } else {
      if (first) process.stdout.write(`{"range":${JSON.stringify(page.range)},"total":${page.total},"baseCurrency":${JSON.stringify(page.baseCurrency)},"lines":[`);
      process.stdout.write(page.lines.map((line, i) => `${first && i === 0 ? '' : ','}\n${JSON.stringify(line)}`).join(''));
    }
    if (offset + PAGE >= page.total) {
      if (format === 'json') process.stdout.write(`\n],"totalsFiltersSetAside":${page.totalsFiltersSetAside}}\n`);
      return 0;
    }
  }
}
