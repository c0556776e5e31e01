import Database from 'better-sqlite3';
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeWorkbook } from '../../fixtures/make-containers';
import { runCli } from '../../support/run-cli';
import { DISTROKID_13_HEADER, tempDataFolder } from '../../support/temp-store';

const DDEX = fileURLToPath(new URL('../../fixtures/statements/ddex/', import.meta.url));
const BASIC = join(DDEX, 'DSR_PADPIDA2025031001L_PADPIDA2099000002S_PremiumSubscription_2025-03_NO_20250412T061530.tsv');
const BAD_FOOT = join(DDEX, 'DSR_PADPIDA2025031001L_PADPIDA2099000002S_PremiumSubscription_2025-01_DE_20250202T080000.tsv');

const HEADER = DISTROKID_13_HEADER.split('\t');
const line = (month: string, store: string, title: string, isrc: string, qty: number, earnings: number) =>
  ['2024-07-05', month, store, 'Ana Sol', title, isrc, '', qty, 100, 'Song', 'ES', 0, earnings];

let folder: ReturnType<typeof tempDataFolder>;
let book: string;

beforeAll(async () => {
  folder = tempDataFolder('tunemantra-cli-options-');
  book = await writeWorkbook(join(folder.dir, 'royalties.xlsx'), [
    { name: 'January', rows: [HEADER, line('2024-01', 'Spotify', 'Luz', 'ESA1Z2400001', 100, 0.25), line('2024-01', 'Deezer', 'Luz', 'ESA1Z2400001', 20, 0.04)] },
    { name: 'February', rows: [HEADER, line('2024-02', 'Spotify', 'Mar', 'ESA1Z2400002', 300, 0.75)] },
    { name: 'Notes', rows: [['Exported by hand'], ['Figures in USD']] },
  ]);
});
afterAll(() => folder.remove());

describe('tunemantra import --sheet', () => {
  it('imports only the named sheet of a workbook', () => {
    const db = join(folder.dir, 'sheet.sqlite');
    const { code, stdout } = runCli(['import', '--db', db, '--json', '--sheet', 'February', book]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      files: [{ file: `${book} › February`, format: 'DistroKid', status: 'imported', lines: 1, imported: 1, rejected: 0, quantity: 300, amounts: { USD: '0.75000000' } }],
    });
    // Without --sheet the same workbook gives its other statement sheet too (February is there already).
    const all = JSON.parse(runCli(['import', '--db', db, '--json', book]).stdout).files;
    expect(all.map((f: { file: string; status: string }) => [f.file, f.status])).toEqual([
      [`${book} › January`, 'imported'],
      [`${book} › February`, 'duplicate'],
    ]);
  });

  it('refuses a workbook without that sheet, listing its sheets, exit 1', () => {
    const { code, stdout, stderr } = runCli(['import', '--db', join(folder.dir, 'missing.sqlite'), '--json', '--sheet', 'March', book]);
    expect(code).toBe(1);
    expect(JSON.parse(stdout).files).toEqual([expect.objectContaining({ status: 'rejected', imported: 0 })]);
    expect(stderr).toContain('royalties.xlsx: the workbook has no sheet named "March" (its sheets: January, February, Notes); nothing was imported.');
  });

  it('is a usage error when empty or given to another command', () => {
    const cases: [string[], string][] = [
      [['import', '--sheet', ' ', book], 'tunemantra: --sheet needs the name of a sheet'],
      [['query', '--sheet', 'February', '--spec', '{}'], 'tunemantra: --sheet does not apply to "query"'],
    ];
    for (const [args, message] of cases) {
      const { code, stderr } = runCli([...args, '--db', join(folder.dir, 'usage.sqlite')]);
      expect(code, args.join(' ')).toBe(2);
      expect(stderr.split('\n')[0]).toBe(message);
    }
  });
});

describe('tunemantra import of DDEX DSR files', () => {
  it('imports a DSR file with its exact totals', () => {
    const { code, stdout } = runCli(['import', '--db', join(folder.dir, 'dsr.sqlite'), '--json', BASIC]);
    expect(code).toBe(0);
    // 3120 + 2480 + 2 − 1 + 12 units; 54.9012345 + 43.864197600000001 + 25.20 − 6.30 + 0.123456789012344 NOK
    expect(JSON.parse(stdout).files).toEqual([
      { file: BASIC, format: 'DDEX DSR', status: 'imported', lines: 5, imported: 5, rejected: 0, quantity: 5613, amounts: { NOK: '117.788888889012345' } },
    ]);
  });

  it('with --strict refuses a DSR whose FOOT disagrees, naming the counts; without it imports and warns', () => {
    const strict = runCli(['import', '--db', join(folder.dir, 'foot-strict.sqlite'), '--strict', BAD_FOOT]);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('line 6: the FOOT record disagrees with the file: FOOT says NumberOfLinesInFile = 7, but the file has 6 lines');

    const lenient = runCli(['import', '--db', join(folder.dir, 'foot-lenient.sqlite'), BAD_FOOT]);
    expect(lenient.code).toBe(0);
    expect(lenient.stdout).toMatch(/2 lines imported as DDEX DSR \(BasicAudioProfile 1\.2\)\. Units 40; earned EUR 0\.40000000\./);
    expect(lenient.stderr).toContain('warning: The FOOT record disagrees with the file: FOOT says NumberOfLinesInFile = 7, but the file has 6 lines');
  });
});

describe('tunemantra import --on-overlap', () => {
  const statement = (name: string, earnings: number) => {
    const path = join(folder.dir, name);
    writeFileSync(path, [DISTROKID_13_HEADER, line('2024-03', 'Spotify', 'Luz', 'ESA1Z2400001', 100, earnings).join('\t')].join('\n'));
    return path;
  };
  /** Earned in the store, exact, read from the file the CLI left. */
  const earned = (db: string) => {
    const store = new Database(db, { readonly: true });
    try {
      return store.prepare('SELECT SUM(amount_hi) AS hi, SUM(amount_lo) AS lo FROM statement_line').get();
    } finally {
      store.close();
    }
  };

  it('skips a statement of a period already imported and asks for a choice, exit 1; skips, replaces or keeps both when told', () => {
    const base = join(folder.dir, 'overlap-base.sqlite');
    expect(runCli(['import', '--db', base, statement('march.tsv', 1.25)]).code).toBe(0);
    const corrected = statement('march-corrected.tsv', 1.5);
    const cases = [[undefined, 1, 125_000_000, 'skipped'], ['skip', 0, 125_000_000, 'skipped'], ['replace', 0, 150_000_000, 'imported'], ['keep-both', 0, 275_000_000, 'imported']] as const;
    for (const [choice, exit, hi, status] of cases) {
      const db = join(folder.dir, `overlap-${choice ?? 'unset'}.sqlite`);
      copyFileSync(base, db);
      const { code, stdout, stderr } = runCli(['import', '--db', db, '--json', ...(choice ? ['--on-overlap', choice] : []), corrected]);
      expect(code, choice).toBe(exit);
      const [file] = JSON.parse(stdout).files;
      expect(file.status, choice).toBe(status);
      // A skipped file says the store took nothing of it, not what it would have held.
      if (status === 'skipped') expect(file, choice).toMatchObject({ lines: 1, imported: 0, quantity: 0, amounts: {} });
      else expect(file, choice).toMatchObject({ lines: 1, imported: 1, amounts: { USD: '1.50000000' } });
      expect(earned(db), choice).toEqual({ hi, lo: 0 });
      if (choice === undefined) {
        expect(stderr).toContain('march-corrected.tsv: skipped, its period is already covered by march.tsv. Run again with --on-overlap replace or keep-both to import it, or skip to leave it out.');
      }
    }
  }, 180_000);

  it('is a usage error for another choice', () => {
    const { code, stderr } = runCli(['import', '--db', join(folder.dir, 'usage.sqlite'), '--on-overlap', 'both', statement('x.tsv', 1)]);
    expect(code).toBe(2);
    expect(stderr.split('\n')[0]).toBe('tunemantra: --on-overlap must be skip, replace or keep-both, not "both"');
  });
});
