import type { DateOrderWitness, SniffedDate } from '../../../../../shared/period/date-order-sniff';

const ORDER_NAMES = { dmy: 'Day first', mdy: 'Month first' } as const;

/** A date's place as the wizard numbers rows: the first row sniffed is the one below the header. */
function where(date: SniffedDate, headerRow: number): string {
  return `${date.cell} on line ${headerRow + 1 + date.row}`;
}

/** The date's first or second number, as printed ("15" of "15/03/2025"). */
function numberOf(date: SniffedDate, place: 0 | 1): string {
  return String(Number(date.cell.split('/')[place]));
}

/** Why the dates point the way they do, in the words of the importer's rule. */
function why(witness: DateOrderWitness, headerRow: number): string {
  const { dayFirst, monthFirst } = witness;
  if (dayFirst && monthFirst) {
    return `${where(dayFirst, headerRow)} can only be day first, but ${where(monthFirst, headerRow)} only month first; `
      + 'an import reads each such date the only way it can, and dates that fit both month first.';
  }
  if (dayFirst) return `${where(dayFirst, headerRow)} has ${numberOf(dayFirst, 0)} as its first number, and no date here reads only month first.`;
  if (monthFirst) return `${where(monthFirst, headerRow)} has ${numberOf(monthFirst, 1)} as its second number.`;
  return 'no date here has a first or second number over 12, so both orders fit; an import then reads month first, as US statements write.';
}

/**
 * What the wizard says beside the date order: the order the dates point to and the date that shows
 * it, or that the dates leave it open. A hand-set order that differs keeps the guess's reason in view.
 * Nothing when the chosen columns hold no dates such as 03/04/2025, as the order then changes nothing.
 */
export function dateOrderReason(witness: DateOrderWitness, headerRow: number, shown: 'mdy' | 'dmy'): string | null {
  if (witness.dates === 0) return null;
  const guess = ORDER_NAMES[witness.order];
  if (shown !== witness.order) return `Set by hand; the dates suggest ${guess.toLowerCase()}: ${why(witness, headerRow)}`;
  return `${guess}: ${why(witness, headerRow)}`;
}
