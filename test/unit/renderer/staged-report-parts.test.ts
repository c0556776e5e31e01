import { describe, expect, it } from 'vitest';
import type { ImportPreview, ReportPartWaiting } from '../../../src/shared/contract/imports';
import { reportPartText } from '../../../src/shared/ddex/report-part-text';
import { withStagedReportParts } from '../../../src/renderer/src/pages/import/staged-report-parts';
import type { StagedStatements } from '../../../src/renderer/src/pages/import/staged-overlaps';

const NAMED = 'Report "DZ-GB-2025-02" from Deezer';
const place = (part: number, of: number, missing: number[], report = 'Deezer\u0000DZ-GB-2025-02'): ReportPartWaiting => ({ report, named: NAMED, part, of, missing });

/** A staged DSR file checked and ready, its report waiting for the files `places` say. */
function staged(fileName: string, places: ReportPartWaiting[], overrides: Partial<ImportPreview> = {}): StagedStatements {
  return {
    key: `key-${fileName}`, fileName, phase: 'checked', stagedId: `staged-${fileName}`,
    preview: {
      stagedId: `staged-${fileName}`, fileName, status: 'ready', message: '', format: 'DDEX DSR', variant: 'BasicAudioProfile 1.2', encoding: 'utf-8',
      lines: 5, importable: 5, rejected: 0, quantity: 10, amounts: {}, saleFrom: null, saleTo: null, reportingFrom: null, reportingTo: null,
      sample: [], problems: [], unknownColumns: [], overlaps: [], statements: [],
      warnings: ['The usage records carry no revenue.', ...places.map((p) => reportPartText(p))], reportParts: places, ...overrides,
    },
  };
}

const reportWarnings = (preview: ImportPreview | null) => preview?.warnings.filter((w) => w.startsWith(NAMED));

describe('a DDEX report file staged with the other files of its report', () => {
  it('says each of the two files is staged with the other and imported together, not that it is not imported yet', () => {
    const first = staged('part1.tsv', [place(1, 2, [2])]);
    const second = staged('part2.tsv', [place(2, 2, [1])]);
    expect(reportWarnings(withStagedReportParts(first, [first, second], 'lenient'))).toEqual([
      `${NAMED} has 2 files and file 2 is staged with it: they are imported together, each as its own import, and the report is checked across its files once the last of them is in.`,
    ]);
    expect(reportWarnings(withStagedReportParts(second, [first, second], 'lenient'))).toEqual([
      `${NAMED} has 2 files and file 1 is staged with it: they are imported together, each as its own import, and the report is checked across its files once the last of them is in.`,
    ]);
    // Its other warnings stay as they were.
    expect(withStagedReportParts(first, [first, second], 'lenient')!.warnings[0]).toBe('The usage records carry no revenue.');
  });

  it('names the files staged with it apart from those still not imported', () => {
    const first = staged('part1.tsv', [place(1, 3, [2, 3])]);
    const third = staged('part3.tsv', [place(3, 3, [1, 2])]);
    expect(reportWarnings(withStagedReportParts(first, [first, third], 'lenient'))).toEqual([
      `${NAMED} has 3 files: file 3 is staged with it and imported together with it, but file 2 is not imported yet: its figures are incomplete until then, and the report is checked across its files once they are in.`,
    ]);
  });

  it('counts the other files of its report in the same zip', () => {
    const zip = staged('deezer.zip', [place(1, 2, [2]), place(2, 2, [1])]);
    expect(reportWarnings(withStagedReportParts(zip, [zip], 'lenient'))).toEqual([
      `${NAMED} has 2 files and file 2 is staged with it: they are imported together, each as its own import, and the report is checked across its files once the last of them is in.`,
      `${NAMED} has 2 files and file 1 is staged with it: they are imported together, each as its own import, and the report is checked across its files once the last of them is in.`,
    ]);
  });

  it('keeps the name of the file in the zip that a warning opens with', () => {
    const places = [place(1, 2, [2]), place(2, 2, [1])];
    const zip = staged('deezer.zip', places, { warnings: places.map((p) => `gb/part${p.part}.tsv: ${reportPartText(p)}`) });
    expect(withStagedReportParts(zip, [zip], 'lenient')?.warnings).toEqual([
      `gb/part1.tsv: ${NAMED} has 2 files and file 2 is staged with it: they are imported together, each as its own import, and the report is checked across its files once the last of them is in.`,
      `gb/part2.tsv: ${NAMED} has 2 files and file 1 is staged with it: they are imported together, each as its own import, and the report is checked across its files once the last of them is in.`,
    ]);
  });

  it('leaves the warning as it is for a file alone, another report, or a file Import will not send', () => {
    const first = staged('part1.tsv', [place(1, 2, [2])]);
    const alone = [`${NAMED} has 2 files and file 2 is not imported yet: its figures are incomplete until then, and the report is checked across its files once they are in.`];
    expect(reportWarnings(withStagedReportParts(first, [first], 'lenient'))).toEqual(alone);
    expect(reportWarnings(withStagedReportParts(first, [first, staged('other.tsv', [place(2, 2, [1], 'Deezer\u0000DZ-FR-2025-02')])], 'lenient'))).toEqual(alone);
    const refused = staged('part2.tsv', [place(2, 2, [1])], { status: 'rejected' });
    expect(reportWarnings(withStagedReportParts(first, [first, refused], 'lenient'))).toEqual(alone);
    const withBadLine = staged('part2.tsv', [place(2, 2, [1])], { rejected: 1, problems: [{ line: 9, reason: 'no ISRC' }] });
    expect(reportWarnings(withStagedReportParts(first, [first, withBadLine], 'strict'))).toEqual(alone);
  });
});
