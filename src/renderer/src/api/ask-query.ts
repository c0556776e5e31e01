import { decodeResultArrow } from '../../../shared/arrow/decode-result-arrow';
import type { Envelope } from '../../../shared/contract/envelope';
import type { QueryAnswer, QueryRequestInput } from '../../../shared/contract/query-execution';
import type { QuerySpecInput } from '../../../shared/query/query-spec';
import type { WorkstationApi } from '../../../shared/contract/workstation-api';

export type QueryTransport = 'auto' | 'json' | 'arrow';

/** Beyond this many rows a result comes as Arrow: typed columns, no JSON to parse and check cell by cell. */
export const ARROW_ROWS_FROM = 1_000;

/**
 * Whether a spec may answer with many rows: one with dimensions and no limit (or a large one).
 * A spec without dimensions answers with one row.
 */
export function mayBeLarge(spec: QuerySpecInput): boolean {
  if (!spec.dimensions?.length) return false;
  return spec.limit === undefined || spec.limit > ARROW_ROWS_FROM;
}

/** Runs a query as JSON or as Arrow; either way the caller gets the same answer. */
export async function askQuery(api: WorkstationApi, request: QueryRequestInput, transport: QueryTransport = 'auto'): Promise<Envelope<QueryAnswer>> {
  const arrow = transport === 'arrow' || (transport === 'auto' && mayBeLarge(request.spec));
  if (!arrow) return api.runQuery(request);
  const answer = await api.runQueryArrow(request);
  if (!answer.ok) return answer;
  try {
    return { ok: true, value: { ...decodeResultArrow(answer.value.arrow), execution: answer.value.execution } };
  } catch (error) {
    return { ok: false, error: { code: 'internal', message: `The query's Arrow answer could not be read: ${(error as Error).message}` } };
  }
}
