import type { ReportPartWaiting } from '../contract/imports';

function listed(numbers: readonly number[]): string {
  return numbers.length === 1 ? String(numbers[0]) : `${numbers.slice(0, -1).join(', ')} and ${numbers.at(-1)}`;
}

const files = (numbers: readonly number[], one: string, several: string) =>
  numbers.length === 1 ? `file ${numbers[0]} ${one}` : `files ${listed(numbers)} ${several}`;

/**
 * What a file of a multi-file DSR report says of the report's other files: those not in the store
 * are not imported yet; those staged with it (beside it on the Import page, or in the same zip)
 * are imported in the same run, each as its own import, and the report is checked across its
 * files when the last of them is in (noteReportPart). The importer's warning is this sentence
 * with none staged, so the Import page can find it among a preview's warnings and reword it.
 */
export function reportPartText({ named, of, missing }: ReportPartWaiting, staged: readonly number[] = []): string {
  const coming = missing.filter((n) => staged.includes(n));
  const waiting = missing.filter((n) => !staged.includes(n));
  const incomplete = 'its figures are incomplete until then, and the report is checked across its files once they are in';
  if (coming.length === 0) return `${named} has ${of} files and ${files(waiting, 'is', 'are')} not imported yet: ${incomplete}`;
  const withIt = files(coming, 'is', 'are');
  if (waiting.length === 0) {
    return `${named} has ${of} files and ${withIt} staged with it: they are imported together, each as its own import, and the report is checked across its files once the last of them is in`;
  }
  return `${named} has ${of} files: ${withIt} staged with it and imported together with it, but ${files(waiting, 'is', 'are')} not imported yet: ${incomplete}`;
}
