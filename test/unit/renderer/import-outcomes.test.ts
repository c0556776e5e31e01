import { describe, expect, it } from 'vitest';
import type { JobSnapshot } from '../../../src/shared/contract/jobs';
import { outcomeFileName, outcomeNote, outcomeStatusLabel, readImportJob, runHeadline, strictRefusalHint, summariseOutcomes, undoneSinceNote, undoneSinceText } from '../../../src/renderer/src/pages/import/import-outcomes';

function outcome(overrides: Record<string, unknown>) {
  return {
    file: '/data/staged/abc/distrokid-legacy.tsv',
    format: 'DistroKid',
    variant: '13-column',
    encoding: 'utf-8',
    status: 'imported',
    lines: 5,
    imported: 5,
    rejected: 0,
    quantity: 1512,
    amounts: { USD: '12.74358024679' },
    importId: 1,
    problems: [],
    unknownColumns: [],
    message: 'imported',
    ...overrides,
  };
}

function job(status: JobSnapshot['status'], extra: Partial<JobSnapshot> = {}): JobSnapshot {
  return { jobId: 'j1', kind: 'import', status, progress: null, startedAt: '2026-01-01T00:00:00Z', ...extra };
}

describe('readImportJob', () => {
  it('adds up lines and money of the imported files exactly, leaving duplicates and rejects out', () => {
    const result = readImportJob(
      job('succeeded', {
        result: {
          outcomes: [
            outcome({}),
            outcome({ file: 'tunecore-sales.csv', importId: 2, amounts: { USD: '7.797106160651' }, imported: 5 }),
            outcome({ file: 'text-in-money.tsv', importId: 3, imported: 3, rejected: 1, amounts: { USD: '5.97158024679', EUR: '1.5' } }),
            outcome({ status: 'duplicate', importId: 1 }),
            outcome({ status: 'rejected', imported: 0, importId: null, amounts: {}, message: 'shopping-list.csv line 1: not a statement' }),
          ],
        },
      }),
    );
    expect(result.kind).toBe('finished');
    if (result.kind !== 'finished') return;
    expect(result.summary.cancelled).toBe(false);
    expect(result.summary.linesImported).toBe(13);
    expect(result.summary.linesQuarantined).toBe(1);
    expect(result.summary.amounts).toEqual({ USD: '26.512266654231', EUR: '1.5' });
    expect(result.summary.outcomes).toHaveLength(5);
  });

  it('accepts a status it has no words for yet and fields it does not read', () => {
    const result = readImportJob(job('succeeded', { result: { outcomes: [outcome({ status: 'quarantined-all', extra: 1 })] } }));
    expect(result.kind).toBe('finished');
    expect(outcomeStatusLabel('quarantined-all')).toBe('Quarantined-all');
    expect(outcomeStatusLabel('skipped')).toBe('Skipped');
  });

  it('reads the file’s own totals checked against the import, when the core sends them', () => {
    const check = { label: 'Total_Amount', measure: 'amount', currency: 'USD', line: 7, stated: '12.74', found: '12.74' };
    const result = readImportJob(job('succeeded', { result: { outcomes: [outcome({ reconciliation: { checked: [check], mismatches: [] } }), outcome({})] } }));
    if (result.kind !== 'finished') throw new Error(result.message);
    expect(result.summary.outcomes[0]!.reconciliation).toEqual({ checked: [check], mismatches: [] });
    expect(result.summary.outcomes[1]!.reconciliation).toBeUndefined();
  });

  it('keeps what a cancelled job managed, and copes with one that had nothing to report', () => {
    const partial = readImportJob(job('cancelled', { result: { outcomes: [outcome({}), outcome({ status: 'cancelled', imported: 0 })] } }));
    expect(partial).toMatchObject({ kind: 'finished', summary: { cancelled: true, linesImported: 5 } });
    expect(readImportJob(job('cancelled'))).toMatchObject({ kind: 'finished', summary: { cancelled: true, outcomes: [] } });
  });

  it('passes on a failed job’s sentence, and turns an unreadable result into one', () => {
    expect(readImportJob(job('failed', { error: { code: 'rejected_input', message: 'x.csv line 3: bad' } }))).toEqual({ kind: 'failed', message: 'x.csv line 3: bad' });
    const garbled = readImportJob(job('succeeded', { result: { outcomes: [{ file: 3 }] } }));
    expect(garbled.kind).toBe('failed');
    if (garbled.kind === 'failed') expect(garbled.message).toMatch(/^The workstation sent an import result this page cannot read \(outcomes\.0\.file:/);
  });

  it('names files without their folders, on any system', () => {
    expect(outcomeFileName({ file: '/data/staged/abc/distrokid.tsv' })).toBe('distrokid.tsv');
    expect(outcomeFileName({ file: 'C:\\Users\\me\\tunecore.csv' })).toBe('tunecore.csv');
    expect(outcomeFileName({ file: 'plain.csv' })).toBe('plain.csv');
  });
});

describe('what the summary says of imports undone since and files strict mode refused', () => {
  it('marks an import undone since, and a duplicate whose earlier import was', () => {
    expect(undoneSinceText({ status: 'imported' })).toBe('Undone since: its lines are no longer counted. The figures are what it imported then.');
    expect(undoneSinceText({ status: 'duplicate' })).toBe('The import that held this file was undone since: pick the file again to import it.');
    expect(undoneSinceNote(0)).toBeNull();
    expect(undoneSinceNote(1)).toBe('1 import listed here was undone since; the figures are what was imported then.');
    expect(undoneSinceNote(2)).toBe('2 imports listed here were undone since; the figures are what was imported then.');
  });

  it('tells how to import leniently a statement strict mode refused, and nothing for a layout no mode reads', () => {
    expect(strictRefusalHint({ status: 'rejected', format: 'DistroKid' }, 'strict')).toBe(
      'Refused in strict mode: choose Lenient and import it again (pick the file again above) to import its readable lines and quarantine the rest.',
    );
    expect(strictRefusalHint({ status: 'rejected', format: null }, 'strict')).toBeNull();
    expect(strictRefusalHint({ status: 'rejected', format: 'DistroKid' }, 'lenient')).toBeNull();
    expect(strictRefusalHint({ status: 'imported', format: 'DistroKid' }, 'strict')).toBeNull();
  });
});

describe('outcomeNote', () => {
  it('keeps what an imported file’s message says beyond its counts', () => {
    const named = 'DSR_PADPIDA2025031001L.tsv';
    expect(
      outcomeNote({ message: `${named}: 12 lines imported as DDEX DSR (BASIC), 2 quarantined with reasons. Report PADPIDA2025031001L is complete: its 2 files are imported and agree with each other and with the last file's FOOT.` }),
    ).toBe("Report PADPIDA2025031001L is complete: its 2 files are imported and agree with each other and with the last file's FOOT.");
    expect(outcomeNote({ message: 'q1 v2.tsv: 3 lines imported as DistroKid (13-column). Replaced dk-2025-01.tsv.' })).toBe('Replaced dk-2025-01.tsv.');
  });

  it('has nothing to add when the message is only the counts, or is not the importer’s counts sentence', () => {
    expect(outcomeNote({ message: 'dk.tsv: 3 lines imported as DistroKid (13-column).' })).toBeNull();
    expect(outcomeNote({ message: 'imported' })).toBeNull();
  });
});

describe('the summary’s headline', () => {
  /** An outcome as the page reads it, warnings and all. */
  const view = (overrides: Record<string, unknown>) => ({ ...outcome(overrides), warnings: [] });
  const member = (file: string, imported: number) => view({ file, imported });

  it('counts files when each held one statement', () => {
    expect(runHeadline(summariseOutcomes([member('/staged/a/march.tsv', 2), member('/staged/b/april.tsv', 6)], false))).toBe('2 files imported, with 8 lines.');
    expect(runHeadline(summariseOutcomes([member('/staged/a/march.tsv', 1)], false))).toBe('1 file imported, with 1 line.');
    expect(runHeadline(summariseOutcomes([], true))).toBe('Cancelled. 0 files imported before the cancel, with 0 lines.');
  });

  it('counts the statements of a zip or workbook apart from the files picked', () => {
    const zip = ['2026-01', '2026-02', '2026-03'].map((month) => member(`/staged/a/cargo-q1.zip › ${month}.csv`, 1_200));
    expect(runHeadline(summariseOutcomes(zip, false))).toBe('3 statements imported from 1 file, with 3,600 lines.');
    const withSheets = [...zip, member('/staged/b/q1.xlsx › January', 5), member('/staged/b/q1.xlsx › February', 5), member('/staged/c/april.tsv', 2)];
    expect(runHeadline(summariseOutcomes(withSheets, true))).toBe('Cancelled. 6 statements imported from 3 files before the cancel, with 3,612 lines.');
  });

  it('counts only what was imported: a zip’s statement found a duplicate is no statement imported', () => {
    const outcomes = [member('/staged/a/june.tsv', 3), member('/staged/b/label-june.zip › may.tsv', 1), view({ file: '/staged/b/label-june.zip › june.tsv', status: 'duplicate' })];
    expect(runHeadline(summariseOutcomes(outcomes, false))).toBe('2 files imported, with 4 lines.');
  });
});
