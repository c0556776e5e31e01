import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { CsvOptions } from '../../../shared/export/csv-options';
import type { WorkstationCore } from '../../core/workstation-core';
import { readLinesRequest } from '../read-spec';
import { UsageError } from '../cli-usage';

/**
 * Every statement line the spec's filters, window and basis choose, in its order, with the file
 * and line each came from: CSV for a spreadsheet, or one JSON object. A reader thread writes them
 * to a file in one pass as it reads them, and the file is copied to stdout: any number of lines,
 * in constant memory, without running SQL on this thread.
 */
export async function linesCommand(core: WorkstationCore, options: { spec?: string; format?: string }): Promise<number> {
  const format = options.format ?? 'csv';
  if (format !== 'json' && format !== 'csv') throw new UsageError(`--format must be csv or json, not "${format}"`);
  const request = readLinesRequest(options.spec);
  const dir = mkdtempSync(join(tmpdir(), 'tunemantra-lines-'));
  try {
    const path = join(dir, `lines.${format}`);
    await core.writeStatementLines(request, format === 'csv' ? { path, format, csv: CsvOptions.parse({ lineEnding: 'lf' }) } : { path, format });
    try {
      await pipeline(createReadStream(path), process.stdout, { end: false });
    } catch (error) {
      // The reader stopped early (`| head`): it has the lines it wanted.
      if ((error as NodeJS.ErrnoException).code !== 'EPIPE') throw error;
    }
    return 0;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
