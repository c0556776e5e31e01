import { describe, expect, it } from 'vitest';
import { progressDetail, progressPercent } from '../../../src/renderer/src/components/job-progress-text';
import { allLinesRead, runProgressShown } from '../../../src/renderer/src/pages/import/import-run-progress';
import type { JobProgress } from '../../../src/shared/contract/jobs';

const progress = (done: number, total: number | null): JobProgress => ({
  jobId: 'job-1', kind: 'import', phase: 'importing', done, total, etaMs: 4_000, message: 'march.csv: 600,000 lines',
});

describe('the import run panel’s progress', () => {
  it('counts files and shows the share read while lines are still being read', () => {
    const shown = runProgressShown(progress(1.5, 2));
    expect(allLinesRead(progress(1.5, 2))).toBe(false);
    expect(progressPercent(shown)).toBe(75);
    expect(progressDetail(shown)).toBe('Importing · 1 of 2');
    expect(shown.message).toBe('march.csv: 600,000 lines');
  });

  it('says the import is finishing, with no share or time left, once every file is read', () => {
    const shown = runProgressShown(progress(2, 2));
    expect(allLinesRead(progress(2, 2))).toBe(true);
    expect(progressPercent(shown)).toBeNull();
    expect(shown.etaMs).toBeNull();
    expect(progressDetail(shown)).toBe('Finishing the import…');
    expect(shown.message).toBe('march.csv: 600,000 lines');
  });

  it('leaves a run that has not counted its files yet alone', () => {
    expect(runProgressShown(progress(0, null))).toEqual(progress(0, null));
    expect(allLinesRead(progress(0, 0))).toBe(false);
  });
});
