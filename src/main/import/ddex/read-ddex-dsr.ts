import type { DayRange } from '../../../shared/period/sale-period';
import { DsrFooterTally, type FootComparison } from './dsr-footer';
import { DsrHeadError, readHeadFacts, type DsrHeadFacts } from './dsr-head';
import { physicalLines } from './dsr-lines';
import { DsrRecordReader, type DsrRecord, type ReadLine } from './dsr-record';
import type { DdexReportPart } from './dsr-report';
import { DsrSummaries } from './dsr-summaries';
import { DsrUsageMapper, isUsageRecord, type DdexLine } from './dsr-usage';

/**
 * DDEX DSR flat files cannot go through the one-header CSV path: each line is a record of its
 * own type, `#` lines name the cells per type, and a usage line only makes sense joined to the
 * release and resource records of its block and to the summary record it points to. So this
 * module reads a DSR file on its own and hands the pipeline finished statement lines.
 *
 * Streaming: the promise resolves once HEAD and the summary records are read (the statement's
 * facts are known then); `lines` reads on, holding one block at a time (blocks are small: one
 * release and its tracks). `checkFooter()` is answered after `lines` has been read to the end.
 */
export interface DdexStatement {
  profile: string;
  profileVersion: string;
  messageId: string;
  /** The usage period (yyyymmdd, inclusive): HEAD's UsageStartDate/UsageEndDate, else the file name's. */
  period: DayRange;
  sender: string;
  recipient: string;
  service: string;
  /** The report's one currency when its summary records agree on one; null otherwise (then per line). */
  currency: string | null;
  /** This file's place in a multi-file report; null for a one-file report. */
  part: { n: number; of: number } | null;
  /** For ImportOutcome.variant: profile, version and part. */
  variant: string;
  /** One entry per usage record (and per summary record when only those carry money), in file order. */
  lines: AsyncIterable<DdexLine>;
  /** FOOT's counts that disagree with the file, with both numbers; a missing FOOT; records after it. */
  checkFooter(): string[];
  /** Every count FOOT states that this file can be checked against, next to what was counted. */
  footerCounts(): FootComparison[];
  /** Things worth telling the user that are not errors (HEAD vs file name, where revenue came from). */
  notes(): string[];
  /** This file's facts for checkDdexReport() across the files of a multi-file report. */
  reportPart(): DdexReportPart;
  /**
   * Lets go of the file. Reading `lines` to the end does so too; a reader that stops early (a
   * strict rejection, a failure) calls this so the file is not held open until it is collected.
   */
  close(): Promise<void>;
}

/** The file as a whole cannot be read as a DSR (no HEAD, no usable period). */
export class DdexDsrError extends Error {
  constructor(
    readonly line: number | null,
    reason: string,
  ) {
    super(reason);
  }
}

const RECORD_START = /^#?(?:SY\d{2}|RE\d{2}|AS\d{2}|MW\d{2}|SU\d{2}|LI\d{2}|SR\d{2}|FOOT|SRFO)(?:\.\d{1,2})?(?:\t|$)/i;

/**
 * Whether decoded text (the first part of a file) is a DSR flat file: its first record is HEAD,
 * and HEAD names a profile or a `dsrf/` message version, or DSR record types follow it.
 */
export function looksLikeDdexDsr(headText: string): boolean {
  const lines = headText.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/).filter((l) => l.trim() !== '').slice(0, 50);
  const first = lines.find((l) => !l.startsWith('#'));
  if (first === undefined || !/^HEAD\t/i.test(first)) return false;
  if (first.split('\t').some((cell) => /^dsrf\//i.test(cell.trim()) || /profile$/i.test(cell.trim()))) return true;
  return lines.some((l) => RECORD_START.test(l));
}

function isSummaryRecord(record: DsrRecord): boolean {
  return /^SY\d{2}$/.test(record.baseType);
}

function isFooterRecord(record: DsrRecord): boolean {
  return record.type === 'FOOT' || record.type === 'SRFO';
}

/** Records grouped by BlockId; a record without a BlockId cell in its layout has it in cell 2. */
function blockIdOf(record: DsrRecord): string {
  return record.has('BlockId') ? record.text('BlockId') : record.at(1);
}

interface Pending {
  line: number;
  text: string;
  read: ReadLine;
}

/** Reads HEAD and the summary records; returns the first line after them, already counted. */
async function readHeaderSection(
  source: AsyncIterator<{ line: number; text: string }>,
  reader: DsrRecordReader,
  tally: DsrFooterTally,
  summaries: DsrSummaries,
): Promise<{ head: DsrRecord; pending: Pending | null }> {
  let head: DsrRecord | null = null;
  for (let next = await source.next(); !next.done; next = await source.next()) {
    const { line, text } = next.value;
    const read = reader.read(line, text);
    tally.line(read.kind === 'blank');
    if (read.kind === 'blank' || read.kind === 'comment') continue;
    if (head === null) {
      const what = read.kind === 'record' ? `a ${read.record.type} record` : `"${text.slice(0, 40)}"`;
      if (read.kind !== 'record' || read.record.type !== 'HEAD') throw new DdexDsrError(line, `a DDEX DSR file begins with a HEAD record; line ${line} is ${what}`);
      head = read.record;
      continue;
    }
    if (read.kind === 'record' && isSummaryRecord(read.record)) {
      summaries.add(read.record);
      tally.summary();
      continue;
    }
    return { head, pending: { line, text, read } };
  }
  if (head === null) throw new DdexDsrError(null, 'the file has no HEAD record');
  return { head, pending: null };
}

/**
 * Reads a DSR flat file from decoded text chunks. Rejects (DdexDsrError) when the file does not
 * begin with HEAD or no usage period can be found; everything else is reported per line or by
 * checkFooter() / notes().
 */
export async function readDdexDsr(textChunks: AsyncIterable<string>, fileName: string): Promise<DdexStatement> {
  const source = physicalLines(textChunks)[Symbol.asyncIterator]();
  const reader = new DsrRecordReader();
  const tally = new DsrFooterTally();
  const summaries = new DsrSummaries();
  let head: DsrRecord;
  let pending: Pending | null;
  let facts: DsrHeadFacts;
  try {
    ({ head, pending } = await readHeaderSection(source, reader, tally, summaries));
    try {
      facts = readHeadFacts(head, fileName);
    } catch (error) {
      if (error instanceof DsrHeadError) throw new DdexDsrError(head.line, error.message);
      throw error;
    }
  } catch (error) {
    // Nobody will read on: let go of the file now rather than when the stream is collected.
    await source.return?.(undefined);
    throw error;
  }
  const mapper = new DsrUsageMapper(facts, summaries);
  const notes: string[] = [];
  let consumed = false;
  let footSeen = false;
  let block: { id: string; records: DsrRecord[] } | null = null;

  const flush = (): DdexLine[] => {
    if (block === null) return [];
    const done = block;
    block = null;
    return mapper.block(done.id, done.records);
  };

  const handle = ({ line, text, read }: Pending): DdexLine[] => {
    if (read.kind === 'blank' || read.kind === 'comment') return [];
    if (read.kind === 'unreadable') return [{ line, rejection: read.reason, raw: text }];
    const record = read.record;
    if (footSeen) {
      tally.afterFooter(record);
      return [];
    }
    if (isFooterRecord(record)) {
      tally.footer(record);
      footSeen = true;
      return flush();
    }
    if (record.type === 'HEAD') {
      notes.push(`a second HEAD record at line ${line} was ignored`);
      return [];
    }
    if (isSummaryRecord(record)) {
      // Out of place after the blocks, but still a summary record FOOT counts and lines may point to.
      summaries.add(record);
      tally.summary();
      return [];
    }
    if (isUsageRecord(record) && /^SR/.test(record.baseType)) return [...flush(), mapper.single(record)];
    const id = blockIdOf(record);
    tally.block(id, line);
    const out = block !== null && block.id !== id ? flush() : [];
    block ??= { id, records: [] };
    block.records.push(record);
    return out;
  };

  async function* lines(): AsyncGenerator<DdexLine> {
    if (pending) yield* handle(pending);
    for (let next = await source.next(); !next.done; next = await source.next()) {
      const { line, text } = next.value;
      const read = reader.read(line, text);
      tally.line(read.kind === 'blank');
      yield* handle({ line, text, read });
    }
    yield* flush();
    yield* mapper.summaryLines();
    consumed = true;
  }

  const afterReading = <T>(answer: () => T): T => {
    if (!consumed) throw new Error('read every line of the DDEX statement before asking for its footer checks, notes or report facts');
    return answer();
  };
  const part = facts.part;
  return {
    profile: facts.profile,
    profileVersion: facts.profileVersion,
    messageId: facts.messageId,
    period: facts.period,
    sender: facts.sender,
    recipient: facts.recipient,
    service: facts.service,
    currency: summaries.currency(),
    part,
    variant: `${[facts.profile || 'DSR', facts.profileVersion].filter((s) => s !== '').join(' ')}${part ? `, file ${part.n} of ${part.of}` : ''}`,
    lines: lines(),
    checkFooter: () => afterReading(() => tally.check(part)),
    footerCounts: () => afterReading(() => tally.comparisons(part)),
    notes: () => afterReading(() => [...facts.notes, ...notes, ...mapper.observations()]),
    reportPart: () => afterReading(() => ({ fileName, messageId: facts.messageId, part, footer: tally.facts() })),
    close: async () => {
      await source.return?.(undefined);
    },
  };
}
