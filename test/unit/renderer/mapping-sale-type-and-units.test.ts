import { describe, expect, it } from 'vitest';
import type { MappingInspection } from '../../../src/shared/contract/column-mapping';
import { guessChoices } from '../../../src/renderer/src/pages/import/mapping/column-guesses';
import { columnScore } from '../../../src/renderer/src/pages/import/mapping/column-scores';
import type { FieldChoices } from '../../../src/renderer/src/pages/import/mapping/mapping-draft';
import { draftForHeaderRow } from '../../../src/renderer/src/pages/import/mapping/mapping-guesses';

/** A header and the rows below it, as the wizard inspects a semicolon-separated file. */
function inspection(lines: readonly string[]): MappingInspection {
  return { kind: 'text', encoding: 'utf-8', delimiter: ';', sheet: null, suggestedHeaderRow: 1, rows: lines.map((line) => line.split(';')) };
}

/** The column each field was guessed from; fields left empty or fixed are left out. */
function columns(choices: FieldChoices): Record<string, string> {
  return Object.fromEntries(Object.entries(choices).filter(([, choice]) => choice.source === 'column').map(([field, choice]) => [field, choice.column]));
}

describe('the sale type is guessed from names that say what kind of sale a line is', () => {
  it('in every language the table has, whatever the rest of the header', () => {
    for (const name of [
      'Sale Type', 'Sales Type', 'Transaction Type', 'Usage Type', 'Trans Type', 'TRANSACTION TYPE', 'Delivery Type',
      'Type de vente', 'Type de transaction', 'Verkaufsart', 'Nutzungsart', 'Art der Nutzung', 'Tipo de venta', 'Tipo di vendita',
      'Tipo de venda', 'Verkoopsoort', 'Soort verkoop', '販売形態', '取引種別',
    ]) {
      expect({ name, field: guessChoices(['Month', 'Store', name, 'Qty', 'Earned']).saleType.column }).toEqual({ name, field: name });
    }
  });

  it('takes a plain or product type only when its cells name kinds of sale, and never without cells to show it', () => {
    const file = (name: string, kinds: readonly string[]) =>
      inspection([`Sale Month;Store;${name};Units;Net Revenue`, ...kinds.map((kind) => `2025-03;Spotify;${kind};3;0.012`)]);
    expect(draftForHeaderRow(file('Type', ['Stream', 'Download']), 1).choices.saleType.column).toBe('Type');
    expect(draftForHeaderRow(file('Product Type', ['Audio Stream', 'Track Download']), 1).choices.saleType.column).toBe('Product Type');
    expect(draftForHeaderRow(file('Usage Type', ['Premium', 'Free']), 1).choices.saleType.column).toBe('Usage Type');
    expect(draftForHeaderRow(file('Release Type', ['Album', 'Single']), 1).choices.saleType.source).toBe('none');
    expect(draftForHeaderRow(file('Type', ['Album', 'Single']), 1).choices.saleType.source).toBe('none');
    expect(guessChoices(['Sale Month', 'Store', 'Type', 'Units', 'Net Revenue']).saleType.source).toBe('none');
  });

  it('does not take a release’s type when a column names the kind of sale, even when its cells read as one', () => {
    const file = inspection([
      'Sales Month;Platform;Release Type;Sales Type;Quantity;Net Revenue',
      '2025-03;Spotify;Stream Single;Stream;120;0,41',
      '2025-03;iTunes;Album Download;Download;1;6,93',
    ]);
    expect(columns(draftForHeaderRow(file, 1).choices)).toMatchObject({ saleType: 'Sales Type' });
  });

  it('leaves every other field where it was: a sale type is never a title, an amount or a period', () => {
    expect(columnScore('saleType', 'Release Title')).toBe(0);
    expect(columnScore('saleType', 'Sales Period')).toBe(0);
    expect(columnScore('saleType', 'Net Sales')).toBe(0);
    expect(columnScore('saleType', 'Streaming Subscription Type')).toBe(0);
    expect(columnScore('title', 'Sales Type')).toBe(0);
    expect(guessChoices(['Sales Type', 'Net Sales', 'Sales Period']).amount.column).toBe('Net Sales');
  });
});

describe('sales counted in units: "Ventes", "Verkäufe", "Ventas", "Vendite", "Vendas", "Verkopen"', () => {
  it('are the quantity when the cells are whole numbers, thousands grouped or not', () => {
    for (const name of ['Ventes', 'Verkäufe', 'Ventas', 'Vendite', 'Vendas', 'Verkopen', 'VENTES']) {
      const file = inspection([`Periode;Boutique;${name};Montant net`, '2025-03;Spotify;1.200;3,456789', '2025-03;Deezer;-1;-0,99', '2025-03;Qobuz;25;1.234,5']);
      expect({ name, quantity: draftForHeaderRow(file, 1).choices.quantity.column }).toEqual({ name, quantity: name });
    }
  });

  it('are not the quantity when the cells are money with decimals: then, with no better amount, the amount', () => {
    const money = inspection(['Periode;Boutique;Ventes;Nombre', '2025-03;Spotify;3,456789;12', '2025-03;Deezer;1.234,50;1']);
    expect(draftForHeaderRow(money, 1).choices.quantity.source).toBe('none');
    expect(draftForHeaderRow(money, 1).choices.amount.column).toBe('Ventes');
    const dollars = inspection(['Month;Store;Ventes;Units', '2025-03;Spotify;$1,234.56;3', '2025-03;Deezer;(0.50);1']);
    expect(draftForHeaderRow(dollars, 1).choices).toMatchObject({ quantity: { column: 'Units' }, amount: { column: 'Ventes' } });
  });

  it('give way to a plain units column and never take a price, and net sales stay money', () => {
    expect(guessChoices(['Periode', 'Ventes', 'Quantité', 'Montant net']).quantity.column).toBe('Quantité');
    expect(columnScore('quantity', 'Prix des ventes')).toBe(0);
    expect(guessChoices(['Periode', 'Ventes nettes', 'Quantité']).amount.column).toBe('Ventes nettes');
    expect(guessChoices(['Mes', 'Ventas netas', 'Cantidad']).quantity.column).toBe('Cantidad');
  });
});

describe('a period beside a sale date is the statement’s period (FORMATS.md, The Orchard)', () => {
  it('the Orchard’s EU report: "Activity Period" is the sale, "Period" the reporting date', () => {
    const header = ['Period', 'Activity Period', 'DMS', 'Territory', 'Quantity', 'Label Share Net Receipts', 'Preferred Currency'];
    expect(columns(guessChoices(header))).toMatchObject({ salePeriod: 'Activity Period', reportingDate: 'Period' });
  });

  it('a period alone is the sale period, and a column named for the report outranks it', () => {
    expect(columns(guessChoices(['Period', 'Store', 'Quantity', 'Earned']))).toMatchObject({ salePeriod: 'Period' });
    expect(guessChoices(['Period', 'Store', 'Quantity', 'Earned']).reportingDate.source).toBe('none');
    expect(columns(guessChoices(['Period', 'Sales Month', 'Reporting Month', 'Quantity']))).toMatchObject({ salePeriod: 'Sales Month', reportingDate: 'Reporting Month' });
    expect(columns(guessChoices(['Periode', 'Mois de vente', 'Ventes']))).toMatchObject({ salePeriod: 'Mois de vente', reportingDate: 'Periode' });
  });
});
