/**
 * A store written by an earlier version, about to be brought up to this one. It is said before
 * the migrations start: on a store of millions of lines they rebuild tables for minutes, and the
 * shells show why nothing else has appeared yet.
 */
export interface StoreUpdate {
  fromVersion: number;
  toVersion: number;
  /** Statement lines held: what the update's length goes by. */
  lines: number;
}

/** What the user is told while it runs. */
export function storeUpdateText(update: StoreUpdate): string {
  const size = update.lines === 1 ? '1 statement line' : `${update.lines.toLocaleString('en')} statement lines`;
  const length = update.lines >= 1_000_000 ? 'It can take a few minutes for a store this size' : 'It takes a moment';
  return `Updating the data file (${size}) for this version of the workstation. ${length}, and happens once; please leave the app open.`;
}
