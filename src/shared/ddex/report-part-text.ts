import type { ReportPartWaiting } from '../contract/imports';

function listed(numbers: readonly number[]): string {
  return numbers.length === 1 ? String(numbers[0]) : `${numbers.slice(0, -1).join(', ')} and ${numbers.at(-1)}`;
}

const files = (numbers: readonly number[], one: string, several: string) =>
  numbers.length === 1 ? `file ${numbers[0]} ${one}` : `files ${listed(numbers)} ${several}`;

// Each sentence below ends with a full stop, as the importer's other warnings do: the Import page
// and the CLI show it among them.
const INCOMPLETE = 'its figures are incomplete until then, and the report is checked across its files once they are in';

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
  if (coming.length === 0) return `${named} has ${of} files and ${files(waiting, 'is', 'are')} not imported yet: ${INCOMPLETE}.`;
  const withIt = files(coming, 'is', 'are');
  if (waiting.length === 0) {
    return `${named} has ${of} files and ${withIt} staged with it: they are imported together, each as its own import, and the report is checked across its files once the last of them is in.`;
  }
  return `${named} has ${of} files: ${withIt} staged with it and imported together with it, but ${files(waiting, 'is', 'are')} not imported yet: ${INCOMPLETE}.`;
}

/**
 * The same warning once the run that imported the file is over, for the files of its report that
 * the run imported after it (`after`): those came, and the report was checked across its files
 * when the last of them was in (what the check found is said on that file); the others are still
 * not imported. The importer can only say "not imported yet", as each file is its own import.
 */
export function reportPartAfterRunText(waiting: ReportPartWaiting, after: readonly number[]): string {
  const { named, of, missing } = waiting;
  const came = missing.filter((n) => after.includes(n));
  const still = missing.filter((n) => !after.includes(n));
  if (came.length === 0) return reportPartText(waiting);
  const cameText = `${files(came, 'was', 'were')} imported after it in this run`;
  if (still.length === 0) return `${named} has ${of} files: ${cameText}, and the report was checked across its files then.`;
  return `${named} has ${of} files: ${cameText}, but ${files(still, 'is', 'are')} not imported yet: ${INCOMPLETE}.`;
}
