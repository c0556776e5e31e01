import { describe, expect, it } from 'vitest';
import type { MappingInspection } from '../../../src/shared/contract/column-mapping';
import { sniffDateOrder, witnessDateOrder } from '../../../src/shared/period/date-order-sniff';
import { NO_CHOICE } from '../../../src/renderer/src/pages/import/mapping/mapping-draft';
import {
  datesWitness, draftForHeaderRow, withDateOrder, withFieldChoice,
} from '../../../src/renderer/src/pages/import/mapping/mapping-guesses';

/** The rows of test/fixtures/statements/unknown/coop-statement-2025-03.csv, split on its semicolons. */
const COOP: MappingInspection = {
  kind: 'text', encoding: 'utf-8', delimiter: ';', sheet: null, suggestedHeaderRow: 3,
  rows: [
    'Releve de ventes;Indie Pressing Co-op',
    'Edite le;05/04/2025',
    'Periode;Boutique;Pays;Interprete;Titre;Code ISRC;Ventes;Montant net',
    '01/03/2025;Spotify;FR;Ana Sol;Luz;FRX202500001;1.200;3,456789',
    '01/03/2025;Deezer;BE;Ana Sol;Luz;FRX202500001;350;0,98765',
    '02/03/2025;Spotify;DE;Ana Sol;Mar;FRX202500002;2.000;5,5',
    '15/03/2025;Apple Music;FR;Ana Sol;Mar;FRX202500002;-1;-0,99',
    '31/03/2025;Bandcamp;FR;Ana Sol;Mar;;25;1.234,5678',
  ].map((line) => line.split(';')),
};

/** The first rows of test/fixtures/statements/cdbaby/cdbaby-sales.txt: report and sale dates, month first. */
const CD_BABY_ROWS = [
  ['10/15/2023 12:00:00 AM', '9/30/2023 12:00:00 AM', '1520', '0.003', '4.5600123456'],
  ['10/15/2023 12:00:00 AM', '9/30/2023 12:00:00 AM', '1', '0.99', '0.70'],
];

const column = (name: string) => ({ source: 'column', column: name, fixed: '' }) as const;

/** The order the shared rule reads in cells given one to a row. */
const guessDateOrder = (dates: readonly string[]) => witnessDateOrder(dates.map((cell) => [cell])).order;

describe('the wizard reads dates in the order the importer would', () => {
  it('agrees with the importer’s own sniffing on a day-first and a month-first statement', () => {
    expect(datesWitness(COOP, 3, draftForHeaderRow(COOP, 3).choices).order).toBe('dmy');
    expect(sniffDateOrder(COOP.rows.slice(3)).order).toBe('dmy');
    expect(guessDateOrder(CD_BABY_ROWS.map((row) => row[1]!))).toBe('mdy');
    expect(sniffDateOrder(CD_BABY_ROWS).order).toBe('mdy');
  });

  it('takes what the importer takes: slash dates only, mixed orders month first', () => {
    expect(guessDateOrder(['13-04-25'])).toBe('mdy');
    expect(guessDateOrder(['13/04/2025', '04/13/2025'])).toBe('mdy');
    expect(guessDateOrder(['13/04/25 00:00'])).toBe('dmy');
  });
});

describe('the date order follows the period column the user picks', () => {
  it('is guessed again when the user picks a day-first period column by hand', () => {
    // "Periode" is guessed at once and read day first; taken away, no dates are left to read.
    const guessed = draftForHeaderRow(COOP, 3);
    expect(guessed).toMatchObject({ dateOrder: 'dmy', choices: { salePeriod: column('Periode') } });
    const draft = withFieldChoice(COOP, guessed, 'salePeriod', NO_CHOICE);
    expect(draft.dateOrder).toBe('mdy');
    const picked = withFieldChoice(COOP, draft, 'salePeriod', column('Periode'));
    expect(picked).toMatchObject({ dateOrder: 'dmy', dateOrderChosen: false, choices: { salePeriod: column('Periode') } });
  });

  it('keeps the order the user set until the period column changes again', () => {
    const set = withDateOrder(withFieldChoice(COOP, draftForHeaderRow(COOP, 3), 'salePeriod', column('Periode')), 'mdy');
    expect(set).toMatchObject({ dateOrder: 'mdy', dateOrderChosen: true });
    expect(withFieldChoice(COOP, set, 'platform', column('Boutique')).dateOrder).toBe('mdy');
    expect(withFieldChoice(COOP, set, 'reportingDate', column('Periode')).dateOrder).toBe('mdy');
    const away = withFieldChoice(COOP, set, 'salePeriod', NO_CHOICE);
    expect(away).toMatchObject({ dateOrder: 'mdy', dateOrderChosen: false });
    expect(withFieldChoice(COOP, away, 'salePeriod', column('Periode')).dateOrder).toBe('dmy');
  });

  it('is guessed from a reporting-date column too while the user has not set it', () => {
    const draft = withFieldChoice(COOP, draftForHeaderRow(COOP, 3), 'reportingDate', column('Periode'));
    expect(draft.dateOrder).toBe('dmy');
  });
});
