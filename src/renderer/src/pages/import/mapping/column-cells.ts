import { saleTypeFromWords } from '../../../../../shared/catalogue/sale-type-words';

/**
 * What a column's cells must show for a clue that its name alone cannot settle: `whole numbers`
 * for a count ("Ventes" counts sales in one statement and sums their money in another), `sale
 * words` for a name that may be some other kind ("Type", "Product Type").
 */
export type CellCheck = 'whole numbers' | 'sale words';

/**
 * A figure with a fractional part: "3,456789", "1.234,56", "(0.50)", "$1,234.56". Three digits
 * after the only mark prove nothing, as 1,200 and 1.200 group thousands in one style or the other.
 */
function showsFraction(cell: string): boolean {
  const mark = /^\D*[\d.,\s']*?([.,])(\d+)\D*$/.exec(cell.trim());
  if (!mark) return false;
  const marks = new Set(cell.replace(/[^.,]/g, ''));
  return marks.size > 1 || mark[2]!.length !== 3;
}

/** The cells are whole numbers (or there are none to say otherwise). */
function wholeNumbers(cells: readonly string[]): boolean {
  return !cells.some(showsFraction);
}

/** Some cell names a kind of sale the importer reads ("Stream", "Download", "Physical"), not only kinds it files as other. */
function saleWords(cells: readonly string[]): boolean {
  return cells.some((cell) => {
    const kind = saleTypeFromWords(cell);
    return kind !== null && kind !== 'other';
  });
}

/** Whether a column's cells allow what its name suggests; a column with no cells known shows no sale words. */
export function cellsFit(check: CellCheck | undefined, cells: readonly string[]): boolean {
  if (check === 'whole numbers') return wholeNumbers(cells);
  if (check === 'sale words') return saleWords(cells);
  return true;
}
