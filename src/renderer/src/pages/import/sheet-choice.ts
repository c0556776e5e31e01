import type { ImportPreview } from '../../../../shared/contract/imports';

/** The "Sheets" option that imports every statement sheet of the workbook. */
export const ALL_SHEETS = { value: '', label: 'All statement sheets' } as const;

/**
 * The sheets a workbook's statements may be imported from one at a time, kept from its preview of
 * every sheet: a preview of one sheet names that sheet alone, and the user must still be able to
 * go back. Null unless the workbook has more than one statement sheet.
 */
export function sheetChoiceOf(preview: ImportPreview): string[] | null {
  return preview.sheets && preview.sheets.length > 1 ? preview.sheets : null;
}

/** The "Sheets" options: every statement sheet, by an empty value, then each sheet by its name. */
export function sheetOptions(sheets: readonly string[]): { value: string; label: string }[] {
  return [ALL_SHEETS, ...sheets.map((sheet) => ({ value: sheet, label: sheet }))];
}
