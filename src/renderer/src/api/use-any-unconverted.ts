import { anyUnconverted, ANY_UNCONVERTED_SPEC } from '../../../shared/query/unconverted-lines';
import { useQueryResult } from './use-query-result';

/** Whether any line of the store waits for an FX rate; false until known. */
export function useAnyUnconverted(): boolean {
  const { result } = useQueryResult(ANY_UNCONVERTED_SPEC);
  return result !== null && anyUnconverted(result);
}
