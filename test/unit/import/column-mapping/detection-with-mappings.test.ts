import { describe, expect, it } from 'vitest';
import { MappingSpec } from '../../../../src/shared/contract/column-mapping';
import { mappedFormat } from '../../../../src/main/import/column-mapping/mapped-format';
import { detectStatement } from '../../../../src/main/import/statement-sniffer';
import { DISTROKID_13_HEADER } from '../../../support/temp-store';

const FILE = { fileName: 'statement.tsv', keepPersonalData: false };

function mappingFor(header: string[]) {
  return mappedFormat({
    name: 'Mine',
    version: 1,
    spec: MappingSpec.parse({
      headerRow: 1,
      header,
      delimiter: '\t',
      fields: { salePeriod: header[1], platform: { kind: 'column', column: header[2] }, quantity: header[3], amount: header[4], currency: { kind: 'fixed', value: 'USD' } },
    }),
  });
}

describe('detection with saved mappings', () => {
  it('finds a mapped layout below a preamble, by its header alone', () => {
    const header = ['Day', 'Month', 'Shop', 'Plays', 'Payout'];
    const found = detectStatement(`Label report\n\n${header.join('\t')}\n1\t2025-01\tSpotify\t3\t0.01\n`, FILE, [mappingFor(header)]);
    expect(found).toMatchObject({ format: { name: 'Mine' }, match: { variant: 'saved mapping Mine v1', confidence: 1 }, headerLine: 3, delimiter: '\t' });
    expect(detectStatement(`${header.join('\t')}\n`, FILE)).toBeNull();
  });

  it('lets a built-in format win a tie: a mapping made for a DistroKid header does not read DistroKid files', () => {
    const found = detectStatement(`${DISTROKID_13_HEADER}\n`, FILE, [mappingFor(DISTROKID_13_HEADER.split('\t'))]);
    expect(found?.format.name).toBe('DistroKid');
  });
});
