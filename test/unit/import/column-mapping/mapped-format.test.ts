import { describe, expect, it } from 'vitest';
import { MappingSpec, type MappingSpecInput } from '../../../../src/shared/contract/column-mapping';
import { mappedFormat } from '../../../../src/main/import/column-mapping/mapped-format';
import type { FormatContext } from '../../../../src/main/import/formats/statement-format';
import { LineRejection, type StatementLineDraft } from '../../../../src/main/import/statement-line';

const HEADER = ['Periode', 'Date de rapport', 'Boutique', 'Pays', 'Interprete', 'Titre', 'Album', 'ISRC', 'EAN', 'Ventes', 'Montant net', 'Devise', 'Type', 'Remarque'];
const CONTEXT: FormatContext = { preamble: [], fileName: 'releve.csv', keepPersonalData: false };
const UNITS = 10n ** 16n;

function spec(change: Partial<MappingSpecInput> = {}, fields: Partial<MappingSpecInput['fields']> = {}): MappingSpec {
  return MappingSpec.parse({
    headerRow: 1,
    header: HEADER,
    delimiter: ';',
    decimalSeparator: ',',
    dateOrder: 'dmy',
    ...change,
    fields: {
      salePeriod: 'Periode',
      reportingDate: 'Date de rapport',
      platform: { kind: 'column', column: 'Boutique' },
      territory: 'Pays',
      artist: 'Interprete',
      title: 'Titre',
      releaseTitle: 'Album',
      isrc: 'ISRC',
      upc: 'EAN',
      quantity: 'Ventes',
      amount: 'Montant net',
      currency: { kind: 'column', column: 'Devise' },
      saleType: { kind: 'column', column: 'Type' },
      ...fields,
    },
  });
}

function row(cells: Partial<Record<(typeof HEADER)[number], string>>, header = HEADER): string[] {
  const full: Record<string, string> = {
    Periode: '01/04/2025', 'Date de rapport': '15/05/2025', Boutique: 'Spotify', Pays: 'FR', Interprete: 'Ana Sol', Titre: 'Luz',
    Album: 'Mar', ISRC: 'FRX202500001', EAN: '3700000000012', Ventes: '1.200', 'Montant net': '1.234,56789', Devise: 'eur',
    Type: 'Streaming', Remarque: '', ...cells,
  };
  return header.map((name) => full[name] ?? '');
}

function read(mapping: MappingSpec, cells: Parameters<typeof row>[0] = {}, header = HEADER): StatementLineDraft {
  const format = mappedFormat({ name: 'Coop', version: 1, spec: mapping });
  const match = format.recognise(header, CONTEXT);
  if (!match) throw new Error('header not recognised');
  return format.mapper(header, match, CONTEXT)(row(cells, header)) as StatementLineDraft;
}

function rejection(mapping: MappingSpec, cells: Parameters<typeof row>[0]): string {
  try {
    read(mapping, cells);
  } catch (error) {
    if (error instanceof LineRejection) return error.message;
    throw error;
  }
  throw new Error('expected the line to be rejected');
}

describe('a format made from a column mapping', () => {
  it('recognises its header in any order with full confidence, naming the mapping and version', () => {
    const format = mappedFormat({ name: 'Coop', version: 3, spec: spec() });
    expect(format.recognise([...HEADER].reverse(), CONTEXT)).toEqual({ variant: 'saved mapping Coop v3', confidence: 1, unknownColumns: ['Remarque'] });
    expect(format.recognise(HEADER.slice(1), CONTEXT)).toBeNull();
    expect(format.name).toBe('Coop');
    expect(format.id).toMatch(/^mapping:/);
    expect(mappedFormat({ name: 'Draft', version: null, spec: spec() }).recognise(HEADER, CONTEXT)?.variant).toBe('not saved yet');
  });

  it('reads decimal commas exactly, day-first dates, and every mapped field', () => {
    const line = read(spec(), { Remarque: 'late report' });
    expect(line).toMatchObject({
      sale: { start: 20250401, end: 20250401 },
      reportingDay: 20250515,
      platform: 'Spotify',
      territory: 'FR',
      artist: 'Ana Sol',
      recordingTitle: 'Luz',
      releaseTitle: 'Mar',
      isrc: 'FRX202500001',
      upc: '3700000000012',
      quantity: 1200,
      currency: 'EUR',
      saleType: 'stream',
      extra: { Remarque: 'late report' },
    });
    expect(line.amount).toBe(123456789n * UNITS / 100000n);
  });

  it('reads the same cells month first when told so, and refuses a day where the month should be', () => {
    const us = spec({ dateOrder: 'mdy', decimalSeparator: '.' });
    expect(read(us, { Periode: '01/04/2025', 'Date de rapport': '', Ventes: '7', 'Montant net': '(0.5)' })).toMatchObject({
      sale: { start: 20250104 }, reportingDay: null, quantity: 7, amount: -5n * UNITS / 10n,
    });
    expect(rejection(us, { Periode: '15/04/2025' })).toBe('column "Periode": "15/04/2025" is not a month/day/year date');
    expect(rejection(spec(), { Periode: '04/15/2025' })).toBe('column "Periode": "04/15/2025" is not a day/month/year date');
    expect(read(spec(), { Periode: '2025-03', 'Date de rapport': '31-03-25 10:00' })).toMatchObject({ sale: { start: 20250301, end: 20250331 }, reportingDay: 20250331 });
  });

  it('refuses a bad cell naming its column as printed', () => {
    expect(rejection(spec(), { 'Montant net': 'douze' })).toBe('column "Montant net": "douze" is not a number');
    expect(rejection(spec(), { 'Montant net': '' })).toBe('column "Montant net" is empty');
    expect(rejection(spec(), { Ventes: '1,5' })).toBe('column "Ventes": "1,5" is not a whole number of units');
    expect(rejection(spec(), { Devise: 'euro' })).toBe('column "Devise": "euro" is not a currency code');
    expect(rejection(spec(), { Periode: '' })).toBe('column "Periode" is empty');
    expect(rejection(spec(), { Periode: '31/02/2025' })).toBe('column "Periode": "31/02/2025" is not a valid date');
  });

  it('uses fixed values for platform, currency and sale type, and leaves optional fields out', () => {
    const fixed = spec({}, {
      platform: { kind: 'fixed', value: 'Coop Store' }, currency: { kind: 'fixed', value: 'chf' }, saleType: { kind: 'fixed', value: 'physical' },
      territory: null, artist: null, releaseTitle: null, isrc: null, upc: null, reportingDate: null,
    });
    const line = read(fixed);
    expect(line).toMatchObject({ platform: 'Coop Store', currency: 'CHF', saleType: 'physical', territory: '', artist: '', releaseTitle: null, isrc: null, upc: null, reportingDay: null });
    // Unmapped columns travel with the line as printed, for the user to see later.
    expect(line.extra).toMatchObject({ Pays: 'FR', Album: 'Mar', EAN: '3700000000012', Boutique: 'Spotify', Devise: 'eur', Type: 'Streaming' });
  });

  it('counts a line without a platform under an unknown one, takes no sale type from a blank cell, and keeps a mangled barcode as printed', () => {
    const line = read(spec(), { Boutique: '', Type: '', EAN: '3.70000E+12' });
    expect(line).toMatchObject({ platform: 'Unknown platform', saleType: null, upc: '3.70000E+12', extra: { upc_as_printed: '3.70000E+12' } });
  });

  it('says which encoding its files come in only when the user chose one', () => {
    expect(mappedFormat({ name: 'Coop', version: 1, spec: spec() }).encoding).toBeUndefined();
    expect(mappedFormat({ name: 'Coop', version: 1, spec: spec({ encoding: 'shift_jis' }) }).encoding).toBe('shift_jis');
  });
});
