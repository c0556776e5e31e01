import { readFileSync } from 'node:fs';
import { describeZodError } from '../../shared/contract/envelope';
import { QuerySpec } from '../../shared/query/query-spec';
import { RejectedInputError, UsageError } from './cli-usage';

/** `--spec '{"metrics":["revenue"]}'` or `--spec @spec.json`. */
export function readSpec(option: string | undefined): QuerySpec {
  if (!option) throw new UsageError('--spec is required');
  let text = option;
  if (option.startsWith('@')) {
    try {
      text = readFileSync(option.slice(1), 'utf8');
    } catch (error) {
      throw new UsageError(`cannot read spec file ${option.slice(1)}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new RejectedInputError(`the spec is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = QuerySpec.safeParse(json);
  if (!parsed.success) throw new RejectedInputError(`invalid query spec: ${describeZodError(parsed.error)}`);
  return parsed.data;
}
