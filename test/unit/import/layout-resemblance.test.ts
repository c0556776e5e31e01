import { describe, expect, it } from 'vitest';
import { mappedFormat } from '../../../src/main/import/column-mapping/mapped-format';
import type { DelimitedRecord } from '../../../src/main/import/delimited-parser';
import { STATEMENT_FORMATS } from '../../../src/main/import/formats';
import type { StatementFormat } from '../../../src/main/import/formats/statement-format';
import { closestLayout, closestOf, headerMatchOf, resemblanceText } from '../../../src/main/import/layout-resemblance';
import { detectStatement, headerCandidates } from '../../../src/main/import/statement-sniffer';
import { MappingSpec } from '../../../src/shared/contract/column-mapping';

const FILE = { fileName: 'statement.csv', keepPersonalData: false };

/** DistroKid's legacy header with "Earnings (USD)" as a distributor might rename it. */
const RENAMED_EARNINGS = [
  'Reporting Date', 'Sale Month', 'Store', 'Artist', 'Title', 'ISRC', 'UPC', 'Quantity', 'Team Percentage',
  'Song/Album', 'Country of Sale', 'Songwriter Royalties Withheld', 'Net Earnings USD',
];

const rows = (...headers: string[][]): DelimitedRecord[] => headers.map((fields, i) => ({ fields, line: i + 1 }));

/** A layout made up for the test: recognised by exactly these columns. */
function madeUp(id: string, columns: string[]): StatementFormat {
  return {
    id,
    name: id,
    fingerprints: [{ columns }],
    recognise: () => null,
    mapper: () => () => {
      throw new Error('never read');
    },
  };
}

describe('the layout an unrecognised header comes closest to', () => {
  it('is DistroKid for its header with a renamed column, naming the column it lacks and the header line', () => {
    const text = ['Statement for Lena Vos', '', RENAMED_EARNINGS.join('\t'), '2024-03-05\t2024-01\tSpotify'].join('\n');
    expect(detectStatement(text, FILE)).toBeNull();
    const resemblance = closestLayout(headerCandidates(text));
    expect(resemblance).toEqual({
      closest: { format: 'DistroKid', variant: null, found: 4, total: 5, missing: ['Earnings (USD)'], tiedWith: [] },
      line: 3,
    });
    expect(resemblanceText(resemblance!.closest)).toBe(
      '4 of the 5 key columns of DistroKid, missing “Earnings (USD)”; if the distributor renamed it, map the columns yourself on the Import page (Map columns…)',
    );
  });

  it('is none for a header like no statement', () => {
    expect(closestLayout(headerCandidates('Name,Email,Phone,Notes\nAna,ana@example.com,555,\n'))).toBeNull();
  });

  it('is none when a header has less than half of every fingerprint', () => {
    // 2 of DistroKid's 5 and no more of any other layout's.
    expect(closestLayout(rows(['Sale Month', 'Team Percentage', 'Track Name', 'Amount Paid']))).toBeNull();
  });

  it('never likens a header to a fingerprint of fewer than 3 columns, however much of it the header has', () => {
    const small = madeUp('Two-column', ['Month', 'Payout']);
    expect(closestLayout(rows(['Month', 'Revenue']), [small])).toBeNull();
  });

  it('names both layouts of a tie, the first in detection order first', () => {
    // 3 of CD Baby's 5 fingerprint columns and 3 of Symphonic's 5.
    const header = ['Sales Date', 'Quantity', 'Subtotal', 'Reporting Period', 'Digital Service Provider', 'Activity Period'];
    const resemblance = closestLayout(rows(header));
    expect(resemblance?.closest).toEqual({
      format: 'CD Baby', variant: null, found: 3, total: 5, missing: ['Partner Name', 'Transaction Type'], tiedWith: ['Symphonic'],
    });
    expect(resemblanceText(resemblance!.closest)).toContain('3 of the 5 key columns of CD Baby (as many as of Symphonic), missing “Partner Name”, “Transaction Type”; if the distributor renamed them');
  });

  it('prefers the larger share of a fingerprint, then more of its columns found', () => {
    const four = madeUp('Four', ['A', 'B', 'C', 'D']);
    const six = madeUp('Six', ['A', 'B', 'C', 'E', 'F', 'G']);
    // 3 of 4 beats 3 of 6.
    expect(closestLayout(rows(['A', 'B', 'C']), [six, four])?.closest.format).toBe('Four');
    // 2 of 4 and 3 of 6 are the same share: 3 columns found say more.
    expect(closestLayout(rows(['A', 'B', 'E', 'X']), [four, six])?.closest).toMatchObject({ format: 'Six', found: 3, tiedWith: [] });
    // And of two sheets (or rows) the closer one wins.
    const closer = closestLayout(rows(['A', 'B', 'C']), [four])!.closest;
    const farther = closestLayout(rows(['A', 'B']), [four])!.closest;
    expect(closestOf([undefined, farther, closer])).toBe(closer);
    expect(closestOf([undefined])).toBeUndefined();
  });

  it('names a group of spellings by its first, and at most five missing columns', () => {
    const wide = madeUp('Wide', ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L']);
    const closest = closestLayout(rows(['A', 'B', 'C', 'D', 'E', 'F']), [wide])!.closest;
    expect(closest.missing).toEqual(['G', 'H', 'I', 'J', 'K', 'L']);
    expect(resemblanceText(closest)).toContain('missing “G”, “H”, “I”, “J”, “K” and 1 more;');

    // Believe's French header without its net revenue: named as the English spelling.
    const french = ['Mois de vente', 'Plateforme', 'Quantité', 'Devise de paiement client', 'Revenu'];
    expect(closestLayout(rows(french))?.closest).toMatchObject({ format: 'Believe', found: 4, total: 5, missing: ['Net Revenue'] });
  });

  it('names the variant of a layout whose variants differ in their fingerprint', () => {
    const closest = closestLayout(rows(['STATEMENT PERIOD', 'STORE', 'QUANTITY', 'NET SHARE']))!.closest;
    expect(closest).toMatchObject({ format: 'The Orchard', variant: 'statement CSV (upper-case headers)', found: 3, total: 4, missing: ['NET SHARE ACCOUNT CURRENCY'] });
  });
});

describe("each layout's fingerprints", () => {
  const declared = STATEMENT_FORMATS.filter((format) => format.fingerprints);

  it('are declared by every built-in layout but Spotify for Artists', () => {
    expect(STATEMENT_FORMATS.filter((format) => !format.fingerprints).map((format) => format.id)).toEqual(['spotify-for-artists']);
  });

  it('say exactly what recognise requires: all of a fingerprint is recognised, one column fewer is not', () => {
    for (const format of declared) {
      for (const fingerprint of format.fingerprints!) {
        const header = fingerprint.columns.map((column) => (typeof column === 'string' ? column : column[0]!));
        const context = { preamble: [], ...FILE };
        expect(format.recognise(header, context), `${format.id} ${fingerprint.variant ?? ''}`).not.toBeNull();
        expect(headerMatchOf(format, header)).toEqual({ kind: 'fingerprint', found: header.length, total: header.length });
        header.forEach((_, dropped) => {
          const fewer = header.filter((__, i) => i !== dropped);
          expect(format.recognise(fewer, context), `${format.id} without ${header[dropped]}`).toBeNull();
        });
      }
    }
  });
});

describe('how a recognised header matched', () => {
  it('is a saved mapping’s exact column set, counted once per name', () => {
    const header = ['Month', 'Shop', 'Units', 'Paid', 'Paid', ''];
    const format = mappedFormat({
      name: 'Co-op',
      version: 2,
      spec: MappingSpec.parse({
        headerRow: 1, header, delimiter: ',',
        fields: { salePeriod: 'Month', platform: { kind: 'column', column: 'Shop' }, quantity: 'Units', amount: 'Paid', currency: { kind: 'fixed', value: 'EUR' } },
      }),
    });
    expect(headerMatchOf(format, header)).toEqual({ kind: 'savedMapping', columns: 4 });
  });

  it('is nothing to show for a layout that declares no fingerprint', () => {
    const spotify = STATEMENT_FORMATS.find((format) => format.id === 'spotify-for-artists')!;
    expect(headerMatchOf(spotify, ['date', 'listeners', 'streams', 'followers'])).toBeUndefined();
  });
});
