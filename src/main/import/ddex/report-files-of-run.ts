import { reportPartAfterRunText, reportPartText } from '../../../shared/ddex/report-part-text';
import type { ImportOutcome } from '../import-outcome';

/**
 * One run's outcomes (per file picked, in the order the run imported them) with each file of a
 * multi-file DSR report told about the files of its report the same run imported after it. Each
 * file is its own import, so when the first file of a report is imported its warning can only say
 * the others are not imported yet; once the run is over that is no longer true of those the run
 * brought a moment later (two files picked together, or one zip holding both), and the report was
 * checked across its files when the last of them came. Its warning says so instead, and its
 * `reportPart` keeps only the files still missing, or goes when none are. The Import page and the
 * CLI show the same outcomes, so both say the same.
 */
export function withReportFilesOfRun(perFile: readonly ImportOutcome[][]): ImportOutcome[][] {
  const run = perFile.flat();
  let seen = 0;
  return perFile.map((outcomes) =>
    outcomes.map((outcome) => {
      seen += 1;
      return toldOfLaterFiles(outcome, run.slice(seen));
    }),
  );
}

function toldOfLaterFiles(outcome: ImportOutcome, later: readonly ImportOutcome[]): ImportOutcome {
  const waiting = outcome.reportPart;
  if (outcome.status !== 'imported' || !waiting) return outcome;
  const after = later.flatMap((o) => (o.status === 'imported' && o.reportFile?.report === waiting.report ? [o.reportFile.part] : []));
  const missing = waiting.missing.filter((n) => !after.includes(n));
  if (missing.length === waiting.missing.length) return outcome;
  const said = reportPartText(waiting);
  const { reportPart: _told, ...told } = outcome;
  return {
    ...told,
    warnings: outcome.warnings.map((warning) => (warning === said ? reportPartAfterRunText(waiting, after) : warning)),
    ...(missing.length ? { reportPart: { ...waiting, missing } } : {}),
  };
}
