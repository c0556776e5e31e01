import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { leadingRecords } from '../../../../src/main/import/date-order';
import { sniffDateOrder } from '../../../../src/shared/period/date-order-sniff';

const STATEMENTS = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'statements');

/** The rows below a fixture's header, as the importer's sniffing reads them. */
function rowsBelow(path: string, delimiter: string, headerLine: number): string[][] {
  return leadingRecords(readFileSync(join(STATEMENTS, path), 'utf8'), delimiter).filter((record) => record.line > headerLine).map((record) => record.fields);
}

describe('the importer and the mapping wizard read date order by one rule', () => {
  it('reads the co-op’s statement day first and CD Baby’s month first, as the wizard’s tests copy them', () => {
    expect(sniffDateOrder(rowsBelow(join('unknown', 'coop-statement-2025-03.csv'), ';', 3))).toEqual({ order: 'dmy', mixed: false });
    expect(sniffDateOrder(rowsBelow(join('cdbaby', 'cdbaby-sales.txt'), '\t', 1))).toEqual({ order: 'mdy', mixed: false });
  });
});
