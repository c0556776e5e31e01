import { describe, expect, it } from 'vitest';
import type { JobSnapshot } from '../../../src/shared/contract/jobs';
import { stillStagedAfter } from '../../../src/renderer/src/pages/import/still-staged';

function job(status: JobSnapshot['status'], result?: unknown): JobSnapshot {
  return { jobId: 'j1', kind: 'import', status, progress: null, startedAt: '2026-01-01T00:00:00Z', ...(result === undefined ? {} : { result }) };
}

describe('stillStagedAfter', () => {
  it('puts back the files a cancelled run says it left staged, and only files it was sent', () => {
    const left = stillStagedAfter(job('cancelled', { outcomes: [], stillStaged: ['b', 'c', 'z'] }), ['a', 'b', 'c']);
    expect([...left]).toEqual(['b', 'c']);
  });

  it('puts back every file sent when a run ended without saying: cancelled before its first file, or failed', () => {
    expect([...stillStagedAfter(job('cancelled'), ['a', 'b'])]).toEqual(['a', 'b']);
    expect([...stillStagedAfter(job('cancelled', { outcomes: [] }), ['a'])]).toEqual(['a']);
    expect([...stillStagedAfter(job('failed'), ['a'])]).toEqual(['a']);
  });

  it('puts back nothing after a run that finished', () => {
    expect(stillStagedAfter(job('succeeded', { outcomes: [], stillStaged: ['a'] }), ['a']).size).toBe(0);
  });
});
