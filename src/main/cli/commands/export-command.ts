import { rename, writeFile } from 'node:fs/promises';
import { CsvOptions } from '../../../shared/export/csv-options';
import type { WorkstationCore } from '../../core/workstation-core';
import { readSpec } from '../read-spec';
import { UsageError } from '../cli-usage';

const DELIMITERS: Record<string, CsvOptions['delimiter']> = { ',': ',', ';': ';', tab: '\t', '\t': '\t', '|': '|', pipe: '|' };

export interface ExportCommandOptions {
  spec?: string;
  format?: string;
  out?: string;
  delimiter?: string;
  noHeader: boolean;
  bom: boolean;
  lf: boolean;
}

export async function exportCommand(core: WorkstationCore, options: ExportCommandOptions): Promise<number> {
  if ((options.format ?? 'csv') !== 'csv') throw new UsageError(`--format ${options.format} is not available yet; use csv`);
  if (!options.out) throw new UsageError('--out FILE is required');
  const delimiter = DELIMITERS[options.delimiter ?? ','];
  if (!delimiter) throw new UsageError(`--delimiter must be one of , ; tab pipe, not "${options.delimiter}"`);
  const spec = readSpec(options.spec);
  const csv = CsvOptions.parse({ delimiter, header: !options.noHeader, bom: options.bom, lineEnding: options.lf ? 'lf' : 'crlf' });
  const { bytes, rows } = await core.renderCsv(spec, csv);
  // Written beside the target and renamed, so an interrupted export never leaves half a file.
  const partial = `${options.out}.partial`;
  await writeFile(partial, bytes);
  await rename(partial, options.out);
  process.stderr.write(`Wrote ${rows} rows to ${options.out}.\n`);
  return 0;
}
