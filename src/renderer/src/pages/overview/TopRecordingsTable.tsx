import type { QueryResult } from '../../../../shared/query/query-spec';
import { ResultTable } from '../../components/ResultTable';

/** The recordings that earned most in the window, ranked. */
export function TopRecordingsTable({ result }: { result: QueryResult }) {
  return <ResultTable result={result} caption="Top recordings by revenue" ranked />;
}
