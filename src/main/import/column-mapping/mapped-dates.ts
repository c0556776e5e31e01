import type { DateOrder, DayRange } from '../../../shared/period/sale-period';
import { readAnyPeriod } from '../formats/column-kit';
import { LineRejection } from '../statement-line';

/** `03/04/2025`, `3-4-25`, with an optional time after it: the spellings whose order is ambiguous. */
const NUMERIC_DATE = /^(\d{1,2})[/-](\d{1,2})[/-](\d{2}|\d{4})(?:\s+\S.*)?$/;

/**
 * Reads a date or period as the mapping's user said dates are ordered. The period parser reads
 * slash dates month first and swaps the two only when the first cannot be a month; a mapping
 * knows better, so a day-first `03/04/2025` is the 3rd of April and a month-first `13/04/2025`
 * is refused rather than guessed at.
 */
export function readMappedPeriod(text: string, column: string, order: DateOrder): DayRange {
  const value = text.trim();
  const numeric = NUMERIC_DATE.exec(value);
  if (!numeric) return readAnyPeriod(value, column);
  const [first, second] = [Number(numeric[1]), Number(numeric[2])];
  const [month, day] = order === 'mdy' ? [first, second] : [second, first];
  if (month < 1 || month > 12) {
    throw new LineRejection(`column "${column}": "${value}" is not a ${order === 'mdy' ? 'month/day/year' : 'day/month/year'} date`);
  }
  try {
    // Month first, as the period parser reads slash dates; the month is valid, so it swaps nothing.
    return readAnyPeriod(`${month}/${day}/${numeric[3]}`, column);
  } catch (error) {
    if (!(error instanceof LineRejection)) throw error;
    throw new LineRejection(`column "${column}": "${value}" is not a valid date`);
  }
}
