import { readAmount, readQuantity } from '../field-readers';

type Separator = '.' | ',';

/**
 * Numbers from statements that come with a decimal comma or a decimal point depending on who
 * exported them (Believe, The Orchard, Kontor: the same layout saved in Paris or in New York).
 *
 * Each cell is read by its own evidence when it has any: both marks (`1.234,56`), a mark a
 * thousands group cannot explain (`0,0123`, `12.5`), or several groups (`1.234.567`). The first
 * such cell settles the file's style. Only a cell like `1.234` is truly ambiguous; it is read in
 * the settled style, or the layout's usual one until a cell settles it. A quantity is a whole
 * number, so an ambiguous quantity is always a thousands group.
 */
export class FlexibleDecimals {
  private separator: Separator;
  private settled = false;

  constructor(usual: Separator) {
    this.separator = usual;
  }

  amount(text: string, column: string): bigint {
    const { separator, evidence } = this.separatorOf(text, false);
    const value = readAmount(text, column, { decimalSeparator: separator });
    this.settle(evidence);
    return value;
  }

  quantity(text: string, column: string): number {
    const { separator, evidence } = this.separatorOf(text, true);
    const value = readQuantity(text, column, { decimalSeparator: separator });
    this.settle(evidence);
    return value;
  }

  /** The separator to read `text` with, and whether the text itself proves it (null: ambiguous). */
  private separatorOf(text: string, wholeNumber: boolean): { separator: Separator; evidence: Separator | null } {
    const known = (separator: Separator) => ({ separator, evidence: separator });
    const marks = text.replace(/[eE][+-]?\d+\)?$/, '').replace(/[^\d.,]/g, '');
    const lastDot = marks.lastIndexOf('.');
    const lastComma = marks.lastIndexOf(',');
    if (lastDot < 0 && lastComma < 0) return { separator: this.separator, evidence: null };
    if (lastDot >= 0 && lastComma >= 0) return known(lastDot > lastComma ? '.' : ',');
    const mark: Separator = lastDot >= 0 ? '.' : ',';
    const other: Separator = mark === '.' ? ',' : '.';
    const [whole, ...groups] = marks.split(mark);
    const groupShaped = /^[1-9]\d{0,2}$/.test(whole!) && groups.every((g) => g.length === 3);
    if (!groupShaped) return known(mark);
    if (groups.length > 1) return known(other);
    return { separator: wholeNumber ? other : this.separator, evidence: null };
  }

  /** Only a cell that was read as a number settles the style: junk text proves nothing. */
  private settle(evidence: Separator | null): void {
    if (evidence === null || this.settled) return;
    this.separator = evidence;
    this.settled = true;
  }
}
