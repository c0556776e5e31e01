import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ClosestLayout } from '../../../src/shared/contract/imports';
import { currencyFit, currencyInName, guessChoices, pairCurrency } from '../../../src/renderer/src/pages/import/mapping/column-guesses';
import { columnScore, fieldNamedBy } from '../../../src/renderer/src/pages/import/mapping/column-scores';
import type { FieldChoices } from '../../../src/renderer/src/pages/import/mapping/mapping-draft';

/** What each field was guessed as: a column's name, `=CODE` for a fixed value; fields left empty are left out. */
function guessed(choices: FieldChoices): Record<string, string> {
  return Object.fromEntries(
    Object.entries(choices)
      .filter(([, choice]) => choice.source !== 'none')
      .map(([field, choice]) => [field, choice.source === 'column' ? choice.column : `=${choice.fixed}`]),
  );
}

/** The headers as the distributors print them (see test/fixtures/statements), one column renamed in each. */
const TUNECORE = 'Sales Period,Posted Date,Store Name,Country Of Sale,Artist,Release Type,Release Title,Song Title,Label,UPC,Optional UPC,TC Song ID,Optional ISRC,Sales Type,# Units Sold,Per Unit Price,Net Sales,Net Sales Currency,Exchange Rate,Total Earned,Currency'.split(',');
const DISTROKID = 'Date Inserted,Reporting Date,Sale Month,Store,Artist,Title,ISRC,UPC,Quantity,Team Percentage,Song/Album,Country of Sale,Songwriter Royalties Withheld (USD),Earnings (USD),Recoup (USD)'.split(',');
const CD_BABY = 'Report Date\tSales Date\tQuantity\tPrice\tSubtotal\tIsrc\tBarcode\tCDBabySku\tAlbum Name\tArtist Name\tTrack Name\tPartner Name\tTransaction Type\tDelivery Country\tPayout Id'.split('\t');
const BELIEVE = 'Platform,Sales Month,Reporting month,Country / Region,Artist Name,Track title,Release title,ISRC,UPC,Sales Type,Quantity,Net Revenue,Client Payment Currency,Gross revenue,Mechanical Fee,Client share rate,Unit Price,Label Name,Release Catalog nb,Streaming Subscription Type,Release type,Playlist Source'.split(',');
const ORCHARD = 'STATEMENT PERIOD,ORIGINAL STATEMENT PERIOD,ACCOUNT NAME,LABEL IMPRINT,STORE,SERVICE DETAIL,SALE COUNTRY,PRODUCT ARTIST,PRODUCT,TRACK ARTIST,TRACK,DISPLAY UPC,ISRC,TRANSACTION TYPE,TRANSACTION SUBTYPE,TRANSACTION DATE,QUANTITY,SALE CURRENCY,GROSS REVENUE SALE CURRENCY,ACCOUNT CURRENCY,GROSS REVENUE ACCOUNT CURRENCY,NET SHARE ACCOUNT CURRENCY,PAYEE CODE'.split(',');
const ORCHARD_EU = "Period;Activity Period;DMS;Territory;Orchard UPC;Manufacturer's UPC;Label Catalog #;Imprint Label;Artist Name;Release Name;Track Name;ISRC;Volume;Track #;Quantity;Trans Type;Label Share Net Receipts;Preferred Currency;Vendor Ref".split(';');

function renamed(header: readonly string[], from: string, to: string): string[] {
  expect(header).toContain(from);
  return header.map((name) => (name === from ? to : name));
}

describe('the wizard’s first guesses for ordinary renamed files', () => {
  it('TuneCore with “Total Earned” renamed: the earned amount, its own currency, titles over types, song and release apart, the sales type over the release type', () => {
    expect(guessed(guessChoices(renamed(TUNECORE, 'Total Earned', 'Amount Earned')))).toEqual({
      salePeriod: 'Sales Period', reportingDate: 'Posted Date', platform: 'Store Name', territory: 'Country Of Sale', artist: 'Artist',
      title: 'Song Title', releaseTitle: 'Release Title', isrc: 'Optional ISRC', upc: 'UPC', quantity: '# Units Sold',
      saleType: 'Sales Type', amount: 'Amount Earned', currency: 'Currency',
    });
  });

  it('DistroKid with “Earnings (USD)” renamed: royalties over royalties withheld, the currency its name prints, no release from “Song/Album”', () => {
    expect(guessed(guessChoices(renamed(DISTROKID, 'Earnings (USD)', 'Royalties (USD)')))).toEqual({
      salePeriod: 'Sale Month', reportingDate: 'Reporting Date', platform: 'Store', territory: 'Country of Sale', artist: 'Artist',
      title: 'Title', isrc: 'ISRC', upc: 'UPC', quantity: 'Quantity', amount: 'Royalties (USD)', currency: '=USD',
    });
  });

  it('CD Baby with “Track Name” renamed: the song, the subtotal over the price and the payout reference, no currency to guess', () => {
    expect(guessed(guessChoices(renamed(CD_BABY, 'Track Name', 'Song Name')))).toEqual({
      salePeriod: 'Sales Date', reportingDate: 'Report Date', platform: 'Partner Name', territory: 'Delivery Country', artist: 'Artist Name',
      title: 'Song Name', releaseTitle: 'Album Name', isrc: 'Isrc', upc: 'Barcode', quantity: 'Quantity', saleType: 'Transaction Type', amount: 'Subtotal',
    });
  });

  it('Believe with “Net Revenue” renamed: net income over gross revenue, rates and fees; the payment currency', () => {
    expect(guessed(guessChoices(renamed(BELIEVE, 'Net Revenue', 'Net Income')))).toEqual({
      salePeriod: 'Sales Month', reportingDate: 'Reporting month', platform: 'Platform', territory: 'Country / Region', artist: 'Artist Name',
      title: 'Track title', releaseTitle: 'Release title', isrc: 'ISRC', upc: 'UPC', quantity: 'Quantity', saleType: 'Sales Type', amount: 'Net Income',
      currency: 'Client Payment Currency',
    });
  });

  it('the Orchard with its net share renamed: the payable amount and the account currency its name shares', () => {
    expect(guessed(guessChoices(renamed(ORCHARD, 'NET SHARE ACCOUNT CURRENCY', 'NET PAYABLE ACCOUNT CURRENCY')))).toEqual({
      salePeriod: 'TRANSACTION DATE', reportingDate: 'STATEMENT PERIOD', platform: 'STORE', territory: 'SALE COUNTRY', artist: 'PRODUCT ARTIST',
      title: 'TRACK', releaseTitle: 'PRODUCT', isrc: 'ISRC', upc: 'DISPLAY UPC', quantity: 'QUANTITY', saleType: 'TRANSACTION TYPE', amount: 'NET PAYABLE ACCOUNT CURRENCY',
      currency: 'ACCOUNT CURRENCY',
    });
  });

  it('the Orchard’s EU report with its receipts renamed: the activity period is the sale, its “Period” the statement’s, the track number no title', () => {
    expect(guessed(guessChoices(renamed(ORCHARD_EU, 'Label Share Net Receipts', 'Net Receipts')))).toEqual({
      salePeriod: 'Activity Period', reportingDate: 'Period', territory: 'Territory', artist: 'Artist Name', title: 'Track Name', releaseTitle: 'Release Name',
      isrc: 'ISRC', upc: 'Orchard UPC', quantity: 'Quantity', saleType: 'Trans Type', amount: 'Net Receipts', currency: 'Preferred Currency',
    });
  });

  it('never gives two fields the same column', () => {
    for (const header of [TUNECORE, DISTROKID, CD_BABY, BELIEVE, ORCHARD, ORCHARD_EU, ['Title'], ['Release', 'Title'], ['Net', 'Net Currency']]) {
      const columns = Object.values(guessChoices(header)).filter((choice) => choice.source === 'column').map((choice) => choice.column);
      expect(new Set(columns).size).toBe(columns.length);
    }
  });
});

/** The co-op's header as its statement prints it (row 3, below two preamble rows), semicolons between. */
const COOP = readFileSync(join(__dirname, '..', '..', 'fixtures', 'statements', 'unknown', 'coop-statement-2025-03.csv'), 'utf8').split(/\r?\n/)[2]!.split(';');
/** Headers as European and Japanese distributors print them, accents and all. */
const GERMAN = 'Verkaufsmonat;Abrechnungszeitraum;Shop;Land;Künstler;Titel;Albumtitel;Veröffentlichungstyp;ISRC;EAN;Menge;Stückpreis;Bruttoumsatz;Nettobetrag;Währung'.split(';');
const SPANISH = 'Mes de venta;Fecha de liquidación;Tienda;País;Artista;Título de la canción;Título del álbum;Tipo de lanzamiento;ISRC;UPC;Cantidad;Precio unitario;Ingresos brutos;Importe neto;Moneda'.split(';');
const ITALIAN = 'Periodo;Data rendiconto;Piattaforma;Territorio;Artista;Titolo brano;Titolo album;Tipo di uscita;Codice ISRC;EAN;Quantità;Prezzo;Ricavo lordo;Importo netto;Valuta'.split(';');
const JAPANESE = '販売月,報告月,配信先,国・地域,アーティスト名,曲名,アルバム名,リリース形態,ISRC,JANコード,数量,単価,売上金額,支払額,通貨'.split(',');

/** The columns a guess gives to fields, each as often as it is given. */
function columnsUsed(choices: FieldChoices): string[] {
  return Object.values(choices).filter((choice) => choice.source === 'column').map((choice) => choice.column);
}

describe('the wizard’s first guesses for European and Japanese headers', () => {
  it('the French co-op: "Periode", "Boutique", "Montant net" and the rest; "Ventes" the units sold', () => {
    expect(COOP).toEqual(['Periode', 'Boutique', 'Pays', 'Interprete', 'Titre', 'Code ISRC', 'Ventes', 'Montant net']);
    expect(guessed(guessChoices(COOP))).toEqual({
      salePeriod: 'Periode', platform: 'Boutique', territory: 'Pays', artist: 'Interprete', title: 'Titre', isrc: 'Code ISRC', quantity: 'Ventes',
      amount: 'Montant net',
    });
  });

  it('the co-op accented or renamed: "Période" is the period, "Revenu net" the amount over "Ventes", a type of release no title', () => {
    const accented = renamed(renamed(COOP, 'Periode', 'PÉRIODE'), 'Interprete', 'Interprète');
    expect(guessed(guessChoices(accented))).toMatchObject({ salePeriod: 'PÉRIODE', artist: 'Interprète' });
    expect(guessChoices(renamed(COOP, 'Montant net', 'Revenu net')).amount.column).toBe('Revenu net');
    const withRelease = [...renamed(COOP, 'Titre', 'Titre du morceau'), 'Type de sortie', 'Titre de l’album', 'Devise'];
    expect(guessed(guessChoices(withRelease))).toMatchObject({ title: 'Titre du morceau', releaseTitle: 'Titre de l’album', currency: 'Devise' });
  });

  it('German: compounds read, the net amount over gross sales and the unit price, the release type no title', () => {
    expect(guessed(guessChoices(GERMAN))).toEqual({
      salePeriod: 'Verkaufsmonat', reportingDate: 'Abrechnungszeitraum', platform: 'Shop', territory: 'Land', artist: 'Künstler',
      title: 'Titel', releaseTitle: 'Albumtitel', isrc: 'ISRC', upc: 'EAN', quantity: 'Menge', amount: 'Nettobetrag', currency: 'Währung',
    });
    expect(guessChoices(renamed(GERMAN, 'Künstler', 'Interpret')).artist.column).toBe('Interpret');
  });

  it('Spanish: the month of sale, the song’s title and the album’s apart, the net amount over gross income', () => {
    expect(guessed(guessChoices(SPANISH))).toEqual({
      salePeriod: 'Mes de venta', reportingDate: 'Fecha de liquidación', platform: 'Tienda', territory: 'País', artist: 'Artista',
      title: 'Título de la canción', releaseTitle: 'Título del álbum', isrc: 'ISRC', upc: 'UPC', quantity: 'Cantidad', amount: 'Importe neto',
      currency: 'Moneda',
    });
  });

  it('Italian with the net amount renamed: the earned amount over gross revenue and the price', () => {
    expect(guessed(guessChoices(renamed(ITALIAN, 'Importo netto', 'Compenso')))).toEqual({
      salePeriod: 'Periodo', reportingDate: 'Data rendiconto', platform: 'Piattaforma', territory: 'Territorio', artist: 'Artista',
      title: 'Titolo brano', releaseTitle: 'Titolo album', isrc: 'Codice ISRC', upc: 'EAN', quantity: 'Quantità', amount: 'Compenso',
      currency: 'Valuta',
    });
  });

  it('Japanese: words found inside unspaced names, the payment over sales, the unit price and the release form left out', () => {
    expect(guessed(guessChoices(JAPANESE))).toEqual({
      salePeriod: '販売月', reportingDate: '報告月', platform: '配信先', territory: '国・地域', artist: 'アーティスト名',
      title: '曲名', releaseTitle: 'アルバム名', isrc: 'ISRC', upc: 'JANコード', quantity: '数量', amount: '支払額', currency: '通貨',
    });
    expect(guessChoices(renamed(JAPANESE, '支払額', '収益')).amount.column).toBe('収益');
  });

  it('never gives two fields the same column', () => {
    for (const header of [COOP, GERMAN, SPANISH, ITALIAN, JAPANESE, ['Titre', 'Titre de l’album'], ['Periode', 'Mois de vente'], ['曲名', 'タイトル']]) {
      const columns = columnsUsed(guessChoices(header));
      expect(new Set(columns).size).toBe(columns.length);
    }
  });
});

describe('a refusal’s closest layout steers the guess to the renamed column', () => {
  const closest = (missing: string[]): ClosestLayout => ({ format: 'TuneCore', variant: null, found: 10, total: 11, missing, tiedWith: [] });

  it('takes the column sharing the missing column’s words for the field that column named', () => {
    const header = renamed(TUNECORE, '# Units Sold', 'Sold');
    expect(guessChoices(header).quantity.source).toBe('none');
    expect(guessChoices(header, closest(['# Units Sold'])).quantity).toEqual({ source: 'column', column: 'Sold', fixed: '' });
  });

  it('keeps a column a field can never be out of it, and ignores words every header has', () => {
    const header = renamed(TUNECORE, 'Song Title', 'Song');
    expect(guessChoices(header, closest(['Song Title'])).title.column).toBe('Song');
    expect(guessChoices(['Sales Period', 'Store', 'Qty', 'Earned Rate', 'Earned', 'Currency'], closest(['Total Earned'])).amount.column).toBe('Earned');
    expect(guessChoices(['Sale Date', 'Store', 'Qty', 'Net', 'Date Total'], closest(['Total Earned'])).amount.column).toBe('Net');
  });
});

describe('each guess on its own', () => {
  it('scores a name for a field: exact and likelier names higher, types and rates never', () => {
    expect(columnScore('amount', 'Amount Earned')).toBeGreaterThan(columnScore('amount', 'Net Sales'));
    expect(columnScore('amount', 'Net Revenue')).toBeGreaterThan(columnScore('amount', 'Gross revenue'));
    expect(columnScore('amount', 'Exchange Rate')).toBe(0);
    expect(columnScore('amount', 'Songwriter Royalties Withheld (USD)')).toBe(0);
    expect(columnScore('releaseTitle', 'Release Title')).toBeGreaterThan(0);
    expect(columnScore('releaseTitle', 'Release Type')).toBe(0);
    expect(columnScore('title', 'Release Title')).toBe(0);
    expect(columnScore('title', 'Song Title')).toBeGreaterThan(columnScore('title', 'Title'));
    expect(columnScore('quantity', 'Per Unit Price')).toBe(0);
    expect(columnScore('platform', 'Channel ID')).toBe(0);
  });

  it('scores the same names in every language alike: accents and case folded, types and rates never', () => {
    expect(columnScore('salePeriod', 'Période')).toBe(columnScore('salePeriod', 'PERIODE'));
    expect(columnScore('salePeriod', 'Mês de venda')).toBe(columnScore('salePeriod', 'Sales Month'));
    expect(columnScore('salePeriod', 'Verkoopmaand')).toBe(columnScore('salePeriod', 'Sales Month'));
    expect(columnScore('amount', 'Valor líquido')).toBeGreaterThan(columnScore('amount', 'Valor bruto'));
    expect(columnScore('amount', 'Montant net')).toBeGreaterThan(columnScore('amount', 'Revenu net'));
    expect(columnScore('amount', 'Revenu net')).toBeGreaterThan(columnScore('amount', 'Montant brut'));
    expect(columnScore('amount', 'Opbrengst')).toBeGreaterThan(columnScore('amount', 'Bruto omzet'));
    expect(columnScore('amount', 'Taux de change')).toBe(0);
    expect(columnScore('amount', 'Valor unitário')).toBe(0);
    expect(columnScore('quantity', 'Aantal')).toBeGreaterThan(0);
    expect(columnScore('quantity', 'Stückpreis')).toBe(0);
    expect(columnScore('releaseTitle', 'Type de sortie')).toBe(0);
    expect(columnScore('title', 'Type de sortie')).toBe(0);
    expect(columnScore('title', 'Titre de la sortie')).toBe(0);
    expect(columnScore('releaseTitle', 'Titre de la sortie')).toBeGreaterThan(0);
    expect(columnScore('territory', 'Código de país')).toBe(0);
    expect(columnScore('territory', 'Deutschland')).toBe(0);
    expect(fieldNamedBy('Montant net')).toBe('amount');
    expect(fieldNamedBy('Nome da música')).toBe('title');
    expect(fieldNamedBy('Winkel')).toBe('platform');
  });

  it('names the field a layout’s missing column gave', () => {
    expect(fieldNamedBy('Total Earned')).toBe('amount');
    expect(fieldNamedBy('Song Title')).toBe('title');
    expect(fieldNamedBy('Sales Period')).toBe('salePeriod');
    expect(fieldNamedBy('TC Song ID')).toBeNull();
  });

  it('pairs the currency with the amount chosen', () => {
    expect(currencyFit('Net Revenue Currency', 'Net Revenue')).toBe(3);
    expect(currencyFit('Currency', 'Amount Earned')).toBe(2);
    expect(currencyFit('Net Sales Currency', 'Amount Earned')).toBe(1);
    const names = ['Net Sales', 'Net Sales Currency', 'Amount Earned', 'Currency'];
    expect(pairCurrency(names, 'Amount Earned', new Set(['Amount Earned']))).toEqual({ source: 'column', column: 'Currency', fixed: '' });
    expect(pairCurrency(names, 'Net Sales', new Set(['Net Sales']))).toEqual({ source: 'column', column: 'Net Sales Currency', fixed: '' });
    expect(pairCurrency(['Earned', 'Currency A', 'Currency B'], 'Earned', new Set())?.column).toBe('Currency A');
    expect(pairCurrency(['Earned'], 'Earned', new Set())).toBeNull();
    expect(pairCurrency(['Montant', 'Devise'], 'Montant', new Set(['Montant']))?.column).toBe('Devise');
    expect(currencyFit('Währungscode', 'Nettobetrag')).toBe(2);
    expect(currencyFit('通貨コード', '金額')).toBe(2);
  });

  it('reads the currency an amount column’s name prints, and only a currency', () => {
    expect(currencyInName('Earnings (USD)')).toBe('USD');
    expect(currencyInName('Royalty ($US)')).toBe('USD');
    expect(currencyInName('earnings_eur')).toBe('EUR');
    expect(currencyInName('Amount (net)')).toBeNull();
    expect(currencyInName('USD')).toBeNull();
  });
});
