import { statSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decimalUnits, importFile, storedTotals } from './temp-store';
import { statementLines } from '../../../src/main/query/statement-lines';
import { openReaderStore, openWriterStore, type Store } from '../../../src/main/store/open-store';
import { StatementLinesRequest, type StatementLinesRequestInput } from '../../../src/shared/query/statement-lines-contract';
import { DISTROKID_13_HEADER, distroKidLine, tempDataFolder } from '../../support/temp-store';

/**
 * What matching found is kept with the line it is about, beside the columns the line printed: an
 * ISRC that is present but cannot be one (`invalid_isrc`), and a country cell naming no territory
 * (stored as ZZ, `territory_as_printed`). Checked in the store and through the statement-lines
 * reader, for a small statement (read on the writer's thread) and a large one (read on its own).
 */
let folder: ReturnType<typeof tempDataFolder>;
let writer: Store | null;
let reader: Store | null;
beforeEach(() => {
  folder = tempDataFolder('tunemantra-flags-');
  writer = openWriterStore(folder.location.databaseFile);
  reader = null;
});
afterEach(() => {
  writer?.close();
  reader?.close();
  folder.remove();
});

/** What every DistroKid 13-column line written by distroKidLine keeps of its other columns. */
const PRINTED = { team_percentage: '100', source_type: 'Song', songwriter_royalties_withheld: '0' };

interface Case {
  title: string;
  isrc: string;
  country: string;
  earnings: string;
  /** What the line should come out as: territory, ISRC on the recording, kept columns. */
  territory: string;
  storedIsrc: string | null;
  kept: Record<string, string>;
}

const CASES: Case[] = [
  { title: 'Tides', isrc: 'QZNOV2400001', country: 'US', earnings: '1.25', territory: 'US', storedIsrc: 'QZNOV2400001', kept: PRINTED },
  // A letter where the seven-digit designation code has digits only.
  { title: 'Harbour', isrc: 'QZNOV24000X1', country: 'DE', earnings: '0.5', territory: 'DE', storedIsrc: null, kept: { ...PRINTED, invalid_isrc: 'QZNOV24000X1' } },
  // Printed with hyphens, still an ISRC: read, not flagged.
  { title: 'Lanterns', isrc: 'QZ-NOV-24-00003', country: 'FR', earnings: '0.333333333333', territory: 'FR', storedIsrc: 'QZNOV2400003', kept: PRINTED },
  // Eleven characters: one digit short.
  { title: 'Salt', isrc: 'QZNOV240004', country: 'GB', earnings: '2.000000000001', territory: 'GB', storedIsrc: null, kept: { ...PRINTED, invalid_isrc: 'QZNOV240004' } },
  { title: 'Undertow', isrc: 'QZNOV2400005', country: 'Atlantis', earnings: '0.75', territory: 'ZZ', storedIsrc: 'QZNOV2400005', kept: { ...PRINTED, territory_as_printed: 'Atlantis' } },
  // DistroKid's own "other territories": unknown, but nothing to keep.
  { title: 'Driftwood', isrc: 'QZNOV2400006', country: 'OU', earnings: '0.1', territory: 'ZZ', storedIsrc: 'QZNOV2400006', kept: PRINTED },
  // A country's English name is a territory.
  { title: 'Shoreline', isrc: 'QZNOV2400007', country: 'Germany', earnings: '0.2', territory: 'DE', storedIsrc: 'QZNOV2400007', kept: PRINTED },
  { title: 'Deep Water', isrc: 'QZNOV24-0008', country: 'Atlantis', earnings: '-0.05', territory: 'ZZ', storedIsrc: null, kept: { ...PRINTED, invalid_isrc: 'QZNOV24-0008', territory_as_printed: 'Atlantis' } },
];
// 1.25 + 0.5 + 0.333333333333 + 2.000000000001 + 0.75 + 0.1 + 0.2 − 0.05
const CASES_TOTAL_USD = '5.083333333334';

const caseLine = (c: Case) => distroKidLine({ saleMonth: '2024-05', store: 'Spotify', artist: 'Nova', title: c.title, isrc: c.isrc, qty: 3, earnings: c.earnings, country: c.country });

/** Filler lines with nothing to flag, to make a statement large enough to be read on its own thread. */
function filler(count: number): string[] {
  return Array.from({ length: count }, (_, i) =>
    distroKidLine({ saleMonth: '2024-05', store: 'Deezer', artist: 'Nova', title: `Song ${i % 400}`, isrc: `QZFIL24${String(i % 400).padStart(5, '0')}`, qty: 1, earnings: '0.01', country: 'NL' }),
  );
}

/** Each stored line's territory and kept columns, by line number, straight from the tables. */
function storedFlags(db: Store, lineNos: number[]): [number, string, Record<string, string> | null][] {
  const read = db.prepare<[number], { territory: string; fields: string | null }>(
    'SELECT l.territory, e.fields FROM statement_line l LEFT JOIN line_extra e ON e.id = l.extra_id WHERE l.line_no = ?',
  );
  return lineNos.map((lineNo) => {
    const row = read.get(lineNo)!;
    return [lineNo, row.territory, row.fields === null ? null : (JSON.parse(row.fields) as Record<string, string>)];
  });
}

/** Reopens the store read-only, as the app's readers do, and asks for statement lines. */
function linesReader(): (input: StatementLinesRequestInput) => ReturnType<typeof statementLines> {
  writer!.close();
  writer = null;
  const opened = openReaderStore(folder.location.databaseFile);
  reader = opened;
  return (input) => statementLines(opened, StatementLinesRequest.parse(input), new Date('2024-08-01T12:00:00Z'), 'USD');
}

describe('matching flags kept with a line', () => {
  it.each([
    ['a small statement, read on the writer’s thread', 0],
    ['a statement of a megabyte or more, read on its own thread', 15_000],
  ])('keeps an invalid ISRC and a country that names no territory with the line: %s', async (_label, fillerLines) => {
    const rows = [DISTROKID_13_HEADER, ...CASES.map(caseLine), ...filler(fillerLines)];
    const path = folder.write('nova-2024-05.tsv', `${rows.join('\n')}\n`);
    if (fillerLines > 0) expect(statSync(path).size).toBeGreaterThan(1 << 20);
    const caseLineNos = CASES.map((_, i) => i + 2);

    const outcome = await importFile(writer!, path, { mode: 'strict' });
    expect(outcome).toMatchObject({ status: 'imported', imported: CASES.length + fillerLines, rejected: 0 });
    // Each ISRC cell that is none is named in the warnings, with its line.
    const noIsrc = (line: number, printed: string) =>
      `Line ${line}: "${printed}" is no ISRC (two letters, three letters or digits, seven digits); the line is flagged and its recording matched by artist and title.`;
    expect(outcome.warnings.filter((w) => w.includes('is no ISRC'))).toEqual([noIsrc(3, 'QZNOV24000X1'), noIsrc(5, 'QZNOV240004'), noIsrc(9, 'QZNOV24-0008')]);
    // Flagged lines are kept and counted, never dropped: the cases and 0.01 per filler line.
    const expected = decimalUnits(CASES_TOTAL_USD) + BigInt(fillerLines) * decimalUnits('0.01');
    expect(decimalUnits(outcome.amounts.USD!)).toBe(expected);
    expect(storedTotals(writer!)).toEqual({ USD: expected });

    expect(storedFlags(writer!, caseLineNos)).toEqual(CASES.map((c, i) => [i + 2, c.territory, c.kept]));
    // An invalid ISRC names no recording by it; the line's recording is found by its title instead.
    const recordingIsrcs = writer!
      .prepare<[], { title: string; isrc: string | null }>("SELECT title, isrc FROM recording WHERE title NOT LIKE 'Song %' ORDER BY title")
      .all();
    expect(recordingIsrcs).toEqual(CASES.map((c) => ({ title: c.title, isrc: c.storedIsrc })).sort((a, b) => a.title.localeCompare(b.title)));
    // The unplaced territory is kept as printed on its lines only; filler lines keep only what they printed.
    expect(writer!.prepare("SELECT COUNT(*) FROM statement_line WHERE territory = 'ZZ'").pluck().get()).toBe(3);
    if (fillerLines > 0) expect(storedFlags(writer!, [CASES.length + 2, rows.length])).toEqual([[CASES.length + 2, 'NL', PRINTED], [rows.length, 'NL', PRINTED]]);

    const ask = linesReader();
    const page = ask({ order: 'file', limit: CASES.length });
    expect(page.total).toBe(CASES.length + fillerLines);
    expect(page.lines.map((l) => [l.fileName, l.line, l.recording, l.isrc, l.territory, decimalUnits(l.amount), l.kept])).toEqual(
      CASES.map((c, i) => ['nova-2024-05.tsv', i + 2, c.title, c.storedIsrc, c.territory, decimalUnits(c.earnings), c.kept]),
    );
    // Chosen by territory, as a drill into "Unknown territory" would: the three ZZ lines, Atlantis printed on two.
    const unknown = ask({ filters: [{ field: 'territory', op: 'in', values: ['ZZ'] }] });
    expect(unknown.lines.map((l) => [l.line, l.kept.territory_as_printed ?? null, l.kept.invalid_isrc ?? null])).toEqual([
      [6, 'Atlantis', null],
      [7, null, null],
      [9, 'Atlantis', 'QZNOV24-0008'],
    ]);
  });
});
