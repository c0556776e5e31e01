import { witnessDateOrder } from '../../../../shared/period/date-order-sniff';

/** The importer's stand-in example in its day-first warning, written before any line is read. */
const STAND_IN = 'dates such as 13/04 that cannot be month first';

/**
 * The importer's day-first warning with a date the card's own sample lines hold, by the same rule
 * the mapping wizard names its date by (`witnessDateOrder`). When the sample lines hold none (the
 * importer saw more lines than the card has), the warning stays as the importer wrote it.
 */
export function withWitnessedDate(warning: string, sample: readonly Record<string, string>[]): string {
  if (!warning.includes(STAND_IN)) return warning;
  const { dayFirst } = witnessDateOrder(sample.map((line) => Object.values(line)));
  return dayFirst ? warning.replace(STAND_IN, `dates such as ${dayFirst.cell} that cannot be month first`) : warning;
}
