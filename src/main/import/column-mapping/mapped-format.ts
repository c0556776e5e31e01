import type { MappingSpec } from '../../../shared/contract/column-mapping';
import type { StatementFormat } from '../formats/statement-format';
import { mappedLineMapper, unmappedColumns } from './mapped-lines';
import { mappedFormatId, mappingFingerprint } from './mapping-fingerprint';

export interface MappingToRead {
  name: string;
  /** null while the wizard is still shaping it: a preview, nothing saved yet. */
  version: number | null;
  spec: MappingSpec;
}

/** The name a mapping that is not saved yet goes by in a preview. */
export const UNSAVED_MAPPING_NAME = 'Column mapping';

/**
 * A statement format made from a column mapping. It recognises a header by its fingerprint alone
 * (the same names, in any order) with full confidence; the built-in formats come first in
 * detection, so one of them that reads the same header wins the tie.
 */
export function mappedFormat(mapping: MappingToRead): StatementFormat {
  const { spec } = mapping;
  const fingerprint = mappingFingerprint(spec.header);
  const variant = mapping.version === null ? 'not saved yet' : `saved mapping ${mapping.name} v${mapping.version}`;
  return {
    id: mappedFormatId(fingerprint),
    name: mapping.name,
    ...(spec.encoding ? { encoding: spec.encoding } : {}),
    recognise(header) {
      if (mappingFingerprint(header) !== fingerprint) return null;
      // Kept with each line, not counted: the preview lists them as columns the app does not use.
      return { variant, confidence: 1, unknownColumns: unmappedColumns(header, spec) };
    },
    mapper: (header) => mappedLineMapper(header, spec),
  };
}
