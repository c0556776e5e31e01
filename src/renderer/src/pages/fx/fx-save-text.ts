import type { FxRatesSaved } from '../../../../shared/contract/imports';

/** "Saved 3 rates. 120 lines now count toward USD totals." */
export function fxSavedText(result: FxRatesSaved, baseCurrency: string): string {
  const rates = result.saved === 1 ? '1 rate' : `${result.saved.toLocaleString('en-US')} rates`;
  if (result.linesConverted === 0 && result.linesUnconvertible === 0) return `Saved ${rates}. No lines were waiting for them.`;
  const said = [`Saved ${rates}.`];
  if (result.linesConverted > 0) {
    const lines = result.linesConverted === 1 ? '1 line now counts' : `${result.linesConverted.toLocaleString('en-US')} lines now count`;
    said.push(`${lines} toward ${baseCurrency} totals.`);
  }
  // A rate typed many times too large: the lines it leaves out are why the totals fell.
  if (result.linesUnconvertible > 0) {
    const lines = result.linesUnconvertible === 1 ? '1 line is too large to convert at its new rate and stays' : `${result.linesUnconvertible.toLocaleString('en-US')} lines are too large to convert at their new rate and stay`;
    said.push(`${lines} out of ${baseCurrency} totals.`);
  }
  return said.join(' ');
}
