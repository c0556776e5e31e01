import { describe, expect, it } from 'vitest';
import { withReportFilesOfRun } from '../../../src/main/import/ddex/report-files-of-run';
import type { ImportOutcome, ImportStatus } from '../../../src/main/import/import-outcome';
import type { ReportPartWaiting } from '../../../src/shared/contract/imports';
import { reportPartAfterRunText, reportPartText } from '../../../src/shared/ddex/report-part-text';

const NAMED = 'Report "DZ-GB-2025-02" from Deezer';
const REPORT = 'Deezer\u0000DZ-GB-2025-02';
const INCOMPLETE = 'its figures are incomplete until then, and the report is checked across its files once they are in';
const place = (part: number, of: number, missing: number[], report = REPORT): ReportPartWaiting => ({ report, named: NAMED, part, of, missing });

/** An outcome of file `part` of a report, waiting as `waiting` says (with the importer's warning), or complete. */
function file(part: number, waiting: ReportPartWaiting | null, status: ImportStatus = 'imported', report = REPORT): ImportOutcome {
  return {
    file: `part${part}.tsv`, format: 'DDEX DSR', variant: null, alternatives: [], encoding: 'utf-8', status, lines: 1, imported: 1, rejected: 0,
    skipped: 0, quantity: 1, amounts: {}, importId: part, problems: [], unknownColumns: [], saleFrom: null, saleTo: null, reportingFrom: null,
    reportingTo: null, overlaps: [], reconciliation: { checked: [], mismatches: [] }, sample: [], message: '',
    warnings: ['The usage records carry no revenue.', ...(waiting ? [reportPartText(waiting)] : [])],
    ...(waiting ? { reportPart: waiting } : {}),
    reportFile: { report, part },
  };
}

describe('the words for a report file whose run imported other files of its report after it', () => {
  it('says which came and which are still missing, one or several', () => {
    expect(reportPartAfterRunText(place(1, 4, [2, 3, 4]), [2, 3])).toBe(
      `${NAMED} has 4 files: files 2 and 3 were imported after it in this run, but file 4 is not imported yet: ${INCOMPLETE}.`,
    );
    expect(reportPartAfterRunText(place(2, 3, [1, 3]), [1, 3])).toBe(
      `${NAMED} has 3 files: files 1 and 3 were imported after it in this run, and the report was checked across its files then.`,
    );
    expect(reportPartAfterRunText(place(1, 2, [2]), [])).toBe(reportPartText(place(1, 2, [2])));
  });
});

describe('a run\'s outcomes told of the report files it imported later', () => {
  it('rewords the earlier file across the run\'s files and keeps each file\'s outcomes apart', () => {
    const [first, second] = withReportFilesOfRun([[file(1, place(1, 2, [2]))], [file(2, null)]]);
    expect(first).toHaveLength(1);
    expect(first![0]!.warnings).toEqual([
      'The usage records carry no revenue.',
      `${NAMED} has 2 files: file 2 was imported after it in this run, and the report was checked across its files then.`,
    ]);
    expect(first![0]!).not.toHaveProperty('reportPart');
    expect(second).toEqual([file(2, null)]);
  });

  it('keeps the files still missing in reportPart', () => {
    const [[first]] = withReportFilesOfRun([[file(1, place(1, 3, [2, 3])), file(2, place(2, 3, [3]))]]) as [[ImportOutcome]];
    expect(first.reportPart).toEqual(place(1, 3, [3]));
  });

  it('counts neither a file imported before it, one the run did not import, nor one of another report', () => {
    const runs: ImportOutcome[][][] = [
      [[file(2, null)], [file(1, place(1, 2, [2]))]],
      [[file(1, place(1, 2, [2]))], [file(2, null, 'rejected')]],
      [[file(1, place(1, 2, [2]))], [file(2, null, 'imported', 'Deezer\u0000DZ-GB-2025-03')]],
    ];
    for (const run of runs) expect(withReportFilesOfRun(run)).toEqual(run);
  });
});
