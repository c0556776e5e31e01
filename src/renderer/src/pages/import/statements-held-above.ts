import type { ImportPreview } from '../../../../shared/contract/imports';
import { addCurrencyTotals } from '../../format/figures-text';
import type { StatementHeldAbove } from './staged-overlaps';

/** "a.csv", "a.csv and b.csv", "a.csv, b.csv and c.csv". */
function listText(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/**
 * Said on the card of a zip or a workbook some of whose statements a file above holds (a file
 * picked, then the zip holding it): those are not imported again, and the card says which.
 */
export function heldAboveText(held: readonly StatementHeldAbove[]): string {
  const holders = listText([...new Set(held.map((statement) => statement.holder.fileName))]);
  const which = new Set(held.map((statement) => statement.holder.key)).size === 1 ? 'which is' : 'which are';
  const parts = held.map((statement) => statement.part).filter((part) => part !== '');
  if (held.length === 1) {
    const its = parts.length === 1 ? `Its statement ${parts[0]}` : 'One of its statements';
    return `${its} is the same as ${holders}, ${which} imported first: it will not be imported again.`;
  }
  const its = parts.length === held.length ? `Its statements ${listText(parts)}` : `${held.length} of its statements`;
  return `${its} are the same as ${holders}, ${which} imported first: they will not be imported again.`;
}

/**
 * The preview's figures without the statements held above, so the card counts what will be
 * imported. Only when each statement is named and carries its figures: otherwise the figures
 * stand and the note says why.
 */
export function withoutHeldAbove(preview: ImportPreview, held: readonly StatementHeldAbove[]): ImportPreview {
  const statements = preview.statements;
  const named = held.every((statement) => statement.part !== '');
  if (!named || statements.some((statement) => statement.figures === undefined)) return preview;
  const heldParts = new Set(held.map((statement) => statement.part));
  const left = statements.filter((statement) => !heldParts.has(statement.part ?? '')).map((statement) => statement.figures!);
  const lines = left.reduce((sum, each) => sum + each.lines, 0);
  const importable = left.reduce((sum, each) => sum + each.importable, 0);
  return {
    ...preview,
    lines,
    importable,
    rejected: lines - importable,
    quantity: left.reduce((sum, each) => sum + each.quantity, 0),
    amounts: addCurrencyTotals(left.map((each) => each.amounts)),
  };
}
