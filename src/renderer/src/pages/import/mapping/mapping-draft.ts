import {
  COLUMN_FIELDS, MappingSpec, type MappedFieldName, type MappingEncoding, type MappingInspection, type MappingSpecInput,
} from '../../../../../shared/contract/column-mapping';
import { FIELD_DEFINITIONS } from './mapping-fields';

/** How one field is filled while the wizard is open: from a column, with a fixed value, or not at all. */
export interface FieldChoice {
  source: 'none' | 'column' | 'fixed';
  column: string;
  fixed: string;
}
export type FieldChoices = Record<MappedFieldName, FieldChoice>;

export interface MappingDraft {
  /** 1-based row of the inspected rows that holds the column names. */
  headerRow: number;
  choices: FieldChoices;
  decimalSeparator: '.' | ',';
  dateOrder: 'mdy' | 'dmy';
  /** The user set the date order by hand since the sale-period column was last chosen, so a guess no longer replaces it. */
  dateOrderChosen: boolean;
}

export const NO_CHOICE: FieldChoice = { source: 'none', column: '', fixed: '' };

export function emptyChoices(): FieldChoices {
  return Object.fromEntries(FIELD_DEFINITIONS.map((field) => [field.key, NO_CHOICE])) as FieldChoices;
}

/** The cells of the chosen header row, as printed. */
export function headerOf(inspection: MappingInspection, headerRow: number): string[] {
  return inspection.rows[headerRow - 1] ?? [];
}

/** The header's names a field can be read from: named ones, each once. */
export function columnNames(header: readonly string[]): string[] {
  return [...new Set(header.map((name) => name.trim()).filter((name) => name !== ''))];
}

/** What still stops the draft being a mapping, and the field it is about (null for the header row), so that field can say so. */
export interface DraftProblem {
  field: MappedFieldName | null;
  text: string;
}

export type BuiltSpec = { spec: MappingSpec; problems: [] } | { spec: null; problems: DraftProblem[] };

function sourceOf(choice: FieldChoice): { kind: 'column'; column: string } | { kind: 'fixed'; value: string } | null {
  if (choice.source === 'column') return { kind: 'column', column: choice.column };
  if (choice.source === 'fixed') return { kind: 'fixed', value: choice.fixed };
  return null;
}

function missing(key: MappedFieldName, choice: FieldChoice): DraftProblem | null {
  const field = FIELD_DEFINITIONS.find((candidate) => candidate.key === key)!;
  if (choice.source === 'fixed' && choice.fixed.trim() === '') return { field: key, text: `Type the ${field.fixed?.label.toLowerCase() ?? 'value'}.` };
  if (field.required && choice.source === 'none') return { field: key, text: `Choose the ${field.label.toLowerCase()} column${field.fixed ? ' or a fixed value' : ''}.` };
  return null;
}

/** The contract's complaint about a path such as `fields.currency.value`, as a sentence about its field. */
function problemAt(path: readonly PropertyKey[], message: string): DraftProblem {
  const key = path[0] === 'fields' ? path[1] : path[0];
  const field = FIELD_DEFINITIONS.find((candidate) => candidate.key === key);
  return { field: field?.key ?? null, text: `${field?.label ?? String(key)}: ${message}.` };
}

/**
 * The mapping the wizard would save, checked by the contract's own schema; or what is still
 * missing, in sentences, so the user sees why there is nothing to preview yet. The encoding goes
 * in only when the user chose one: the importer's own guess is made afresh for every file, and a
 * later export of the same layout may well come in another encoding.
 */
export function specFromDraft(inspection: MappingInspection, draft: MappingDraft, chosenEncoding: MappingEncoding | null = null): BuiltSpec {
  const problems = FIELD_DEFINITIONS.map((field) => missing(field.key, draft.choices[field.key])).filter((problem) => problem !== null);
  if (problems.length) return { spec: null, problems };
  const { choices } = draft;
  const columnOf = (key: (typeof COLUMN_FIELDS)[number]) => (choices[key].source === 'column' ? choices[key].column : null);
  const input: MappingSpecInput = {
    headerRow: draft.headerRow,
    header: headerOf(inspection, draft.headerRow),
    // A workbook has no delimiter of its own; the tab is what its rows are joined with when quarantined.
    delimiter: inspection.delimiter ?? '\t',
    encoding: inspection.kind === 'text' ? chosenEncoding : null,
    sheet: inspection.sheet,
    decimalSeparator: draft.decimalSeparator,
    dateOrder: draft.dateOrder,
    fields: {
      salePeriod: columnOf('salePeriod') ?? '',
      reportingDate: columnOf('reportingDate'),
      platform: sourceOf(choices.platform)!,
      territory: columnOf('territory'),
      artist: columnOf('artist'),
      title: columnOf('title'),
      releaseTitle: columnOf('releaseTitle'),
      isrc: columnOf('isrc'),
      upc: columnOf('upc'),
      quantity: columnOf('quantity') ?? '',
      amount: columnOf('amount') ?? '',
      currency: sourceOf(choices.currency)!,
      saleType: sourceOf(choices.saleType) as MappingSpecInput['fields']['saleType'],
    },
  };
  const parsed = MappingSpec.safeParse(input);
  if (parsed.success) return { spec: parsed.data, problems: [] };
  return { spec: null, problems: parsed.error.issues.map((issue) => problemAt(issue.path, issue.message)) };
}
