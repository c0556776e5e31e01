import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkDdexReport, looksLikeDdexDsr, noteReportPart } from '../../../../src/main/import/ddex';
import { decimalUnits, importFile, openTempStore, rowCount } from '../temp-store';
import { readDsrFile, totalsOf } from './read-dsr';

/**
 * The DDEX reference parser's sample files (Apache-2.0), read from beside the repository and
 * never copied into it (see their NOTICE). Everything expected here is worked out from the raw
 * text by the few lines of parsing below, not by the app's reader.
 */
const SAMPLES = fileURLToPath(new URL('../../../../../shared/fixtures/ddex/', import.meta.url));
const present = existsSync(SAMPLES);
if (!present) console.warn(`DDEX reference samples not found at ${SAMPLES}: the shared-sample DDEX tests are skipped.`);

const FOOT_NAMES = ['NumberOfLinesInFile', 'NumberOfLinesInReport', 'NumberOfSummaryRecords', 'NumberOfBlocksInFile', 'NumberOfBlocksInReport'];

interface Expected {
  usageLines: number;
  usages: number;
  /** The recipient's licensor amounts, per currency (the only money the samples carry per usage). */
  totals: Record<string, bigint>;
  /** What FOOT claims that a plain count of the text contradicts. */
  footDisagreements: string[];
}

/** Independent reading of a sample: tab-split lines, `#` lines for names, nothing else. */
function expectedFrom(text: string): Expected {
  const lines = text.replace(/\n$/, '').split('\n').map((l) => l.replace(/\r$/, ''));
  const names = new Map<string, string[]>();
  for (const l of lines) if (l.startsWith('#')) names.set(l.slice(1).split('\t')[0]!, l.split('\t').slice(1));
  const cell = (type: string, cells: string[], name: string) => {
    const i = (names.get(type) ?? []).findIndex((n) => n.toLowerCase() === name.toLowerCase());
    return i < 0 ? '' : (cells[i + 1] ?? '');
  };
  const records = lines.filter((l) => !l.startsWith('#') && l.trim() !== '').map((l) => l.split('\t'));
  const head = records.find((r) => r[0] === 'HEAD')!;
  const recipient = new Set(
    [cell('HEAD', head, 'RecipientName'), cell('HEAD', head, 'RecipientPartyId'), ...cell('HEAD', head, 'RepresentedRepertoire').split('|')]
      .filter((n) => n !== '')
      .map((n) => n.toLowerCase()),
  );
  const usageRecords = records.filter((r) => /^SU\d\d/.test(r[0]!));
  const totals: Record<string, bigint> = {};
  for (const r of records.filter((x) => /^LI\d\d/.test(x[0]!))) {
    const controller = cell(r[0]!, r, 'RightsController').toLowerCase();
    if (recipient.size && controller !== '' && !recipient.has(controller)) continue;
    const summary = records.find((s) => /^SY/.test(s[0]!) && cell(s[0]!, s, 'SummaryRecordId') === cell(r[0]!, r, 'SummaryRecordId'))!;
    const currency = cell(summary[0]!, summary, 'Currency') || cell(summary[0]!, summary, 'CurrencyOfReporting');
    totals[currency] = (totals[currency] ?? 0n) + decimalUnits(cell(r[0]!, r, 'AllocatedAmount'));
  }
  const foot = records.find((r) => r[0] === 'FOOT')!;
  const footNames = names.get('FOOT') ?? FOOT_NAMES;
  const stated = (name: string) => foot[footNames.indexOf(name) + 1] ?? '';
  const blocks = new Set(records.filter((r) => !/^(HEAD|FOOT|SY)/.test(r[0]!)).map((r) => r[1]));
  const counted: [string, number, string][] = [
    ['NumberOfLinesInFile', lines.length, 'lines'],
    ['NumberOfSummaryRecords', records.filter((r) => /^SY/.test(r[0]!)).length, 'summary records'],
    ['NumberOfBlocksInFile', blocks.size, 'blocks'],
  ];
  const footDisagreements = counted
    .filter(([name, n]) => stated(name) !== '' && Number(stated(name)) !== n)
    .map(([name, n, what]) => `FOOT says ${name} = ${stated(name)}, but the file has ${n} ${what}`);
  return {
    usageLines: usageRecords.length,
    usages: usageRecords.reduce((sum, r) => sum + Number(cell(r[0]!, r, 'Usages') || cell(r[0]!, r, 'NumberOfStreams')), 0),
    totals,
    footDisagreements,
  };
}

const files = present ? readdirSync(SAMPLES).filter((f) => f.endsWith('.tsv')).sort() : [];

describe.skipIf(!present)(`DDEX reference samples in ${SAMPLES}${present ? '' : ' (SKIPPED: folder not found)'}`, () => {
  it('finds the samples', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)('%s: lines, usages and money equal an independent sum of the raw text; FOOT checked against it', async (name) => {
    const path = join(SAMPLES, name);
    const text = readFileSync(path, 'utf8');
    const expected = expectedFrom(text);
    expect(looksLikeDdexDsr(text.slice(0, 4096))).toBe(true);

    const { statement, drafts, rejections } = await readDsrFile(path);
    expect(rejections).toEqual([]);
    expect(drafts).toHaveLength(expected.usageLines);
    expect(drafts.reduce((sum, d) => sum + d.quantity, 0)).toBe(expected.usages);
    const totals = totalsOf(drafts);
    for (const currency of Object.keys(expected.totals)) expect(totals[currency], currency).toBe(expected.totals[currency]);
    expect(Object.keys(totals).sort()).toEqual(Object.keys(expected.totals).sort());

    // The reader's FOOT problems are exactly the disagreements the plain count finds.
    const problems = statement.checkFooter();
    expect(problems.filter((p) => !/NumberOf\w+InReport/.test(p))).toEqual(expected.footDisagreements);
  });

  it('the one sample written to the full standard (YouTube UGC, 2015-Q4) passes FOOT validation and totals 198.88 USD', async () => {
    const youtube = files.find((f) => f.includes('YouTube'));
    expect(youtube).toBeDefined();
    const { statement, drafts } = await readDsrFile(join(SAMPLES, youtube!));
    expect(statement.checkFooter()).toEqual([]);
    // 125.23 + 0.0 + 30.32 + 20.98 + 10.86 + 11.49, every rights controller being in HEAD's represented repertoire
    expect(totalsOf(drafts)).toEqual({ USD: decimalUnits('198.88') });
    expect(statement.notes()).toEqual([]);
  });

  it('the AdSupport samples, written for a test schema, carry FOOT 123 for 7 lines, and the reader says so', async () => {
    for (const name of files.filter((f) => f.includes('_AdSupport_'))) {
      const { statement, drafts } = await readDsrFile(join(SAMPLES, name));
      expect(drafts).toEqual([]);
      expect(statement.checkFooter()).toEqual(['FOOT says NumberOfLinesInFile = 123, but the file has 7 lines']);
    }
  });

  it('the 1of2/2of2 samples are read as parts of one report, whose shared block 1 is reported', async () => {
    const parts = await Promise.all(files.filter((f) => /_[12]of2_/.test(f)).map(async (f) => (await readDsrFile(join(SAMPLES, f))).statement));
    expect(parts.map((p) => p.part)).toEqual([{ n: 1, of: 2 }, { n: 2, of: 2 }]);
    expect(checkDdexReport(parts.map((p) => p.reportPart()))).toContain(`block 1 appears in more than one file: ${files.filter((f) => /_[12]of2_/.test(f)).join(', ')}`);
  });

  it('the 1of2/2of2 samples, without a MessageId, are tied by their file name and checked together once both are kept', async () => {
    const names = files.filter((f) => /_[12]of2_/.test(f));
    const report = 'Report DSR_PADPIDA2014999999Z_PADPIDA2014111801Y_AdSupport_2015-02_AU_*of2_20150723T092522.tsv from PADPIDA2014111801Y';
    const store = openTempStore();
    try {
      // Through the pipeline each is refused (no usage lines), and a refused file is no part of any report: it says nothing of the other.
      for (const name of names) {
        const outcome = await importFile(store.db, join(SAMPLES, name), { mode: 'lenient' });
        expect(outcome.status).toBe('rejected');
        expect(outcome.warnings).toEqual(['The FOOT record disagrees with the file: FOOT says NumberOfLinesInFile = 123, but the file has 7 lines.']);
        expect(outcome.reportPart).toBeUndefined();
      }
      expect(rowCount(store.db, 'ddex_report_part')).toBe(0);

      const standings = [];
      for (const name of names) {
        const { statement } = await readDsrFile(join(SAMPLES, name));
        const batch = store.db
          .prepare(
            `INSERT INTO import_batch (file_name, file_sha256, byte_length, format, format_variant, encoding, status, line_count,
               imported_count, rejected_count, quantity_total, totals_json, imported_at)
             VALUES (?, ?, 0, 'ddex-dsr', ?, 'utf-8', 'imported', 0, 0, 0, 0, '{}', '2025-01-01T00:00:00Z')`,
          )
          .run(name, name, statement.variant);
        standings.push(noteReportPart(store.db, Number(batch.lastInsertRowid), statement.sender, statement.reportPart()));
      }
      expect(standings[0]!.warnings).toEqual([
        `${report} has 2 files and file 2 is not imported yet: its figures are incomplete until then, and the report is checked across its files once they are in.`,
      ]);
      expect(standings[1]!.warnings).toContain(`${report}, checked across its 2 files: block 1 appears in more than one file: ${names.join(', ')}.`);
      expect(standings[1]!.note).toBeNull();
    } finally {
      store.cleanup();
    }
  });
});

