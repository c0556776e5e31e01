import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DdexDsrError, checkDdexReport, looksLikeDdexDsr, readDdexDsr } from '../../../../src/main/import/ddex';
import { decimalUnits } from '../temp-store';
import { piecesOf, quantityOf, readDsrFile, totalsOf } from './read-dsr';

const FIXTURES = fileURLToPath(new URL('../../../fixtures/statements/ddex/', import.meta.url));
const BASIC = join(FIXTURES, 'DSR_PADPIDA2025031001L_PADPIDA2099000002S_PremiumSubscription_2025-03_NO_20250412T061530.tsv');
const UGC = join(FIXTURES, 'DSR_PADPIDA2025031001L_YouTube_AdSupport-music_2025-Q1_multi_20250420T101010.tsv');
const PART_1 = join(FIXTURES, 'DSR_PADPIDA2025031001L_PADPIDA2099000003D_Streaming_2025-02_GB_1of2_20250305T120000.tsv');
const PART_2 = join(FIXTURES, 'DSR_PADPIDA2025031001L_PADPIDA2099000003D_Streaming_2025-02_GB_2of2_20250305T120000.tsv');
const BAD_FOOT = join(FIXTURES, 'DSR_PADPIDA2025031001L_PADPIDA2099000002S_PremiumSubscription_2025-01_DE_20250202T080000.tsv');

/** Every expected total below was added up by hand from the fixture's text. */
describe('a Basic Audio DSR with revenue on each usage record', () => {
  it('gives one line per SU01/SU02 record, joined to its resource and release, with exact totals', async () => {
    const { statement, drafts, rejections } = await readDsrFile(BASIC);
    expect(statement).toMatchObject({
      profile: 'BasicAudioProfile', profileVersion: '1.2', messageId: 'NRD-2025-03-0001', period: { start: 20250301, end: 20250331 },
      sender: 'Spotify', recipient: 'Nordlys Records', service: 'PremiumSubscription', currency: 'NOK', part: null,
      variant: 'BasicAudioProfile 1.2',
    });
    expect(rejections).toEqual([]);
    expect(drafts.map((d) => d.line)).toEqual([13, 14, 15, 16, 19]);
    // 54.9012345 + 43.864197600000001 + 25.20 − 6.30 + 0.123456789012344
    expect(totalsOf(drafts)).toEqual({ NOK: decimalUnits('117.788888889012345') });
    // 3120 + 2480 + 2 + (0 − 1 returned) + 12
    expect(quantityOf(drafts)).toBe(5613);
    expect(new Set(drafts.map((d) => `${d.platform} ${d.territory} ${d.reportingDay}`))).toEqual(new Set(['Spotify NO 20250412']));
    expect(statement.checkFooter()).toEqual([]);
    expect(statement.notes()).toEqual([]);
  });

  it('reads the escaped pipe, the second ISRC, the subtitle and the duration of a track', async () => {
    const { drafts } = await readDsrFile(BASIC);
    const track = drafts.find((d) => d.line === 14)!;
    expect(track).toMatchObject({
      recordingTitle: 'Let Me | Be "Free"', isrc: 'NOA1Z2500002', artist: 'Aurora Vale', releaseTitle: 'Nordlys', upc: '7071234567893',
      saleType: 'stream', quantity: 2480, amount: decimalUnits('43.864197600000001'),
    });
    expect(track.extra).toMatchObject({
      other_isrcs: 'NOA1Z2500099', subtitle: 'Radio Edit', duration: 'PT2M44S', duration_seconds: '164', sales_transaction_id: 'ST-0002',
      summary_record_id: 'S1', commercial_model: 'SubscriptionModel', revenue_cell: 'SU02.02 AllocatedNetRevenue',
    });
    const single = drafts.find((d) => d.line === 19)!;
    expect(single).toMatchObject({ recordingTitle: 'Ice Road', upc: '707123456780', artist: 'Aurora Vale feat. Kjell' });
    expect(single.extra.duration_seconds).toBe('245.5');
  });

  it('reads a release download as a release line and a returned track as a negative line', async () => {
    const { drafts } = await readDsrFile(BASIC);
    expect(drafts.find((d) => d.line === 15)).toMatchObject({
      recordingTitle: null, isrc: null, releaseTitle: 'Nordlys', upc: '7071234567893', saleType: 'download', quantity: 2,
      amount: decimalUnits('25.20'),
    });
    const refund = drafts.find((d) => d.line === 16)!;
    expect(refund).toMatchObject({ recordingTitle: 'Polar Night', saleType: 'download', quantity: -1, amount: -decimalUnits('6.30') });
    expect(refund.extra.returns).toBe('1');
  });

  it('gives the same lines whatever the chunking and the line endings', async () => {
    const text = readFileSync(BASIC, 'utf8');
    const whole = await readDsrFile(BASIC);
    for (const [variant, size] of [[text, 1], [text, 7], [text.replace(/\n/g, '\r\n'), 1], [text.replace(/\n/g, '\r\n'), 3], [`\uFEFF${text}`, 5]] as const) {
      const again = await readDsrFile(BASIC, piecesOf(variant, size));
      expect(again.lines).toEqual(whole.lines);
      expect(again.statement.checkFooter()).toEqual([]);
    }
  });
});

describe('a UGC (YouTube) DSR read with the standard record layouts', () => {
  it('takes each usage\'s amount from its licensor lines for the recipient, else from the usage itself', async () => {
    const { statement, drafts, rejections } = await readDsrFile(UGC);
    expect(statement).toMatchObject({ profile: 'UgcProfile', sender: 'YouTube', currency: 'EUR', variant: 'UgcProfile 1.2' });
    expect(rejections).toEqual([]);
    expect(drafts.map((d) => d.line)).toEqual([5, 8, 12]);
    // 4.94 (LI01 for Nordlys Records) + 0.13 (the Nordlys Records LI01 of two) + 0.572 (SU03 NetRevenue, no LI01)
    expect(totalsOf(drafts)).toEqual({ EUR: decimalUnits('5.642') });
    // 15200 + 400 (400.25 rounded) + 880
    expect(quantityOf(drafts)).toBe(16480);
    expect(new Set(drafts.map((d) => d.saleType))).toEqual(new Set(['ugc']));
    expect(drafts.map((d) => d.territory)).toEqual(['SE', 'SE', 'NO']);
    expect(statement.checkFooter()).toEqual([]);
  });

  it('leaves out another rights controller\'s share, keeps it as printed and says so', async () => {
    const { statement, drafts } = await readDsrFile(UGC);
    const shared = drafts.find((d) => d.line === 8)!;
    expect(shared.amount).toBe(decimalUnits('0.13'));
    expect(shared.extra).toMatchObject({
      usages_as_printed: '400.25', rights_controllers: 'Nordlys Records|Other Label AB', other_controllers: 'Other Label AB 0.05',
      dsp_net_revenue: '0.26',
    });
    expect(statement.notes()).toEqual([expect.stringMatching(/left out of the amounts: Other Label AB \(1 line\)/)]);
    expect(drafts.find((d) => d.line === 12)!.extra.revenue_cell).toBe('SU03.02 NetRevenue');
  });
});

describe('a two-file report whose revenue is only in its summary records', () => {
  it('imports usage lines from both files and the summary revenue once, with file 1', async () => {
    const first = await readDsrFile(PART_1);
    const second = await readDsrFile(PART_2);
    expect(first.statement.part).toEqual({ n: 1, of: 2 });
    expect(second.statement.variant).toBe('BasicAudioProfile 1.2, file 2 of 2');

    // File 1: three SU02 lines with no money, then one line per SY02.02 record (lines 2 and 3).
    expect(first.drafts.map((d) => d.line)).toEqual([6, 7, 10, 2, 3]);
    expect(first.drafts.slice(0, 3).every((d) => d.amount === 0n)).toBe(true);
    expect(first.drafts.slice(3).map((d) => [d.quantity, d.extra.revenue_cell, d.extra.service])).toEqual([
      [0, 'SY02.02 AllocatedRevenue', 'Free'],
      [0, 'SY02.02 AllocatedRevenue', 'Premium'],
    ]);
    // 2.345678 + 7.1
    expect(totalsOf(first.drafts)).toEqual({ GBP: decimalUnits('9.445678') });
    expect(quantityOf(first.drafts)).toBe(6000 + 1500 + 2000);

    expect(second.drafts.map((d) => d.line)).toEqual([6, 7]);
    expect(totalsOf(second.drafts)).toEqual({ GBP: 0n });
    expect(quantityOf(second.drafts)).toBe(1000 + 600);
    expect(second.statement.notes()).toEqual([expect.stringMatching(/imported with file 1 of 2/)]);

    // The usages add up to the summary records' own counts: 9000 free, 2100 premium.
    const byService = new Map<string, number>();
    for (const d of [...first.drafts, ...second.drafts]) byService.set(d.extra.service!, (byService.get(d.extra.service!) ?? 0) + d.quantity);
    expect(Object.fromEntries(byService)).toEqual({ Free: 9000, Premium: 2100 });

    expect(first.statement.checkFooter()).toEqual([]);
    expect(second.statement.checkFooter()).toEqual([]);
    expect(checkDdexReport([first.statement.reportPart(), second.statement.reportPart()])).toEqual([]);
  });

  it('names the missing file and the report-wide counts that no longer add up', async () => {
    const second = await readDsrFile(PART_2);
    expect(checkDdexReport([second.statement.reportPart()])).toEqual([
      'file 1 of 2 is missing',
      "the last file's FOOT says NumberOfLinesInReport = 19, but the files have 8 lines together",
      "the last file's FOOT says NumberOfBlocksInReport = 3, but the files have 1 blocks together",
    ]);
  });

  it('notices a block repeated across the files', async () => {
    const first = await readDsrFile(PART_1);
    const again = { ...first.statement.reportPart(), fileName: 'copy.tsv', part: { n: 2, of: 2 } };
    expect(checkDdexReport([first.statement.reportPart(), again])).toContain(
      `block 1 appears in more than one file: ${first.statement.reportPart().fileName}, copy.tsv`,
    );
  });
});

describe('FOOT records that disagree with the file', () => {
  it('lists every count that is off, with both numbers', async () => {
    const { statement, drafts } = await readDsrFile(BAD_FOOT);
    expect(drafts).toHaveLength(2);
    expect(statement.checkFooter()).toEqual([
      'FOOT says NumberOfLinesInFile = 7, but the file has 6 lines',
      'FOOT says NumberOfSummaryRecords = 2, but the file has 1 summary records',
      'FOOT says NumberOfBlocksInFile = 2, but the file has 1 blocks',
      'FOOT says NumberOfLinesInReport = 7, but the file has 6 lines (the report is this one file)',
      'FOOT says NumberOfBlocksInReport = 2, but the file has 1 blocks (the report is this one file)',
    ]);
  });

  it('says when the FOOT is missing or records follow it', async () => {
    const text = readFileSync(BASIC, 'utf8');
    const cut = await readDsrFile(BASIC, piecesOf(text.slice(0, text.indexOf('#FOOT')), 64));
    expect(cut.statement.checkFooter()).toEqual(['the file has no FOOT record (is it cut short?)']);
    const trailing = await readDsrFile(BASIC, piecesOf(`${text}SU02.02\t2\tS1\tST-0009\t\tRES1\ttrue\t1\t\t\t0.01\n`, 64));
    expect(trailing.statement.checkFooter()).toEqual([
      'SU02.02 record at line 22 comes after the FOOT record',
      'FOOT says NumberOfLinesInFile = 21, but the file has 22 lines',
      'FOOT says NumberOfLinesInReport = 21, but the file has 22 lines (the report is this one file)',
    ]);
  });

  it('counts blank lines inside the file but not a trailing newline or two', async () => {
    const text = readFileSync(BASIC, 'utf8');
    expect((await readDsrFile(BASIC, piecesOf(`${text}\n\n`, 50))).statement.checkFooter()).toEqual([]);
    const blankInside = text.replace('#RE01', '\n#RE01');
    expect((await readDsrFile(BASIC, piecesOf(blankInside, 50))).statement.checkFooter()).toEqual([
      'FOOT says NumberOfLinesInFile = 21, but the file has 22 lines',
      'FOOT says NumberOfLinesInReport = 21, but the file has 22 lines (the report is this one file)',
    ]);
  });

  it('refuses to answer before every line is read', async () => {
    const statement = await readDdexDsr(piecesOf(readFileSync(BASIC, 'utf8'), 100), 'x.tsv');
    expect(() => statement.checkFooter()).toThrow(/read every line/);
  });
});

describe('records that cannot become statement lines', () => {
  const text = readFileSync(BASIC, 'utf8');

  it('rejects a usage record with a bad number, naming its line, record type and cell', async () => {
    const bad = text.replace('\tST-0001\t\tRES1\ttrue\t3120\t', '\tST-0001\t\tRES1\ttrue\t31x0\t');
    const { drafts, rejections } = await readDsrFile(BASIC, piecesOf(bad, 4096));
    expect(rejections).toEqual([
      { line: 13, rejection: 'SU02.02 cell "NumberOfStreams": "31x0" is not a number', raw: expect.stringContaining('31x0') },
    ]);
    expect(drafts).toHaveLength(4);
  });

  it('blames the licensor line when its amount is not a number', async () => {
    const ugc = readFileSync(UGC, 'utf8').replace('\t9.88\t4.94', '\t9.88\tfour');
    const { rejections } = await readDsrFile(UGC, piecesOf(ugc, 4096));
    expect(rejections).toEqual([{ line: 6, rejection: 'LI01 cell "AllocatedAmount": "four" is not a number', raw: expect.stringContaining('four') }]);
  });

  it('blames the licensor line whose amount is more than a line can earn, rather than overflowing the store', async () => {
    const ugc = readFileSync(UGC, 'utf8').replace('\t9.88\t4.94', '\t9.88\t49400000000000000000');
    const { rejections } = await readDsrFile(UGC, piecesOf(ugc, 4096));
    expect(rejections).toEqual([
      { line: 6, rejection: 'LI01 cell "AllocatedAmount": "49400000000000000000" is more than a statement line can earn (at most 10,000,000,000 either way)', raw: expect.stringContaining('494000') },
    ]);
  });

  it('rejects a usage record that points at a resource its block does not have', async () => {
    const bad = text.replace('\tST-0002\t\tRES2\t', '\tST-0002\t\tRES7\t');
    const { rejections } = await readDsrFile(BASIC, piecesOf(bad, 4096));
    expect(rejections.map((r) => [r.line, r.rejection])).toEqual([[14, 'SU02.02 refers to "RES7", which block 1 does not describe']]);
  });

  it('rejects a line that is no DSR record at all', async () => {
    const bad = text.replace('#FOOT', 'Totals\t117.79\n#FOOT');
    const { rejections, statement } = await readDsrFile(BASIC, piecesOf(bad, 4096));
    expect(rejections.map((r) => [r.line, r.rejection])).toEqual([[20, 'not a DSR record: its first cell "TOTALS" is no record type']]);
    expect(statement.checkFooter()).toContain('FOOT says NumberOfLinesInFile = 21, but the file has 22 lines');
  });
});

describe('files that are not DSR files, or not readable as one', () => {
  it('rejects a file whose first record is not HEAD, naming the line', async () => {
    const text = readFileSync(BASIC, 'utf8').split('\n').slice(2).join('\n');
    await expect(readDdexDsr(piecesOf(text, 100), 'x.tsv')).rejects.toMatchObject({
      line: 2,
      message: 'a DDEX DSR file begins with a HEAD record; line 2 is a SY02.02 record',
    });
    await expect(readDdexDsr(piecesOf('', 10), 'x.tsv')).rejects.toBeInstanceOf(DdexDsrError);
  });

  it('rejects a file with no usage period in HEAD or its name', async () => {
    const text = 'HEAD\tdsrf/30\tBasicAudioProfile\t1.2\tM1\t2025-01-01T00:00:00Z\t1\t1\t\t\nFOOT\t2\t2\t0\t0\t0\n';
    await expect(readDdexDsr(piecesOf(text, 100), 'report.tsv')).rejects.toMatchObject({
      line: 1,
      message: expect.stringMatching(/neither HEAD .* nor the file name gives a usage period/),
    });
    // The same HEAD in a file named by the DSR convention takes the name's period.
    const named = await readDdexDsr(piecesOf(text, 100), 'DSR_L_S_Streaming_2025-01_NO_20250201T000000.tsv');
    expect(named.period).toEqual({ start: 20250101, end: 20250131 });
  });

  it('recognises every fixture by its first bytes', () => {
    for (const path of [BASIC, UGC, PART_1, PART_2, BAD_FOOT]) expect(looksLikeDdexDsr(readFileSync(path, 'utf8').slice(0, 4096))).toBe(true);
  });
});
