import { describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../../src/shared/contract/imports';
import type { StatementSpan } from '../../../src/shared/period/statement-overlap';
import { pickedTwiceOf, pickedTwiceText } from '../../../src/renderer/src/pages/import/picked-twice';
import { isImportable, overlapQuestions, sendableEntries, stagedTwice, type StagedStatements } from '../../../src/renderer/src/pages/import/staged-overlaps';

/** A DistroKid statement of one sale month, reported on the 5th of the next. */
function month(saleMonth: number, overrides: Partial<StatementSpan> = {}): StatementSpan {
  return {
    formatId: 'distrokid', saleFrom: saleMonth * 100 + 1, saleTo: saleMonth * 100 + 28,
    reportingFrom: (saleMonth + 1) * 100 + 5, reportingTo: (saleMonth + 1) * 100 + 5, basis: 'unknown', territories: null, ...overrides,
  };
}

const MARCH = month(202403);
const APRIL = month(202404);
const FEBRUARY_IMPORT = { importId: 4, fileName: 'feb.tsv', importedAt: '2024-04-06T10:00:00.000Z', saleFrom: '2024-02-01', saleTo: '2024-02-29', imported: 2, amounts: { USD: '3.75' } };

type PreviewStatement = ImportPreview['statements'][number];

function preview(statements: PreviewStatement[], overrides: Partial<ImportPreview> = {}): ImportPreview {
  return {
    stagedId: 's', fileName: 'statement.tsv', status: 'ready', message: '', format: 'DistroKid', variant: '13-column', encoding: 'utf-8',
    lines: 2, importable: 2, rejected: 0, quantity: 5, amounts: {}, saleFrom: null, saleTo: null, reportingFrom: null, reportingTo: null,
    sample: [], problems: [], unknownColumns: [], overlaps: [], statements, warnings: [], ...overrides,
  };
}

/** A staged file checked and ready, with the statements its preview found. */
function ready(fileName: string, statements: PreviewStatement[], overrides: Partial<ImportPreview> = {}): StagedStatements {
  return { key: `key-${fileName}`, fileName, phase: 'checked', stagedId: `staged-${fileName}`, preview: preview(statements, overrides) };
}

/** Each entry that is asked, with the files it names. */
function asked(entries: StagedStatements[], mode: 'lenient' | 'strict' = 'lenient'): Record<string, { earlier: string[]; staged: string[] }> {
  return Object.fromEntries(
    [...overlapQuestions(entries, mode)].map(([key, question]) => [
      key,
      { earlier: question.earlier.map((overlap) => overlap.fileName), staged: question.staged.map((above) => above.fileName) },
    ]),
  );
}

describe('the overlap question between files picked together', () => {
  it('asks a file covering the period of a file above it, naming that file; the one above, imported first, is not asked', () => {
    const entries = [ready('march.csv', [MARCH]), ready('april.csv', [APRIL]), ready('march-again.csv', [MARCH]), ready('march-third.csv', [MARCH])];
    expect(asked(entries)).toEqual({
      'key-march-again.csv': { earlier: [], staged: ['march.csv'] },
      'key-march-third.csv': { earlier: [], staged: ['march.csv', 'march-again.csv'] },
    });
    expect(overlapQuestions(entries.slice(0, 2), 'lenient').size).toBe(0);
  });

  it('compares with the importer’s rule: another source over the same months, or a file cut by sale month against one by reporting date, is no overlap', () => {
    expect(asked([ready('march.csv', [MARCH]), ready('tunecore-march.csv', [month(202403, { formatId: 'tunecore' })])])).toEqual({});
    // Cut by sale month, both files are compared by sale period, which here differ though they were reported on the same day.
    const soldMarch = month(202403, { basis: 'sale', reportingTo: 20240505 });
    const soldFebruary = month(202402, { basis: 'sale', reportingFrom: 20240405, reportingTo: 20240505 });
    expect(asked([ready('sold-march.csv', [soldMarch]), ready('sold-february.csv', [soldFebruary])])).toEqual({});
  });

  it('does not ask of regional reports of one month picked together, whose territories share none; asks where a line is unplaced', () => {
    const europe = month(202403, { territories: ['DE', 'FR'] });
    const uk = month(202403, { territories: ['GB'] });
    expect(asked([ready('europe.txt', [europe]), ready('uk.txt', [uk])])).toEqual({});
    expect(asked([ready('europe.txt', [europe]), ready('uk.txt', [month(202403, { territories: ['GB', 'ZZ'] })])])).toEqual({
      'key-uk.txt': { earlier: [], staged: ['europe.txt'] },
    });
  });

  it('meets any of the statements of a zip or a workbook above, and asks for any of its own', () => {
    const entries = [ready('q1.zip', [month(202401), month(202402), MARCH]), ready('books.xlsx', [APRIL, month(202402)])];
    expect(asked(entries)).toEqual({ 'key-books.xlsx': { earlier: [], staged: ['q1.zip'] } });
  });

  it('asks nothing of a file without a preview, or whose preview lists no statement, and they meet no one below', () => {
    const entries: StagedStatements[] = [
      { key: 'uploading', fileName: 'uploading.csv', phase: 'uploading', stagedId: null, preview: null },
      { key: 'failed', fileName: 'failed.csv', phase: 'failed', stagedId: 's-failed', preview: null },
      ready('empty.zip', []),
      ready('march.csv', [MARCH]),
      { key: 'checking', fileName: 'checking.csv', phase: 'checking', stagedId: 's-checking', preview: null },
    ];
    expect(asked(entries)).toEqual({});
  });

  it('does not count files above that are not sent: rejected, already imported, or being checked again', () => {
    const entries: StagedStatements[] = [
      ready('rejected.csv', [MARCH], { status: 'rejected' }),
      ready('duplicate.csv', [MARCH], { status: 'duplicate' }),
      { ...ready('rechecking.csv', [MARCH]), phase: 'checking' },
      ready('march.csv', [MARCH]),
    ];
    expect(asked(entries)).toEqual({});
    // Being checked again, a file keeps the question its ready preview asks.
    expect(asked([ready('first.csv', [MARCH]), { ...ready('second.csv', [MARCH]), phase: 'checking' }])).toEqual({
      'key-second.csv': { earlier: [], staged: ['first.csv'] },
    });
  });

  it('in strict mode leaves out a file strict mode would refuse: it is not asked and meets no one below; in lenient mode it is sent and both are', () => {
    const entries = [ready('truncated.tsv', [MARCH], { rejected: 1, importable: 2 }), ready('text-in-money.tsv', [MARCH], { rejected: 1, importable: 3, overlaps: [FEBRUARY_IMPORT] })];
    expect(asked(entries, 'strict')).toEqual({});
    expect(asked(entries, 'lenient')).toEqual({ 'key-text-in-money.tsv': { earlier: ['feb.tsv'], staged: ['truncated.tsv'] } });
    const mismatch = { label: 'Total', measure: 'amount' as const, currency: 'USD', line: 9, stated: '1.00', found: '2.00' };
    const totalsOff = ready('totals-off.tsv', [MARCH], { reconciliation: { checked: [mismatch], mismatches: [mismatch] } });
    expect([isImportable(totalsOff, 'strict'), isImportable(totalsOff, 'lenient')]).toEqual([false, true]);
  });

  it('merges the earlier imports the preview met in the store with the files above into one question', () => {
    const entries = [ready('march.csv', [MARCH]), ready('march-again.csv', [MARCH], { overlaps: [FEBRUARY_IMPORT] }), ready('feb.csv', [month(202402)], { overlaps: [FEBRUARY_IMPORT] })];
    expect(asked(entries)).toEqual({
      'key-march-again.csv': { earlier: ['feb.tsv'], staged: ['march.csv'] },
      'key-feb.csv': { earlier: ['feb.tsv'], staged: [] },
    });
  });

  it('is asked again, as another question, once a file above is removed or read anew', () => {
    const first = ready('march.csv', [MARCH]);
    const second = ready('march-again.csv', [MARCH]);
    const third = ready('march-third.csv', [MARCH], { overlaps: [FEBRUARY_IMPORT] });
    const before = overlapQuestions([first, second, third], 'lenient').get(third.key)!;
    const withoutFirst = overlapQuestions([second, third], 'lenient').get(third.key)!;
    expect(withoutFirst.staged.map((above) => above.fileName)).toEqual(['march-again.csv']);
    expect(withoutFirst.id).not.toBe(before.id);
    // The file above, read again as another sheet, covers April: only the store's import still shares the period.
    const readAsApril = { ...second, preview: preview([APRIL]) };
    const afterReading = overlapQuestions([readAsApril, third], 'lenient').get(third.key)!;
    expect(afterReading.staged).toEqual([]);
    expect(new Set([before.id, withoutFirst.id, afterReading.id]).size).toBe(3);
  });
});

describe('the same statement picked twice', () => {
  const content = (statement: StatementSpan, sha256: string) => ({ ...statement, sha256 });
  const twiceNames = (entries: StagedStatements[], mode: 'lenient' | 'strict' = 'lenient') =>
    Object.fromEntries([...stagedTwice(entries, mode)].map(([key, holders]) => [key, holders.map((holder) => holder.fileName)]));

  it('names the file above holding it, is not sent, and is asked nothing about it: the one above is', () => {
    const entries = [ready('march.csv', [content(MARCH, 'aa')]), ready('march-copy.csv', [content(MARCH, 'aa')], { overlaps: [FEBRUARY_IMPORT] })];
    expect(twiceNames(entries)).toEqual({ 'key-march-copy.csv': ['march.csv'] });
    expect(asked(entries)).toEqual({});
    expect(sendableEntries(entries, 'lenient').map((entry) => entry.fileName)).toEqual(['march.csv']);
  });

  it('finds a file whose statement a zip above holds, and a zip holding only a file above; not a zip holding more', () => {
    const zip = ready('q1.zip', [content(month(202401), 'jan'), content(MARCH, 'mar')]);
    expect(twiceNames([zip, ready('march.csv', [content(MARCH, 'mar')])])).toEqual({ 'key-march.csv': ['q1.zip'] });
    expect(twiceNames([ready('march.csv', [content(MARCH, 'mar')]), ready('march.zip', [content(MARCH, 'mar')])])).toEqual({ 'key-march.zip': ['march.csv'] });
    // The zip's own January is new: it is sent, and its March, the same as the file above, is no overlap with it.
    const entries = [ready('march.csv', [content(MARCH, 'mar')]), zip];
    expect(twiceNames(entries)).toEqual({});
    expect(asked(entries)).toEqual({});
  });

  it('tells apart statements of one period with other content, and a file above that is not sent', () => {
    expect(twiceNames([ready('march.csv', [content(MARCH, 'aa')]), ready('march-corrected.csv', [content(MARCH, 'bb')])])).toEqual({});
    const refused = ready('march.csv', [content(MARCH, 'aa')], { rejected: 1, importable: 2 });
    expect(twiceNames([refused, ready('march-copy.csv', [content(MARCH, 'aa')], { rejected: 1, importable: 2 })], 'strict')).toEqual({});
    expect(twiceNames([ready('dsr-a.tsv', [{ sha256: 'aa' }]), ready('dsr-b.tsv', [{ sha256: 'bb' }])])).toEqual({});
  });

  it('finds a DDEX report file picked twice, or beside a zip holding it, by its content alone; other DSR files of its period are asked nothing', () => {
    const part1 = { sha256: 'p1', part: '' };
    const part2 = { sha256: 'p2', part: '' };
    const both = ready('gb.zip', [{ sha256: 'p1', part: 'gb/1of2.tsv' }, { sha256: 'p2', part: 'gb/2of2.tsv' }]);
    const entries = [ready('1of2.tsv', [part1]), ready('copy/1of2.tsv', [part1]), ready('2of2.tsv', [part2]), both];
    expect(twiceNames(entries)).toEqual({ 'key-copy/1of2.tsv': ['1of2.tsv'], 'key-gb.zip': ['1of2.tsv', '2of2.tsv'] });
    expect(asked(entries)).toEqual({});
    expect(sendableEntries(entries, 'lenient').map((entry) => entry.fileName)).toEqual(['1of2.tsv', '2of2.tsv']);
  });

  it('tells the summary of each file not sent as picked twice, naming the files that held it', () => {
    const part1 = { sha256: 'p1', part: '' };
    const both = ready('gb.zip', [{ sha256: 'p1', part: 'gb/1of2.tsv' }, { sha256: 'p2', part: 'gb/2of2.tsv' }]);
    const entries = [ready('1of2.tsv', [part1]), ready('2of2.tsv', [{ sha256: 'p2', part: '' }]), ready('copy.tsv', [part1]), both];
    const picked = [...pickedTwiceOf(entries, 'lenient').values()];
    expect(picked).toEqual([{ fileName: 'copy.tsv', sameAs: ['1of2.tsv'] }, { fileName: 'gb.zip', sameAs: ['1of2.tsv', '2of2.tsv'] }]);
    expect(picked.map((file) => pickedTwiceText(file, false))).toEqual(['The same statement as 1of2.tsv, imported once.', 'The same statement as 1of2.tsv and 2of2.tsv, imported once.']);
    // A cancelled run may have stopped before the file holding it.
    expect(pickedTwiceText(picked[0]!, true)).toBe('The same statement as 1of2.tsv: not sent a second time.');
  });
});
