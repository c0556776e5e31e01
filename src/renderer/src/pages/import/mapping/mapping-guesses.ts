import type { MappedFieldName, MappingInspection } from '../../../../../shared/contract/column-mapping';
import type { ClosestLayout } from '../../../../../shared/contract/imports';
import { witnessDateOrder, type DateOrderWitness } from '../../../../../shared/period/date-order-sniff';
import { guessChoices } from './column-guesses';
import { headerOf, type FieldChoice, type MappingDraft } from './mapping-draft';

/** The cells of one column below the header row. */
function cellsBelow(inspection: MappingInspection, headerRow: number, column: string): string[] {
  const index = headerOf(inspection, headerRow).findIndex((name) => name.trim() === column);
  if (index < 0) return [];
  return inspection.rows.slice(headerRow).map((row) => (row[index] ?? '').trim()).filter((cell) => cell !== '');
}

/**
 * A decimal comma when the amounts end in a comma and digits more often than in a point and
 * digits; three digits after the mark prove nothing, as 1,234 and 1.234 group thousands.
 */
export function guessDecimalSeparator(amounts: readonly string[]): '.' | ',' {
  let comma = 0;
  let point = 0;
  for (const cell of amounts) {
    const mark = /([.,])(\d+)\)?$/.exec(cell);
    if (!mark || mark[2]!.length === 3) continue;
    if (mark[1] === ',') comma++;
    else point++;
  }
  return comma > point ? ',' : '.';
}

/**
 * The importer's own rule (sniffDateOrder) applied to the cells of the draft's period and
 * reporting-date columns, so the wizard reads dates as an import would; with the dates that
 * decided it, their rows counted from the one below the header.
 */
export function datesWitness(inspection: MappingInspection, headerRow: number, choices: MappingDraft['choices']): DateOrderWitness {
  const header = headerOf(inspection, headerRow);
  const at = (choice: FieldChoice) => (choice.source === 'column' ? header.findIndex((name) => name.trim() === choice.column) : -1);
  const columns = [at(choices.salePeriod), at(choices.reportingDate)].filter((index) => index >= 0);
  return witnessDateOrder(inspection.rows.slice(headerRow).map((row) => columns.map((index) => row[index] ?? '')));
}

function datesOrder(inspection: MappingInspection, headerRow: number, choices: MappingDraft['choices']): 'mdy' | 'dmy' {
  return datesWitness(inspection, headerRow, choices).order;
}

/**
 * A fresh draft for a header row: fields guessed from its names and the cells below them (and from
 * the known layout the file's header came close to, when there is one), number and date styles
 * from the cells below.
 */
export function draftForHeaderRow(inspection: MappingInspection, headerRow: number, closest?: ClosestLayout): MappingDraft {
  const choices = guessChoices(headerOf(inspection, headerRow), closest, (column) => cellsBelow(inspection, headerRow, column));
  const below = (field: MappedFieldName) => {
    const choice = choices[field];
    return choice.source === 'column' ? cellsBelow(inspection, headerRow, choice.column) : [];
  };
  return {
    headerRow,
    choices,
    decimalSeparator: guessDecimalSeparator([...below('amount'), ...below('quantity')]),
    dateOrder: datesOrder(inspection, headerRow, choices),
    dateOrderChosen: false,
  };
}

/**
 * The draft with one field's choice changed. Another sale-period column means other dates: their
 * order is guessed again, and a hand-set order gives way, as it was set for the column before.
 * Another reporting-date column is guessed again only while the order is not the user's own.
 */
export function withFieldChoice(inspection: MappingInspection, draft: MappingDraft, field: MappedFieldName, choice: FieldChoice): MappingDraft {
  const choices = { ...draft.choices, [field]: choice };
  const periodChanged = field === 'salePeriod' && choice.column !== draft.choices.salePeriod.column;
  const reportingChanged = field === 'reportingDate' && choice.column !== draft.choices.reportingDate.column && !draft.dateOrderChosen;
  if (!periodChanged && !reportingChanged) return { ...draft, choices };
  return { ...draft, choices, dateOrder: datesOrder(inspection, draft.headerRow, choices), dateOrderChosen: false };
}

/** The draft with the date order the user set: it stands until the sale-period column changes. */
export function withDateOrder(draft: MappingDraft, dateOrder: MappingDraft['dateOrder']): MappingDraft {
  return { ...draft, dateOrder, dateOrderChosen: true };
}

/** The first cell under a column, shown next to the choice so the user sees what it holds. */
export function exampleCell(inspection: MappingInspection, headerRow: number, column: string): string | null {
  return cellsBelow(inspection, headerRow, column)[0] ?? null;
}
