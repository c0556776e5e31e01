import type { MappingSpecInput } from '../../src/shared/contract/column-mapping';

/** The header row of the Indie Pressing Co-op statements (test/fixtures/statements/unknown/). */
export const COOP_HEADER = ['Periode', 'Boutique', 'Pays', 'Interprete', 'Titre', 'Code ISRC', 'Ventes', 'Montant net'];

/** The co-op's layout as the mapping wizard saves it: row 3 is the header, decimal commas, day-first dates. */
export const COOP_MAPPING: MappingSpecInput = {
  headerRow: 3,
  header: COOP_HEADER,
  delimiter: ';',
  decimalSeparator: ',',
  dateOrder: 'dmy',
  fields: {
    salePeriod: 'Periode',
    platform: { kind: 'column', column: 'Boutique' },
    territory: 'Pays',
    artist: 'Interprete',
    title: 'Titre',
    isrc: 'Code ISRC',
    quantity: 'Ventes',
    amount: 'Montant net',
    currency: { kind: 'fixed', value: 'USD' },
  },
};
