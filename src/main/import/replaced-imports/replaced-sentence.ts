const linesText = (n: number) => (n === 1 ? '1 line' : `${n.toLocaleString('en')} lines`);

/** What an import's outcome says of the imports it replaced: that they are gone, and how to have them back. */
export function replacedSentence(fileNames: string[], removedLines: number): string {
  const one = fileNames.length === 1;
  return `It replaces ${fileNames.join(', ')}. ${one ? 'That import was' : 'Those imports were'} removed (${linesText(removedLines)}); ` +
    `undoing this import can bring ${one ? 'it' : 'them'} back.`;
}
