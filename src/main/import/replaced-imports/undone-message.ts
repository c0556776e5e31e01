import type { BroughtBackImport } from '../../../shared/contract/replaced-imports';

const linesText = (n: number) => (n === 1 ? '1 line' : `${n.toLocaleString('en')} lines`);

function listed(numbers: number[]): string {
  return numbers.length === 1 ? `Line ${numbers[0]}` : `Lines ${numbers.slice(0, -1).join(', ')} and ${numbers.at(-1)}`;
}

/** What undoing an import and bringing back the ones it replaced did, in sentences. */
export function undoneMessage(fileName: string, removedLines: number, broughtBack: BroughtBackImport[], already: string[]): string {
  const sentences = [`Removed ${linesText(removedLines)} imported from ${fileName}.`];
  for (const back of broughtBack) {
    const quarantined = back.rejected ? `, ${linesText(back.rejected)} quarantined` : '';
    sentences.push(`Brought back ${back.fileName}: ${linesText(back.imported)} imported again from its archived original${quarantined}.`);
    if (back.toCorrectAgain.length) {
      const one = back.toCorrectAgain.length === 1;
      sentences.push(
        `${listed(back.toCorrectAgain)} of ${back.fileName} ${one ? 'was' : 'were'} corrected after its first import and ${one ? 'waits' : 'wait'} ` +
          'to be corrected again (Correct lines…).',
      );
    }
  }
  for (const name of already) sentences.push(`${name} is imported already (same content); nothing to bring back.`);
  return sentences.join(' ');
}
