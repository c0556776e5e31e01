import type { BroughtBackImport } from '../../../shared/contract/replaced-imports';
import type { CorrectedAgain } from './corrected-again';
import { correctedSentences, linesText } from './undone-message';

/** What reading an import again did, in sentences. */
export function readAgainMessage(readAgain: BroughtBackImport, correctedAgain: CorrectedAgain): string {
  const quarantined = readAgain.rejected ? `, ${linesText(readAgain.rejected)} quarantined` : '';
  return [
    `Read ${readAgain.fileName} again from its archived original: ${linesText(readAgain.imported)} imported${quarantined}.`,
    ...correctedSentences(readAgain, correctedAgain),
  ].join(' ');
}
