/**
 * Said on the card of a file whose statements a file above it holds (the same file picked twice,
 * or beside a zip holding it): the importer would find it a duplicate, so it is not sent.
 */
export function sameStatementText(holders: string[]): string {
  const names = holders.length <= 1 ? (holders[0] ?? '') : `${holders.slice(0, -1).join(', ')} and ${holders.at(-1)}`;
  const which = holders.length === 1 ? 'which is' : 'which are';
  return `The same statement as ${names}, ${which} imported first: this file will not be imported a second time.`;
}
