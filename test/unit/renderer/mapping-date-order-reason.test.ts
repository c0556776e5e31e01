import { describe, expect, it } from 'vitest';
import type { MappingInspection } from '../../../src/shared/contract/column-mapping';
import { sniffDateOrder, witnessDateOrder } from '../../../src/shared/period/date-order-sniff';
import { dateOrderReason } from '../../../src/renderer/src/pages/import/mapping/date-order-reason';
import { datesWitness, draftForHeaderRow, withDateOrder } from '../../../src/renderer/src/pages/import/mapping/mapping-guesses';

/** A preamble row, the header on row 2, then the dates given, one line each. */
function statement(dates: readonly string[], reported = '05/04/2025'): MappingInspection {
  return {
    kind: 'text', encoding: 'utf-8', delimiter: ';', sheet: null, suggestedHeaderRow: 2,
    rows: [['Relevé de ventes'], ['Date de vente', 'Date du relevé', 'Boutique', 'Quantité', 'Montant net'], ...dates.map((date) => [date, reported, 'Spotify', '3', '0,01'])],
  };
}

/** What the wizard says beside the order it guessed for the statement. */
function reason(file: MappingInspection): string | null {
  const draft = draftForHeaderRow(file, 2);
  return dateOrderReason(datesWitness(file, 2, draft.choices), 2, draft.dateOrder);
}

describe('the wizard says why it guessed the date order', () => {
  it('day first: names the date that cannot be month first and the line it is on', () => {
    expect(reason(statement(['01/03/2025', '02/03/2025', '15/03/2025']))).toBe(
      'Day first: 15/03/2025 on line 5 has 15 as its first number, and no date here reads only month first.',
    );
  });

  it('month first: names the date that cannot be day first', () => {
    expect(reason(statement(['03/01/2025', '3/15/2025 12:00:00 AM'], '4/5/2025'))).toBe('Month first: 3/15/2025 on line 4 has 15 as its second number.');
  });

  it('month first when nothing settles it, saying both orders fit', () => {
    expect(reason(statement(['01/03/2025', '02/03/2025']))).toBe(
      'Month first: no date here has a first or second number over 12, so both orders fit; an import then reads month first, as US statements write.',
    );
  });

  it('month first when the dates disagree, naming one of each', () => {
    expect(reason(statement(['15/03/2025', '03/16/2025']))).toBe(
      'Month first: 15/03/2025 on line 3 can only be day first, but 03/16/2025 on line 4 only month first; '
        + 'an import reads each such date the only way it can, and dates that fit both month first.',
    );
  });

  it('keeps the guess’s reason in view when the user sets the other order, and says nothing when no date is written with slashes', () => {
    const file = statement(['15/03/2025']);
    const draft = withDateOrder(draftForHeaderRow(file, 2), 'mdy');
    expect(dateOrderReason(datesWitness(file, 2, draft.choices), 2, draft.dateOrder)).toBe(
      'Set by hand; the dates suggest day first: 15/03/2025 on line 3 has 15 as its first number, and no date here reads only month first.',
    );
    expect(reason(statement(['2025-03-15'], '2025-04-05'))).toBeNull();
  });

  it('the reporting date’s cells count too, as they do for the guess', () => {
    expect(reason(statement(['2025-03-01', '2025-03-02'], '13/04/2025'))).toBe(
      'Day first: 13/04/2025 on line 3 has 13 as its first number, and no date here reads only month first.',
    );
  });
});

describe('the importer’s rule, now with its evidence, decides as before', () => {
  it('gives sniffDateOrder’s order and mixing for every kind of file', () => {
    const files = [[['15/03/2025']], [['03/15/2025']], [['03/04/2025']], [['15/03/2025'], ['03/16/2025']], [['13-04-25']], [['13/04/25 00:00']], []];
    for (const rows of files) {
      const { order, mixed } = witnessDateOrder(rows);
      expect({ order, mixed }).toEqual(sniffDateOrder(rows));
    }
    expect(witnessDateOrder([['x', '03/04/2025'], ['15/03/2025', '16/03/2025']])).toEqual({
      order: 'dmy', mixed: false, dayFirst: { cell: '15/03/2025', row: 1 }, monthFirst: null, dates: 3,
    });
  });
});
