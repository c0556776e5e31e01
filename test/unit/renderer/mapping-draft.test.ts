import { describe, expect, it } from 'vitest';
import type { MappingInspection } from '../../../src/shared/contract/column-mapping';
import type { ImportPreview } from '../../../src/shared/contract/imports';
import { NO_CHOICE, specFromDraft, type MappingDraft } from '../../../src/renderer/src/pages/import/mapping/mapping-draft';
import { guessChoices } from '../../../src/renderer/src/pages/import/mapping/column-guesses';
import { witnessDateOrder } from '../../../src/shared/period/date-order-sniff';
import { draftForHeaderRow, exampleCell, guessDecimalSeparator } from '../../../src/renderer/src/pages/import/mapping/mapping-guesses';
import { needsColumnMapping } from '../../../src/renderer/src/pages/import/mapping/needs-column-mapping';

const INSPECTION: MappingInspection = {
  kind: 'text',
  encoding: 'utf-8',
  delimiter: ';',
  sheet: null,
  suggestedHeaderRow: 2,
  rows: [
    ['Statement', 'Co-op'],
    ['Sales Month', 'Store', 'Country', 'Artist', 'Track Title', 'ISRC', 'Units', 'Net Revenue', 'Net Revenue Currency', ''],
    ['15/03/2025', 'Spotify', 'FR', 'Ana Sol', 'Luz', 'FRX202500001', '1.200', '3,456789', 'EUR', ''],
    ['16/03/2025', 'Deezer', 'BE', 'Ana Sol', 'Luz', 'FRX202500001', '350', '0,98', 'EUR', ''],
  ],
};

describe('the wizard’s first guesses', () => {
  it('maps plain English header words, the currency before the amount it names', () => {
    const choices = guessChoices(INSPECTION.rows[1]!);
    const columns = Object.fromEntries(Object.entries(choices).filter(([, c]) => c.source === 'column').map(([field, c]) => [field, c.column]));
    expect(columns).toEqual({
      salePeriod: 'Sales Month', platform: 'Store', territory: 'Country', artist: 'Artist', title: 'Track Title',
      isrc: 'ISRC', quantity: 'Units', amount: 'Net Revenue', currency: 'Net Revenue Currency',
    });
    expect(choices.releaseTitle).toEqual(NO_CHOICE);
  });

  it('reads decimal commas and day-first dates from the cells below the header', () => {
    expect(draftForHeaderRow(INSPECTION, 2)).toMatchObject({ headerRow: 2, decimalSeparator: ',', dateOrder: 'dmy' });
    expect(guessDecimalSeparator(['1,234', '12.50', '(0.99)'])).toBe('.');
    expect(guessDecimalSeparator(['1.234', '1.234,5'])).toBe(',');
    expect(witnessDateOrder([['03/04/2025'], ['03/15/2025']]).order).toBe('mdy');
    expect(witnessDateOrder([['2025-03']]).order).toBe('mdy');
    expect(exampleCell(INSPECTION, 2, 'Store')).toBe('Spotify');
  });
});

describe('the mapping the wizard sends', () => {
  const draft = draftForHeaderRow(INSPECTION, 2);

  it('is the contract’s spec, with the header as printed and no encoding the user did not choose', () => {
    const built = specFromDraft(INSPECTION, draft);
    expect(built.problems).toEqual([]);
    expect(built.spec).toMatchObject({
      headerRow: 2, delimiter: ';', encoding: null, sheet: null, decimalSeparator: ',', dateOrder: 'dmy',
      header: INSPECTION.rows[1],
      fields: { salePeriod: 'Sales Month', platform: { kind: 'column', column: 'Store' }, currency: { kind: 'column', column: 'Net Revenue Currency' }, saleType: null, upc: null },
    });
    expect(specFromDraft(INSPECTION, draft, 'windows-1252').spec?.encoding).toBe('windows-1252');
  });

  it('says in sentences what is still missing, and checks fixed values', () => {
    const bare: MappingDraft = { ...draft, choices: { ...draft.choices, quantity: NO_CHOICE, platform: { source: 'fixed', column: '', fixed: '' } } };
    expect(specFromDraft(INSPECTION, bare)).toEqual({ spec: null, problems: [
      { field: 'platform', text: 'Type the platform name.' },
      { field: 'quantity', text: 'Choose the quantity column.' },
    ] });
    const badCurrency: MappingDraft = { ...draft, choices: { ...draft.choices, currency: { source: 'fixed', column: '', fixed: 'E$' } } };
    expect(specFromDraft(INSPECTION, badCurrency).problems).toEqual([{ field: 'currency', text: 'Currency: a three-letter currency code such as USD or EUR.' }]);
  });
});

describe('which refused files the wizard is offered for', () => {
  const refused = (message: string, format: string | null = null) => ({ status: 'rejected', format, message }) as ImportPreview;
  it('is those no format recognised, as text or as a workbook', () => {
    expect(needsColumnMapping(refused('a.csv line 1: not a statement layout this app recognises (it begins "x"); it cannot be imported as it is.'))).toBe(true);
    expect(needsColumnMapping(refused('b.xlsx: no sheet of this workbook holds a statement layout this app recognises (Sheet1: …); it cannot be imported as it is.'))).toBe(true);
    expect(needsColumnMapping(refused('c.zip: the archive holds no statement this app recognises (it holds a.txt); it cannot be imported as it is.'))).toBe(false);
    expect(needsColumnMapping(refused('d.csv line 4: column "Net" is empty; it cannot be imported as it is.', 'Co-op'))).toBe(false);
    expect(needsColumnMapping(null)).toBe(false);
  });
});
