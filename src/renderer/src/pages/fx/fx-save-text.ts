/** "Saved 3 rates. 120 lines now count toward USD totals." */
export function fxSavedText(result: { saved: number; linesConverted: number }, baseCurrency: string): string {
  const rates = result.saved === 1 ? '1 rate' : `${result.saved.toLocaleString('en-US')} rates`;
  if (result.linesConverted === 0) return `Saved ${rates}. No lines were waiting for them.`;
  const lines = result.linesConverted === 1 ? '1 line now counts' : `${result.linesConverted.toLocaleString('en-US')} lines now count`;
  return `Saved ${rates}. ${lines} toward ${baseCurrency} totals.`;
}
