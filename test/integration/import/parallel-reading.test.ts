import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportProgress } from '../../../src/main/import/import-outcome';
import { DISTROKID_13_HEADER, distroKidLine } from '../../support/temp-store';
import { decimalUnits, importFile, openTempStore, rowCount, storedTotals, type TempStore } from './temp-store';

/**
 * Statements of a megabyte or more are read and mapped on a thread of their own while the
 * writer's thread stores them. These files are large enough to take that path; what they come
 * to must be what the one-thread path gives: the same lines, quarantines, counts and refusals.
 */
let store: TempStore;
beforeEach(() => {
  store = openTempStore('tunemantra-parallel-');
});
afterEach(() => store.cleanup());

const LINES = 20_000;

/** Line `n` of the file (the header is line 1) and its earnings. */
function statementLines(count: number): { rows: string[]; earnings: string[] } {
  const rows = [DISTROKID_13_HEADER];
  const earnings: string[] = [];
  for (let i = 0; i < count; i++) {
    const amount = `${i % 7}.${String((i * 7919) % 100_000_000).padStart(8, '0')}`;
    earnings.push(amount);
    rows.push(distroKidLine({ saleMonth: `2024-${String(1 + (i % 12)).padStart(2, '0')}`, store: ['Spotify', 'Deezer', 'TIDAL'][i % 3]!, title: `Song ${i % 500}`, isrc: `QZPAR24${String(i % 500).padStart(5, '0')}`, qty: 1 + (i % 9), earnings: amount }));
  }
  return { rows, earnings };
}

function write(name: string, rows: string[]): string {
  const path = join(store.dir, name);
  writeFileSync(path, `${rows.join('\n')}\n`);
  expect(statSync(path).size).toBeGreaterThan(1 << 20);
  return path;
}

const rows = (table: string) => rowCount(store.db, table);

describe('a large statement read on its own thread', () => {
  it('quarantines unreadable lines, skips a totals row and keeps a record cut off at the end, in lenient mode', async () => {
    const { rows: text, earnings } = statementLines(LINES);
    text[5_001] = text[5_001]!.replace(earnings[5_000]!, 'twelve cents'); // line 5,002
    text[12_345] = text[12_345]!.split('\t').slice(0, 5).join('\t'); // line 12,346, cut short
    text.splice(15_000, 0, ['Total', '', '', '', '', '', '', '', '', '', '', '', '1.0'].join('\t')); // line 15,001
    text.push('2024-07-05\t2024-03\t"Spotify\tnever closed');
    const progress: ImportProgress[] = [];
    const outcome = await importFile(store.db, write('big.tsv', text), { mode: 'lenient', onProgress: (p) => progress.push(p) });

    const kept = earnings.filter((_, i) => i !== 5_000 && i !== 12_344);
    expect(outcome).toMatchObject({ status: 'imported', lines: LINES + 1, imported: LINES - 2, rejected: 3, skipped: 1 });
    expect(storedTotals(store.db)).toEqual({ USD: kept.reduce((sum, e) => sum + decimalUnits(e), 0n) });
    expect(store.db.prepare('SELECT line_no FROM rejected_line ORDER BY line_no').pluck().all()).toEqual([5_002, 12_346, LINES + 3]);
    expect(outcome.problems.map((p) => p.line)).toEqual([5_002, 12_346, LINES + 3]);
    // Provenance: each stored line keeps the number it has in the file, around the skipped and quarantined ones.
    expect(store.db.prepare('SELECT MIN(line_no), MAX(line_no), COUNT(DISTINCT line_no) FROM statement_line').raw().get()).toEqual([2, LINES + 2, LINES - 2]);
    expect(outcome.sample[0]).toMatchObject({ Line: '2', Earned: '0.00000000 USD' });
    const read = progress.filter((p) => p.phase === 'reading').at(-1)!;
    expect(read.lines).toBe(LINES + 1);
    expect(read.bytesDone).toBe(read.bytesTotal);
    expect(progress.at(-1)).toMatchObject({ phase: 'finishing', lines: LINES + 1 });
  });

  it('is refused at its first unreadable line in strict mode, with nothing written', async () => {
    const { rows: text, earnings } = statementLines(LINES);
    text[17_000] = text[17_000]!.replace(earnings[16_999]!, 'twelve cents');
    const outcome = await importFile(store.db, write('strict.tsv', text), { mode: 'strict' });
    expect(outcome.status).toBe('rejected');
    expect(outcome.message).toMatch(/strict\.tsv line 17001: column "Earnings \(USD\)": "twelve cents" is not a number/);
    for (const table of ['statement_line', 'import_batch', 'rejected_line', 'recording']) expect(rows(table), table).toBe(0);
  });

  it('stops when cancelled and leaves the store as it was', async () => {
    const { rows: text } = statementLines(LINES * 3);
    let reports = 0;
    const outcome = await importFile(store.db, write('cancelled.tsv', text), {
      mode: 'lenient',
      onProgress: (p) => void (p.phase === 'reading' && reports++),
      isCancelled: () => reports > 0,
    });
    expect(outcome.status).toBe('cancelled');
    for (const table of ['statement_line', 'import_batch', 'rejected_line', 'recording']) expect(rows(table), table).toBe(0);
  });
});
