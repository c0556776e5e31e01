import { describe, expect, it } from 'vitest';
import type { DropFolderStatement, ImportBatchSummary } from '../../../src/shared/contract/imports';
import {
  dropFolderStatus, folderPathProblem, pendingSentence, pendingUnlistedText, statementSentence, takeLines,
} from '../../../src/renderer/src/pages/import/drop-folder-status';

describe('dropFolderStatus', () => {
  it('says nothing is watched when no folder is set', () => {
    expect(dropFolderStatus({ folder: null, watching: false, problem: null, recent: [], pending: [], pendingUnlisted: 0 })).toEqual({
      label: 'Not watching',
      tone: 'neutral',
      text: 'No folder is watched.',
      problem: null,
    });
  });

  it('says a healthy folder is watched', () => {
    expect(dropFolderStatus({ folder: '/srv/drop', watching: true, problem: null, recent: [], pending: [], pendingUnlisted: 0 })).toMatchObject({ label: 'Watching', tone: 'good', problem: null });
  });

  it('passes the core’s problem on, and explains a stopped watcher the core gave no reason for', () => {
    expect(dropFolderStatus({ folder: '/srv/missing', watching: false, problem: '/srv/missing does not exist or cannot be read.', recent: [], pending: [], pendingUnlisted: 0 })).toMatchObject({
      label: 'Not watched',
      tone: 'bad',
      problem: '/srv/missing does not exist or cannot be read.',
    });
    expect(dropFolderStatus({ folder: '/srv/drop', watching: false, problem: null, recent: [], pending: [], pendingUnlisted: 0 }).problem).toMatch(/stopped watching/);
  });
});

describe('what the panel says of a file the folder noticed and has not taken yet', () => {
  const since = '2026-03-05T14:05:00.000Z';

  it('names the file and why it waits: still changing, cut short, or in line for its import', () => {
    expect(pendingSentence({ fileName: 'march.csv', since, reason: 'settling' })).toBe('march.csv — about to be imported');
    expect(pendingSentence({ fileName: 'march.csv', since, reason: 'cutShort', why: 'it does not end with a line break yet', asItStandsAfterMs: 30_000 })).toBe(
      'Waiting for march.csv to finish copying (it does not end with a line break yet); left as it is for 30 seconds, it is imported as it stands',
    );
    expect(pendingSentence({ fileName: 'cargo.zip', since, reason: 'cutShort', why: 'it has no zip end record yet', asItStandsAfterMs: 120_000 })).toBe(
      'Waiting for cargo.zip to finish copying (it has no zip end record yet); left as it is for 2 minutes, it is imported as it stands',
    );
    expect(pendingSentence({ fileName: 'april.csv', since, reason: 'importing' })).toBe('april.csv — being imported');
    expect(pendingSentence({ fileName: 'may.csv', since, reason: 'queued' })).toBe('may.csv — waiting its turn to be imported');
  });

  it('counts the files beyond those listed', () => {
    expect(pendingUnlistedText(1)).toBe('And 1 more file.');
    expect(pendingUnlistedText(1280)).toBe('And 1,280 more files.');
  });
});

describe('folderPathProblem', () => {
  it('takes full POSIX, Windows drive and UNC paths', () => {
    expect(folderPathProblem('/home/ana/Statements')).toBeNull();
    expect(folderPathProblem('  /tmp/drop  ')).toBeNull();
    expect(folderPathProblem('C:\\Statements')).toBeNull();
    expect(folderPathProblem('d:/label/in')).toBeNull();
    expect(folderPathProblem('\\\\nas\\statements')).toBeNull();
  });

  it('refuses blank, relative and home-relative paths, saying what to type instead', () => {
    expect(folderPathProblem('  ')).toBe('Type the full path of a folder.');
    expect(folderPathProblem('Statements')).toMatch(/full path, starting from the root/);
    expect(folderPathProblem('C:Statements')).toMatch(/full path/);
    expect(folderPathProblem('~/Statements')).toMatch(/does not expand “~”/);
    expect(folderPathProblem(`/${'a'.repeat(4096)}`)).toMatch(/longer than/);
  });
});

describe('what the panel says the folder did', () => {
  const takenAt = '2026-03-05T14:05:00.000Z';

  it('says what an import read and earned, and what it replaced and how to bring that back', () => {
    expect(statementSentence({ outcome: 'imported', file: 'a.tsv', importId: 7, lines: 2, quarantined: 0, amounts: { USD: '2.35000000' }, replaced: [] }, null)).toBe('Imported 2 lines, earning $2.35.');
    expect(
      statementSentence({
        outcome: 'imported', file: 'a.tsv', importId: 7, lines: 1, quarantined: 1, amounts: { EUR: '1.5', USD: '2.35' },
        replaced: [{ importId: 4, fileName: 'distrokid-latest.tsv' }],
      }, null),
    ).toBe(
      'Imported 1 line, earning €1.50 and $2.35. 1 line could not be read and wait in the history below. It replaced distrokid-latest.tsv, ' +
        'the file as it was before it was saved over: Undo in the history below offers to bring it back.',
    );
  });

  it('names the import covering a skipped statement and how to replace it, and says why one was refused', () => {
    expect(statementSentence({ outcome: 'skipped', file: 'b.tsv', coveredBy: [{ importId: 4, fileName: 'march.tsv' }] }, null)).toBe(
      'Skipped: its period is already covered by march.tsv. To replace that import with it, pick this file on this page and choose Replace.',
    );
    expect(statementSentence({ outcome: 'duplicate', file: 'b.tsv' }, null)).toBe('Already imported (same content); nothing changed.');
    expect(statementSentence({ outcome: 'refused', file: 'b.tsv', line: 7, reason: 'the amount "1,2,3" is not a number' }, null)).toBe('Refused at line 7: the amount "1,2,3" is not a number.');
    expect(statementSentence({ outcome: 'refused', file: 'b.tsv', line: null, reason: 'No known layout matches its header.' }, null)).toBe('Refused: No known layout matches its header.');
  });

  it('names the statements of a file that held several, and says when a file could not be imported at all', () => {
    const zip = takeLines({
      fileName: 'q1.zip', takenAt, problem: null,
      statements: [{ outcome: 'duplicate', file: 'q1.zip › jan.tsv' }, { outcome: 'duplicate', file: 'q1.zip › feb.tsv' }],
    }, null);
    expect(zip.map((line) => line.part)).toEqual(['q1.zip › jan.tsv', 'q1.zip › feb.tsv']);
    expect(takeLines({ fileName: 'a.tsv', takenAt, problem: null, statements: [{ outcome: 'duplicate', file: 'a.tsv' }] }, null)).toEqual([
      { part: null, text: 'Already imported (same content); nothing changed.' },
    ]);
    expect(takeLines({ fileName: 'a.tsv', takenAt, problem: 'The data folder is read-only', statements: [] }, null)).toEqual([
      { part: null, text: 'Not imported: The data folder is read-only.' },
    ]);
  });
});

describe('a take listed after its imports left the history', () => {
  function batch(importId: number, replaced: number[] = []): ImportBatchSummary {
    return {
      importId, fileName: 'distrokid-latest.tsv', format: 'DistroKid', variant: '13-column', importedAt: '2026-03-05T14:05:00.000Z', lines: 1, imported: 1,
      rejected: 0, setAside: 0, readings: 0, statementLines: 1, quantity: 10, amounts: { USD: '1.80' }, saleFrom: '2026-02-01', saleTo: '2026-02-28',
      replaced: replaced.map((id) => ({
        importId: id, fileName: 'distrokid-latest.tsv', imported: 1, rejected: 0, amounts: { USD: '1.80' }, saleFrom: '2026-02-01', saleTo: '2026-02-28',
        cannotBringBack: null, correctable: true,
      })),
      readAgain: null,
    };
  }
  const imported: DropFolderStatement = {
    outcome: 'imported', file: 'a.tsv', importId: 7, lines: 1, quarantined: 1, amounts: { USD: '1.80' }, replaced: [{ importId: 4, fileName: 'a.tsv' }],
  };

  it('says the import is still there as before, and names what replaced it or that it is gone, without advice about it', () => {
    expect(statementSentence(imported, [batch(7)])).toMatch(/wait in the history below\. It replaced a\.tsv, the file as it was before it was saved over: Undo/);
    expect(statementSentence(imported, [batch(9, [7])])).toBe('Imported 1 line, earning $1.80. It replaced a.tsv. Since replaced by distrokid-latest.tsv.');
    expect(statementSentence({ ...imported, quarantined: 0, replaced: [] }, [])).toBe('Imported 1 line, earning $1.80. It has since been undone or replaced, and is no longer in the import history.');
  });

  it('no longer says a skipped statement’s period is covered once none of the imports covering it is in the history', () => {
    const skipped: DropFolderStatement = { outcome: 'skipped', file: 'b.tsv', coveredBy: [{ importId: 4, fileName: 'march.tsv' }, { importId: 5, fileName: 'april.tsv' }] };
    expect(statementSentence(skipped, [batch(5)])).toMatch(/^Skipped: its period is already covered by march\.tsv, april\.tsv\. To replace/);
    expect(statementSentence(skipped, [batch(9)])).toBe('Skipped: its period was covered by march.tsv, april.tsv, no longer in the import history.');
  });

  it('names imports by file, as the history does, with the sale period only where another import in the history has the same file name', () => {
    const inHistory = (importId: number, fileName: string, saleFrom: string, saleTo: string): ImportBatchSummary => ({ ...batch(importId), fileName, saleFrom, saleTo });
    const skipped: DropFolderStatement = { outcome: 'skipped', file: 'b.tsv', coveredBy: [{ importId: 11, fileName: 'dk-2025-09-revised.csv' }] };
    expect(statementSentence(skipped, [inHistory(11, 'dk-2025-09-revised.csv', '2025-09-01', '2025-09-30')])).toBe(
      'Skipped: its period is already covered by dk-2025-09-revised.csv. To replace that import with it, pick this file on this page and choose Replace.',
    );
    const monthly: DropFolderStatement = { outcome: 'skipped', file: 'b.tsv', coveredBy: [{ importId: 11, fileName: 'royalties.csv' }] };
    const twoOfThem = [inHistory(12, 'royalties.csv', '2025-10-01', '2025-10-31'), inHistory(11, 'royalties.csv', '2025-09-01', '2025-09-30')];
    expect(statementSentence(monthly, twoOfThem)).toMatch(/^Skipped: its period is already covered by royalties\.csv \(Sep 2025\)\. To replace/);
    expect(statementSentence(imported, [inHistory(9, 'a.tsv', '2026-02-01', '2026-02-28'), { ...inHistory(10, 'a.tsv', '2026-01-01', '2026-01-31'), replaced: batch(10, [7]).replaced }])).toBe(
      'Imported 1 line, earning $1.80. It replaced a.tsv. Since replaced by a.tsv (Jan 2026).',
    );
    expect(statementSentence(skipped, null)).not.toMatch(/import \d/);
  });
});
