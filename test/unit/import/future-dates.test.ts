import { describe, expect, it } from 'vitest';
import { futureDateWarnings } from '../../../src/main/import/future-dates';

const TODAY = new Date('2026-11-23T10:00:00Z');

describe('statements dated after this month', () => {
  it('are said on import, sale and reporting dates apart', () => {
    expect(futureDateWarnings({ saleTo: 20261231, reportingTo: 20270201 }, TODAY)).toEqual([
      "Some lines are sold as late as 2026-12-31, after today (2026-11-23): check the file's dates. Windows counted back from the latest statement now end in that month.",
      "Some lines are reported as late as 2027-02-01, after today (2026-11-23): check the file's dates. Windows counted back from the latest statement now end in that month.",
    ]);
  });

  it('are not this month’s statements, whose periods end on its last day', () => {
    expect(futureDateWarnings({ saleTo: 20261130, reportingTo: 20261130 }, TODAY)).toEqual([]);
    expect(futureDateWarnings({ saleTo: 20261031, reportingTo: null }, TODAY)).toEqual([]);
    expect(futureDateWarnings({ saleTo: null, reportingTo: null }, TODAY)).toEqual([]);
  });
});
