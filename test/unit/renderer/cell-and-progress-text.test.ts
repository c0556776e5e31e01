import { describe, expect, it } from 'vitest';
import type { JobProgress } from '../../../src/shared/contract/jobs';
import { etaText, progressDetail, progressPercent } from '../../../src/renderer/src/components/job-progress-text';
import { fileNameProblem } from '../../../src/renderer/src/components/export-file-name';
import { cellText, isNumericColumn } from '../../../src/renderer/src/query/cell-text';

describe('cellText', () => {
  it('formats cells by column type, money only for revenue', () => {
    expect(cellText('1234.565', { name: 'revenue', label: 'Revenue', type: 'decimal' }, 'USD')).toBe('$1,234.57');
    expect(cellText('2.5', { name: 'rate', label: 'Rate', type: 'decimal' }, 'USD')).toBe('2.50');
    expect(cellText(1234567, { name: 'streams', label: 'Streams', type: 'integer' }, 'USD')).toBe('1,234,567');
    expect(cellText('2026-03-05', { name: 'day', label: 'Day', type: 'date' }, 'USD')).toBe('5 Mar 2026');
    expect(cellText('<b>Song</b>', { name: 'recording', label: 'Recording', type: 'text' }, 'USD')).toBe('<b>Song</b>');
    expect(cellText(null, { name: 'artist', label: 'Artist', type: 'text' }, 'USD')).toBe('—');
  });

  it('right-aligns only figures', () => {
    expect(isNumericColumn({ name: 'revenue', label: 'Revenue', type: 'decimal' })).toBe(true);
    expect(isNumericColumn({ name: 'isrc', label: 'ISRC', type: 'text' })).toBe(false);
  });
});

describe('job progress text', () => {
  const progress = (done: number, total: number | null, etaMs: number | null = null): JobProgress => ({
    jobId: 'j1',
    kind: 'demo',
    phase: 'importing',
    done,
    total,
    etaMs,
  });

  it('gives a share only when the total is known', () => {
    expect(progressPercent(progress(3, 8))).toBe(38);
    expect(progressPercent(progress(3, null))).toBeNull();
    expect(progressPercent(progress(9, 8))).toBe(100);
    expect(progressDetail(progress(3, 8))).toBe('Importing · 3 of 8');
    expect(progressDetail({ ...progress(1200, null), phase: 'writing demo statements' })).toBe('Writing demo statements');
    expect(progressDetail(progress(1200, 4500))).toBe('Importing · 1,200 of 4,500');
  });

  it('says time left in words', () => {
    expect(etaText(null)).toBeNull();
    expect(etaText(2_000)).toBe('A few seconds left');
    expect(etaText(40_400)).toBe('About 40 seconds left');
    expect(etaText(80_000)).toBe('About a minute left');
    expect(etaText(300_000)).toBe('About 5 minutes left');
  });
});

describe('fileNameProblem', () => {
  it('accepts a plain file name and explains what it refuses', () => {
    expect(fileNameProblem('overview-revenue-by-month-2026-11-21.csv')).toBeNull();
    expect(fileNameProblem('  ')).toBe('Give the file a name.');
    expect(fileNameProblem('../secret.csv')).toMatch(/cannot contain/);
    expect(fileNameProblem('a\u0007b.csv')).toMatch(/control characters/);
    expect(fileNameProblem('x'.repeat(121))).toMatch(/120/);
  });
});
