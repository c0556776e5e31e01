import type { DayRange } from '../../../shared/period/sale-period';
import { readDsrFileName } from './dsr-file-name';
import { readDsrDate, readDsrPeriod, readDsrTimestampDay } from './dsr-period';
import type { DsrRecord } from './dsr-record';

/** What a DSR file says about itself, from its HEAD record and, where HEAD is silent, its name. */
export interface DsrHeadFacts {
  profile: string;
  profileVersion: string;
  messageId: string;
  /** The DSP: HEAD's SenderName, else the name's sender, else HEAD's SenderPartyId. */
  sender: string;
  recipient: string;
  /** The service tier (ServiceDescription), e.g. `AdSupport-music`. */
  service: string;
  /** The file name's TerritoryOfUseOrSale; '' when absent. */
  territory: string;
  period: DayRange;
  /** The day the report was created: HEAD's MessageCreatedDateTime, else the file name's stamp. */
  reportingDay: number | null;
  part: { n: number; of: number } | null;
  /** Who the recipient speaks for: its name and party id and HEAD's RepresentedRepertoire. */
  recipientNames: string[];
  ugc: boolean;
  /** Disagreements between HEAD and the file name, for the user to see. */
  notes: string[];
}

export class DsrHeadError extends Error {}

function wholeNumber(text: string): number | null {
  return /^\d+$/.test(text) ? Number(text) : null;
}

function partOf(head: DsrRecord, fromName: DsrHeadFacts['part'], notes: string[]): DsrHeadFacts['part'] {
  const n = wholeNumber(head.text('FileNumber'));
  const of = wholeNumber(head.text('NumberOfFiles'));
  const fromHead = n !== null && of !== null ? { n, of } : null;
  if (fromHead && fromName && (fromHead.n !== fromName.n || fromHead.of !== fromName.of)) {
    notes.push(`HEAD says file ${fromHead.n} of ${fromHead.of}, the file name says ${fromName.n} of ${fromName.of}`);
  }
  const part = fromHead ?? fromName;
  // A one-file report is not a "part" of anything.
  return part && part.of > 1 ? part : null;
}

function periodOf(head: DsrRecord, namePeriod: string): DayRange {
  const start = readDsrDate(head.text('UsageStartDate'));
  const end = readDsrDate(head.text('UsageEndDate'));
  if (start && end && start.start <= end.end) return { start: start.start, end: end.end };
  const fromName = readDsrPeriod(namePeriod);
  if (fromName) return fromName;
  const printed = `${head.text('UsageStartDate')}–${head.text('UsageEndDate')}`;
  throw new DsrHeadError(
    `neither HEAD (UsageStartDate/UsageEndDate "${printed}") nor the file name gives a usage period this app can read`,
  );
}

export function readHeadFacts(head: DsrRecord, fileName: string): DsrHeadFacts {
  const name = readDsrFileName(fileName);
  const notes: string[] = [];
  const senderName = head.text('SenderName');
  const recipientName = head.text('RecipientName');
  const recipientId = head.text('RecipientPartyId');
  const profile = head.text('Profile');
  return {
    profile,
    profileVersion: head.text('ProfileVersion'),
    messageId: head.text('MessageId'),
    sender: senderName || name?.sender || head.text('SenderPartyId'),
    recipient: recipientName || recipientId || name?.recipient || '',
    service: head.text('ServiceDescription') || name?.service || '',
    territory: name?.territory ?? '',
    period: periodOf(head, name?.period ?? ''),
    reportingDay: readDsrTimestampDay(head.text('MessageCreatedDateTime')) ?? readDsrTimestampDay(name?.created ?? ''),
    part: partOf(head, name?.part ?? null, notes),
    recipientNames: [recipientName, recipientId, ...head.values('RepresentedRepertoire')].filter((n) => n !== ''),
    ugc: /ugc/i.test(profile),
    notes,
  };
}
