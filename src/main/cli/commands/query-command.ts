import { CsvOptions } from '../../../shared/export/csv-options';
import type { WorkstationCore } from '../../core/workstation-core';
import { readSpec } from '../read-spec';
import { UsageError } from '../cli-usage';

export async function queryCommand(core: WorkstationCore, options: { spec?: string; format?: string }): Promise<number> {
  const format = options.format ?? 'json';
  if (format !== 'json' && format !== 'csv') throw new UsageError(`--format must be json or csv, not "${format}"`);
  const spec = readSpec(options.spec);
  if (format === 'csv') {
    const { bytes } = await core.renderCsv(spec, CsvOptions.parse({ lineEnding: 'lf' }));
    process.stdout.write(bytes);
  } else {
    process.stdout.write(`${JSON.stringify(await core.runQuery(spec))}\n`);
  }
  return 0;
}
