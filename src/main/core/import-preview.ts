import type { ImportPreview } from '../../shared/contract/imports';
import type { ImportOutcome } from '../import/import-outcome';

const PROBLEMS_SHOWN = 50;

/** A dry-run outcome in the words of the preview: ready, already there, or refused. */
export function toPreview(stagedId: string, fileName: string, outcome: ImportOutcome): ImportPreview {
  return {
    stagedId,
    fileName,
    status: outcome.status === 'imported' ? 'ready' : outcome.status === 'duplicate' ? 'duplicate' : 'rejected',
    message: outcome.message,
    format: outcome.format,
    variant: outcome.variant,
    encoding: outcome.encoding,
    lines: outcome.lines,
    importable: outcome.imported,
    rejected: outcome.rejected,
    quantity: outcome.quantity,
    amounts: outcome.amounts,
    saleFrom: outcome.saleFrom,
    saleTo: outcome.saleTo,
    reportingFrom: outcome.reportingFrom,
    reportingTo: outcome.reportingTo,
    sample: outcome.sample,
    problems: outcome.problems.slice(0, PROBLEMS_SHOWN),
    unknownColumns: outcome.unknownColumns,
    overlaps: outcome.overlaps,
    warnings: outcome.warnings,
  };
}
