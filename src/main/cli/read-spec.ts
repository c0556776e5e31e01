import { readFileSync } from 'node:fs';
import { describeZodError } from '../../shared/contract/envelope';
import { QuerySpec } from '../../shared/query/query-spec';
import { StatementLinesRequest } from '../../shared/query/statement-lines-contract';
import { RejectedInputError, UsageError } from './cli-usage';

/** `--spec '{"metrics":["revenue"]}'` or `--spec @spec.json`. */
export function readSpec(option: string | undefined): QuerySpec {
  if (!option) throw new UsageError('--spec is required');
  const parsed = QuerySpec.safeParse(readJson(option));
  if (!parsed.success) throw new RejectedInputError(`invalid query spec: ${describeZodError(parsed.error)}`);
  return parsed.data;
}

/** What `lines` takes: it writes every line chosen, so a page (offset, limit) is refused rather than ignored. */
const LinesSpec = StatementLinesRequest.omit({ offset: true, limit: true });

/** `--spec '{"filters":[…],"timeRange":…}'` (or @file) for `lines`: every line of the store without one. */
export function readLinesRequest(option: string | undefined): Omit<StatementLinesRequest, 'offset' | 'limit'> {
  const parsed = LinesSpec.safeParse(option ? readJson(option) : {});
  if (!parsed.success) throw new RejectedInputError(`invalid lines spec: ${describeZodError(parsed.error)}`);
  return parsed.data;
}

function readJson(option: string): unknown {
  let text = option;
  if (option.startsWith('@')) {
    try {
      text = readFileSync(option.slice(1), 'utf8');
    } catch (error) {
      throw new UsageError(`cannot read spec file ${option.slice(1)}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new RejectedInputError(`the spec is not valid JSON: ${(error as Error).message}`);
  }
}
