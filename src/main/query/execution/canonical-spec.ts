import { QuerySpec } from '../../../shared/query/query-spec';

function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .map((key) => [key, sortedKeys((value as Record<string, unknown>)[key])]),
  );
}

/**
 * One text per question: the spec parsed (so omitted defaults and given defaults agree) and
 * written with its keys sorted. Array order is kept: metrics and dimensions order the columns.
 */
export function canonicalSpec(spec: QuerySpec): string {
  return JSON.stringify(sortedKeys(QuerySpec.parse(spec)));
}
