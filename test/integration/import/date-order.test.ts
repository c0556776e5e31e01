import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeWorkbook } from '../../fixtures/make-containers';
import { importFile, openTempStore, type TempStore } from './temp-store';

const HEADER =
  'Sales Period,Posted Date,Store Name,Country Of Sale,Artist,Release Type,Release Title,Song Title,Label,UPC,Optional UPC,TC Song ID,Optional ISRC,Sales Type,# Units Sold,Per Unit Price,Net Sales,Net Sales Currency,Exchange Rate,Total Earned,Currency';

/** A TuneCore line with the given sale and posted dates, as a day-first export prints them. */
const line = (sale: string, posted: string, units = 10) =>
  `${sale},${posted},Spotify,FR,Léa Fontaine,Single,Blue Horizon,Blue Horizon,Lanternfish Records,193456789015,,4100001,TCAGH2500050,Streaming,${units},0.003000,0.03,USD,1.0000,0.03,USD`;

let store: TempStore;
let dir: string;
beforeEach(() => {
  store = openTempStore();
  dir = mkdtempSync(join(tmpdir(), 'date-order-'));
});
afterEach(() => {
  store.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

function write(name: string, rows: string[]): string {
  const path = join(dir, name);
  writeFileSync(path, [HEADER, ...rows].join('\n'));
  return path;
}

const stored = () =>
  store.db.prepare('SELECT line_no, sale_start, reporting_day FROM statement_line ORDER BY line_no').all() as { line_no: number; sale_start: number; reporting_day: number }[];

describe('numeric dates are read in one order for the whole file', () => {
  it('a file with a date that can only be day first is read day first on every line, and says so', async () => {
    // 02/04/2025 fits both orders; 13/04/2025 shows the file writes the day first.
    const path = write('tunecore-day-first.csv', [line('01/03/2025', '02/04/2025'), line('01/03/2025', '13/04/2025')]);
    const outcome = await importFile(store.db, path, { mode: 'lenient' });
    expect(outcome).toMatchObject({ status: 'imported', imported: 2, rejected: 0 });
    expect(stored()).toEqual([
      { line_no: 2, sale_start: 20250301, reporting_day: 20250402 },
      { line_no: 3, sale_start: 20250301, reporting_day: 20250413 },
    ]);
    expect(outcome.warnings.join(' ')).toMatch(/writes its dates day first .* read as day\/month\/year/);
  });

  it('a month-first file is read month first, with no word about it', async () => {
    const path = write('tunecore-month-first.csv', [line('03/01/2025', '04/02/2025'), line('03/01/2025', '04/13/2025')]);
    const outcome = await importFile(store.db, path, { mode: 'lenient' });
    expect(stored()).toEqual([
      { line_no: 2, sale_start: 20250301, reporting_day: 20250402 },
      { line_no: 3, sale_start: 20250301, reporting_day: 20250413 },
    ]);
    expect(outcome.warnings.join(' ')).not.toMatch(/day first/);
  });

  it('a file writing dates both ways is read cell by cell and warned about', async () => {
    const path = write('tunecore-mixed.csv', [line('01/03/2025', '13/04/2025'), line('03/01/2025', '04/14/2025')]);
    const outcome = await importFile(store.db, path, { mode: 'lenient' });
    expect(outcome.imported).toBe(2);
    expect(outcome.warnings.join(' ')).toMatch(/some dates day first and others month first/);
  });

  it('a date far down a day-first file that cannot be day first is quarantined with the reason', async () => {
    // The order is sniffed from the file's first 64 KB; the slip comes after them.
    const rows = [line('01/03/2025', '13/04/2025'), ...Array<string>(400).fill(line('01/03/2025', '02/04/2025')), line('01/03/2025', '04/21/2025')];
    const outcome = await importFile(store.db, write('tunecore-day-first-slip.csv', rows), { mode: 'lenient' });
    expect(outcome).toMatchObject({ imported: 401, rejected: 1 });
    expect(outcome.problems).toEqual([{ line: 403, reason: 'column "Posted Date": "04/21/2025" is not a day/month/year date, as the file\'s other dates are' }]);
  });

  it('a workbook whose dates are typed as text is read as its first rows show', async () => {
    const path = await writeWorkbook(join(dir, 'tunecore-day-first.xlsx'), [
      { name: 'Sales', rows: [HEADER.split(','), line('01/03/2025', '02/04/2025').split(','), line('01/03/2025', '13/04/2025').split(',')] },
    ]);
    const outcome = await importFile(store.db, path, { mode: 'strict' });
    expect(outcome.imported).toBe(2);
    expect(stored().map((l) => l.reporting_day)).toEqual([20250402, 20250413]);
  });

  it('a large file read on a second thread is read the same way', async () => {
    const rows = Array.from({ length: 12_000 }, (_, i) => line('01/03/2025', i % 2 ? '13/04/2025' : '02/04/2025', i + 1));
    const outcome = await importFile(store.db, write('tunecore-day-first-large.csv', rows), { mode: 'strict' });
    expect(outcome.imported).toBe(12_000);
    const days = store.db.prepare('SELECT reporting_day, COUNT(*) AS n FROM statement_line GROUP BY reporting_day ORDER BY reporting_day').all();
    expect(days).toEqual([{ reporting_day: 20250402, n: 6000 }, { reporting_day: 20250413, n: 6000 }]);
  });
});
