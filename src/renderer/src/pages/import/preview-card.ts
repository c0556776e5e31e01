import type { ImportPreview, ImportStartRequest } from '../../../../shared/contract/imports';
import { dateTimeLabel, periodLabel } from '../../format/calendar-text';
import { countText, currencyTotals, linesText, type CurrencyTotal } from '../../format/figures-text';
import { withWitnessedDate } from './day-first-note';
import { quarantineNoteText, refusedInStrictMode, strictRefusalText } from './strict-refusal';
import { totalsCheckText } from './totals-check';

export const SAMPLE_LINES_SHOWN = 5;
export const PROBLEMS_SHOWN = 5;

type ImportMode = ImportStartRequest['mode'];

/** The preview's status, or that strict mode will refuse a file the dry run found ready. */
export type PreviewCardStatus = ImportPreview['status'] | 'refusedInStrictMode';

export interface PreviewCard {
  status: PreviewCardStatus;
  statusLabel: string;
  /** The core's sentence, or strict mode's reason, when the file will not be imported as it stands. */
  statusMessage: string | null;
  /** For a file already imported: the imports that hold its content, to say when and as what. */
  duplicateOf: number[];
  /** "DistroKid · 13-column · UTF-8 · header matches 5 of 5 key columns (100%)". */
  formatText: string;
  facts: { label: string; value: string }[];
  totals: CurrencyTotal[];
  notes: string[];
  /** What the file's own totals came to against its lines; only for a file that would be imported. */
  totalsCheck: string | null;
  sample: { columns: string[]; rows: string[][] };
  problems: { where: string; reason: string }[];
  /** Problems beyond those listed, so a long list is not mistaken for the whole story. */
  moreProblems: number;
  /** Earlier imports of the same period: `text` says when it was imported, `replaceText` what replacing it takes away. */
  overlaps: CardOverlap[];
}

export interface CardOverlap {
  importId: number;
  fileName: string;
  text: string;
  /** "march.tsv: sales Mar 2024, 2 lines, $3.75". */
  replaceText: string;
  /** The sale period this file and the earlier import both cover ("Mar 2024"), when both print one. */
  sharedPeriod: string | null;
}

const STATUS_LABELS: Record<PreviewCardStatus, string> = {
  ready: 'Ready',
  duplicate: 'Already imported',
  rejected: 'Rejected',
  refusedInStrictMode: 'Refused in strict mode',
};

const ENCODING_LABELS: Record<string, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  'windows-1252': 'Windows-1252',
  shift_jis: 'Shift_JIS',
};

/** How sure the detection is: the share of the layout's key columns the header has, or a saved mapping's exact match. */
function headerMatchText(match: ImportPreview['headerMatch']): string | null {
  if (!match) return null;
  if (match.kind === 'savedMapping') return `header has exactly the saved mapping’s ${countText(match.columns)} columns`;
  return `header matches ${countText(match.found)} of ${countText(match.total)} key columns (${Math.round((match.found * 100) / match.total)}%)`;
}

function formatText(preview: ImportPreview): string {
  if (!preview.format) return 'Not a statement layout the app recognises';
  const encoding = preview.encoding ? (ENCODING_LABELS[preview.encoding.toLowerCase()] ?? preview.encoding) : null;
  return [preview.format, preview.variant, encoding, headerMatchText(preview.headerMatch)].filter(Boolean).join(' · ');
}

/** The sample's columns in the order the file has them; a short line may lack the last ones. */
function sampleColumns(sample: Record<string, string>[]): string[] {
  const columns: string[] = [];
  for (const line of sample) for (const column of Object.keys(line)) if (!columns.includes(column)) columns.push(column);
  return columns;
}

function notes(preview: ImportPreview, mode: ImportMode): string[] {
  const list: string[] = [];
  const quarantined = refusedInStrictMode(preview, mode) ? null : quarantineNoteText(preview);
  if (quarantined) list.push(quarantined);
  if (preview.unknownColumns.length > 0) {
    const names = preview.unknownColumns.map((column) => `“${column}”`).join(', ');
    list.push(`Columns the app does not use yet: ${names}. They are kept with each line but not counted.`);
  }
  return [...list, ...preview.warnings.map((warning) => withWitnessedDate(warning, preview.sample))];
}

/** The days both cover (ISO days compare as text), or null when either lacks them or they do not meet. */
function sharedPeriod(preview: ImportPreview, overlap: ImportPreview['overlaps'][number]): string | null {
  if (!preview.saleFrom || !preview.saleTo) return null;
  const from = preview.saleFrom > overlap.saleFrom ? preview.saleFrom : overlap.saleFrom;
  const to = preview.saleTo < overlap.saleTo ? preview.saleTo : overlap.saleTo;
  return from <= to ? periodLabel(from, to) : null;
}

/**
 * A duplicate's own sentence, in place of the core's, which dates the earlier import as an ISO day:
 * the card says when and as what below it, in the app's words for dates.
 */
function duplicateText(preview: ImportPreview): string {
  return `${preview.fileName} is already imported, with the same content: importing it again changes nothing.`;
}

/** What a file's card shows, worked out from the core's preview of importing it. */
export function previewCard(preview: ImportPreview, mode: ImportMode): PreviewCard {
  const sale = periodLabel(preview.saleFrom, preview.saleTo);
  const reporting = periodLabel(preview.reportingFrom, preview.reportingTo);
  const facts = [
    { label: 'Lines', value: countText(preview.lines) },
    { label: 'Importable', value: countText(preview.importable) },
    { label: 'Rejected', value: countText(preview.rejected) },
    { label: 'Quantity', value: countText(preview.quantity) },
    ...(sale ? [{ label: 'Sale period', value: sale }] : []),
    ...(reporting ? [{ label: 'Reporting period', value: reporting }] : []),
  ];
  const sampleLines = preview.sample.slice(0, SAMPLE_LINES_SHOWN);
  const columns = sampleColumns(sampleLines);
  const strictRefusal = refusedInStrictMode(preview, mode);
  const status: PreviewCardStatus = strictRefusal ? 'refusedInStrictMode' : preview.status;
  const statusMessage = strictRefusal ? strictRefusalText(preview) : preview.status === 'ready' ? null : preview.status === 'duplicate' ? duplicateText(preview) : preview.message;
  // A refused file's sentence already names its first problem; listing it again says nothing new.
  const listed = statusMessage ? preview.problems.filter((problem) => !statusMessage.includes(problem.reason)) : preview.problems;
  const problems = listed.slice(0, PROBLEMS_SHOWN);
  const accountedFor = preview.problems.length - listed.length + problems.length;
  return {
    status,
    statusLabel: STATUS_LABELS[status],
    statusMessage,
    duplicateOf: preview.status === 'duplicate' ? (preview.duplicateOf ?? []) : [],
    formatText: formatText(preview),
    facts,
    totals: currencyTotals(preview.amounts),
    notes: notes(preview, mode),
    totalsCheck: preview.status === 'ready' && preview.reconciliation ? totalsCheckText(preview.reconciliation) : null,
    sample: { columns, rows: sampleLines.map((line) => columns.map((column) => line[column] ?? '')) },
    problems: problems.map((problem) => ({ where: problem.line === null ? 'File' : `Line ${problem.line}`, reason: problem.reason })),
    moreProblems: Math.max(0, Math.max(preview.rejected, preview.problems.length) - accountedFor),
    overlaps: preview.overlaps.map((overlap) => {
      const sales = `sales ${periodLabel(overlap.saleFrom, overlap.saleTo) ?? 'of unknown dates'}`;
      const earned = currencyTotals(overlap.amounts).map((total) => total.text);
      return {
        importId: overlap.importId,
        fileName: overlap.fileName,
        text: `${overlap.fileName} (${sales}, imported ${dateTimeLabel(overlap.importedAt)})`,
        replaceText: `${overlap.fileName}: ${[sales, linesText(overlap.imported), ...earned].join(', ')}`,
        sharedPeriod: sharedPeriod(preview, overlap),
      };
    }),
  };
}
