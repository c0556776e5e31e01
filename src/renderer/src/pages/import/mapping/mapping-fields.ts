import { MAPPED_SALE_TYPES, type MappedFieldName } from '../../../../../shared/contract/column-mapping';

/** What a field may be instead of a column: one value the user types (or picks) for every line. */
export type FixedKind = 'text' | 'currency' | 'saleType';

/** The fields guessed from a column's name (and cells); the currency is paired with the amount afterwards. */
export type NamedField = Exclude<MappedFieldName, 'currency'>;

export interface FieldDefinition {
  key: MappedFieldName;
  label: string;
  required: boolean;
  fixed?: { kind: FixedKind; label: string };
  /** A word on what the field means, where the label alone could mislead. */
  hint?: string;
}

/** The fields of a statement line, in the order a statement usually reads. */
export const FIELD_DEFINITIONS: readonly FieldDefinition[] = [
  { key: 'salePeriod', label: 'Sale period', required: true, hint: 'The day or month the sale or stream happened.' },
  { key: 'reportingDate', label: 'Reporting date', required: false, hint: 'When the distributor reported it, if the file says.' },
  { key: 'platform', label: 'Platform', required: true, fixed: { kind: 'text', label: 'Platform name' } },
  { key: 'territory', label: 'Territory', required: false },
  { key: 'artist', label: 'Artist', required: false },
  { key: 'title', label: 'Track title', required: false },
  { key: 'releaseTitle', label: 'Release title', required: false },
  { key: 'isrc', label: 'ISRC', required: false },
  { key: 'upc', label: 'UPC / EAN', required: false },
  { key: 'quantity', label: 'Quantity', required: true, hint: 'Streams, downloads or units; returns negative.' },
  { key: 'amount', label: 'Earned amount', required: true, hint: 'What the label earned on the line, after the distributor’s share.' },
  { key: 'currency', label: 'Currency', required: true, fixed: { kind: 'currency', label: 'Currency code' } },
  { key: 'saleType', label: 'Sale type', required: false, fixed: { kind: 'saleType', label: 'Sale type of every line' } },
];

export const SALE_TYPE_LABELS: Record<(typeof MAPPED_SALE_TYPES)[number], string> = {
  stream: 'Stream',
  download: 'Download',
  ugc: 'User-generated content',
  physical: 'Physical',
  other: 'Other',
};
