import { statementNameParts } from './statement-name';

/**
 * A statement's name as the summary and the history show it: one that came out of a zip or a
 * workbook has what it lies in on a quiet line of its own, cut short to the width it is given (the
 * whole name on hover), and its own name below. Its text is the name as given, so a search or a
 * filter reads it unchanged.
 */
export function StatementName({ name }: { name: string }) {
  const { within, own } = statementNameParts(name);
  if (within === '') return <span>{name}</span>;
  return (
    <span className="statement-name" title={name}>
      <span className="statement-name-within">{within}</span>
      <span className="statement-name-own">{own}</span>
    </span>
  );
}
