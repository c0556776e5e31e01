import { readFileSync } from 'node:fs';
import type { PreparedExport } from '../../src/main/export/prepared-exports';

/** A prepared export's content as text, from its bytes or its file. */
export function preparedText(prepared: PreparedExport): string {
  return 'bytes' in prepared ? new TextDecoder().decode(prepared.bytes) : readFileSync(prepared.path, 'utf8');
}
