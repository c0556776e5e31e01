import type { ImportPreview, ReportPartWaiting } from '../../../../shared/contract/imports';
import { reportPartText } from '../../../../shared/ddex/report-part-text';
import type { ImportMode } from '../../stores/import-store';
import { isImportable, type StagedStatements } from './staged-overlaps';

/** The files of each report that the staged files sent by Import bring, by report. */
function stagedPlaces(entries: readonly StagedStatements[], mode: ImportMode): Map<string, ReportPartWaiting[]> {
  const places = new Map<string, ReportPartWaiting[]>();
  for (const entry of entries) {
    if (!isImportable(entry, mode)) continue;
    for (const place of entry.preview.reportParts ?? []) places.set(place.report, [...(places.get(place.report) ?? []), place]);
  }
  return places;
}

/**
 * A staged DDEX report file's preview, its "not imported yet" warning reworded for the files of its
 * report staged with it (beside it, or in the same zip) that Import sends too: the dry run sees
 * only the store, but Import brings them in the same run, and the report is checked across its
 * files once the last is in. A file Import does not send (refused, or refused in strict mode)
 * neither counts nor is reworded.
 */
export function withStagedReportParts(entry: StagedStatements, entries: readonly StagedStatements[], mode: ImportMode): ImportPreview | null {
  const { preview } = entry;
  if (!preview?.reportParts || !isImportable(entry, mode)) return preview;
  const places = stagedPlaces(entries, mode);
  let warnings = preview.warnings;
  for (const waiting of preview.reportParts) {
    const staged = (places.get(waiting.report) ?? []).filter((other) => other !== waiting).map((other) => other.part);
    if (!waiting.missing.some((n) => staged.includes(n))) continue;
    const said = reportPartText(waiting);
    // In a zip, the warning may open with its document's name (see ImportPreview.reportParts).
    warnings = warnings.map((warning) => (warning === said || warning.endsWith(`: ${said}`) ? warning.slice(0, -said.length) + reportPartText(waiting, staged) : warning));
  }
  return warnings === preview.warnings ? preview : { ...preview, warnings };
}
