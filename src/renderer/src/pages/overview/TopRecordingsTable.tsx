import type { QueryResult } from '../../../../shared/query/query-spec';
import type { WaitingOfRow } from '../../../../shared/query/unconverted-members';
import { ResultTable } from '../../components/ResultTable';

/** The recordings that earned most in the window, ranked; each says what its revenue leaves out for want of an FX rate. */
export function TopRecordingsTable({ result, waiting }: { result: QueryResult; waiting: WaitingOfRow | null }) {
  return <ResultTable result={result} caption="Top recordings by revenue" ranked waiting={waiting} />;
}
