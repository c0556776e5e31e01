import { describe, expect, it } from 'vitest';
import { etaText, progressDetail, progressPercent, waitedText } from '../../../src/renderer/src/components/job-progress-text';
import { runProgressShown } from '../../../src/renderer/src/pages/import/import-run-progress';
import type { JobProgress } from '../../../src/shared/contract/jobs';

const reading: JobProgress = {
  jobId: 'job-1', kind: 'import', phase: 'reading', done: 1.5, total: 2, etaMs: 4_000, file: 'march.csv', message: 'march.csv: 600,000 lines',
};

describe('the import run panel’s progress', () => {
  it('counts files and shows the share read while lines are still being read', () => {
    const shown = runProgressShown(reading);
    expect(progressPercent(shown)).toBe(75);
    expect(progressDetail(shown)).toBe('Importing · 1 of 2');
    expect(shown.message).toBe('march.csv: 600,000 lines');
    expect(etaText(shown.etaMs)).toBe('A few seconds left');
  });

  it('says which file is finishing when the core says so, with no share or time left', () => {
    const shown = runProgressShown({ ...reading, phase: 'finishing', done: 1, total: null, etaMs: null });
    expect(progressPercent(shown)).toBeNull();
    expect(shown.etaMs).toBeNull();
    expect(progressDetail(shown)).toBe('Finishing march.csv…');
    expect(shown.message).toBe('march.csv: 600,000 lines');
  });

  it('names the statement of a zip it finishes by its path in the zip, not the zip alone, its place left to the line above', () => {
    const member = { name: 'lanternfish/2026-03-spotify.csv', at: 3, of: 12 };
    const message = 'lanternfish/2026-03-spotify.csv (3 of 12) in cargo-2026-03.zip: 1,200 lines';
    const shown = runProgressShown({ ...reading, phase: 'finishing', total: null, etaMs: null, file: 'cargo-2026-03.zip', member, message });
    expect(progressDetail(shown)).toBe('Finishing lanternfish/2026-03-spotify.csv…');
    expect(shown.message).toBe(message);
  });

  it('counts no files for a run of one file, a zip whose statements the line above counts included', () => {
    const member = { name: '2026-03-spotify.csv', at: 3, of: 12 };
    const shown = runProgressShown({ ...reading, done: 0.25, total: 1, file: 'cargo-2026-03.zip', member, message: '2026-03-spotify.csv (3 of 12) in cargo-2026-03.zip: 1,200 lines' });
    expect(progressDetail(shown)).toBe('Importing');
    expect(progressPercent(shown)).toBe(25);
  });

  it('does not guess from the count that the run is finishing: the last file’s last lines are still being read', () => {
    const shown = runProgressShown({ ...reading, done: 2 });
    expect(progressDetail(shown)).toBe('Importing · 2 of 2');
  });

  it('while waiting for another writer, says how long it has waited and tells no time left', () => {
    const message = 'Waiting for another TuneMantra window or command that is writing to this data file…';
    const shown = runProgressShown({ ...reading, phase: 'waiting', done: 1, etaMs: null, waitedMs: 25_400, message });
    expect(progressDetail(shown)).toBe('Importing · 1 of 2');
    expect(shown.message).toBe(message);
    expect(etaText(shown.etaMs)).toBeNull();
    expect(waitedText(shown.waitedMs)).toBe('Waiting 25 s');
  });
});

describe('time waited in words', () => {
  it('counts seconds, then minutes and seconds; nothing while the job is not waiting', () => {
    expect(waitedText(undefined)).toBeNull();
    expect(waitedText(250)).toBe('Waiting 0 s');
    expect(waitedText(59_999)).toBe('Waiting 59 s');
    expect(waitedText(60_000)).toBe('Waiting 1 min');
    expect(waitedText(125_000)).toBe('Waiting 2 min 5 s');
  });
});
