import type { BroughtBackImport } from '../../../shared/contract/replaced-imports';
import type { CorrectedAgain } from './corrected-again';

export const linesText = (n: number) => (n === 1 ? '1 line' : `${n.toLocaleString('en')} lines`);

/** "Line 3", "Lines 3, 7 and 9", or past ten of them only how many: "42 lines". */
function listed(numbers: number[]): string {
  if (numbers.length > 10) return linesText(numbers.length);
  return numbers.length === 1 ? `Line ${numbers[0]}` : `Lines ${numbers.slice(0, -1).join(', ')} and ${numbers.at(-1)}`;
}

/** What became of the lines of an import read again (brought back) that were corrected after its first import. */
export function correctedSentences({ fileName }: BroughtBackImport, { corrected, refused, notKept }: CorrectedAgain): string[] {
  const sentences: string[] = [];
  if (corrected.length) {
    const one = corrected.length === 1;
    sentences.push(
      `${listed(corrected)} of ${fileName}, corrected after its first import, ${one ? 'is' : 'are'} corrected again as ${one ? 'it was' : 'they were'}.`,
    );
  }
  if (refused.length) {
    const one = refused.length === 1;
    const [first] = refused;
    sentences.push(
      `${listed(refused.map(({ line }) => line))} of ${fileName} ${one ? 'was' : 'were'} corrected after its first import, but ` +
        `${one ? 'that correction no longer reads' : 'those corrections no longer read'} (line ${first!.line}: ${first!.reason}); ` +
        `${one ? 'it waits' : 'they wait'} to be corrected again, the correction shown as tried (Correct lines…).`,
    );
  }
  if (notKept.length) {
    const one = notKept.length === 1;
    sentences.push(
      `${listed(notKept)} of ${fileName} ${one ? 'was' : 'were'} corrected after its first import and ${one ? 'waits' : 'wait'} ` +
        'to be corrected again (Correct lines…).',
    );
  }
  return sentences;
}

/** What undoing an import and bringing back the ones it replaced did, in sentences. */
export function undoneMessage(
  fileName: string,
  removedLines: number,
  broughtBack: { back: BroughtBackImport; correctedAgain: CorrectedAgain }[],
  already: string[],
): string {
  const sentences = [`Removed ${linesText(removedLines)} imported from ${fileName}.`];
  for (const { back, correctedAgain } of broughtBack) {
    const quarantined = back.rejected ? `, ${linesText(back.rejected)} quarantined` : '';
    sentences.push(`Brought back ${back.fileName}: ${linesText(back.imported)} imported again from its archived original${quarantined}.`);
    sentences.push(...correctedSentences(back, correctedAgain));
  }
  for (const name of already) sentences.push(`${name} is imported already (same content); nothing to bring back.`);
  return sentences.join(' ');
}
