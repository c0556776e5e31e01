/** Distinct barcodes named one by one in the warnings; the rest are counted. */
const BARCODES_NAMED = 20;
/** Line numbers listed per barcode; each line carries its own flag in any case. */
const LINES_NAMED = 5;

interface NotedBarcode {
  sentence: string;
  lines: number[];
  count: number;
}

/**
 * The UPCs an import repaired (Excel's scientific notation, lost leading zeros), had to set
 * aside because digits were lost, or kept though their check digit does not verify, gathered from the lines' flags (readBarcode) into a few
 * warnings: a mangled export repeats the same few barcodes on thousands of lines.
 */
export class BarcodeNotes {
  private readonly noted = new Map<string, NotedBarcode>();
  private unnamedLines = 0;

  /** `flags` are the line's catalogue flags (ResolvedCatalogue.invalid); clean barcodes cost one lookup. */
  note(line: number, flags: Readonly<Record<string, string>>): void {
    const repaired = flags.upc_repaired;
    const reason = flags.upc_reason;
    const unverified = flags.upc_check_digit;
    if (repaired === undefined && reason === undefined && unverified === undefined) return;
    // The repair note names what was printed, so it alone tells one barcode from another.
    const key = repaired ?? (unverified !== undefined ? `check\u0000${unverified}` : `${flags.upc}\u0000${reason}`);
    let entry = this.noted.get(key);
    if (!entry) {
      if (this.noted.size >= BARCODES_NAMED) {
        this.unnamedLines++;
        return;
      }
      const sentence =
        repaired !== undefined
          ? `UPC ${repaired} (its check digit verifies); the line is flagged with what was printed`
          : unverified !== undefined
            ? `UPC ${unverified.trim()} is complete but its check digit does not verify (mistyped?); the release is filed under it as printed and the line is flagged`
            : `UPC "${flags.upc ?? ''}" was kept as printed and the line has no release barcode: ${reason}`;
      entry = { sentence, lines: [], count: 0 };
      this.noted.set(key, entry);
    }
    entry.count++;
    if (entry.lines.length < LINES_NAMED) entry.lines.push(line);
  }

  warnings(): string[] {
    const sentences = [...this.noted.values()].map((e) => `${linesText(e.lines, e.count)}: ${e.sentence}.`);
    if (this.unnamedLines) {
      sentences.push(`${this.unnamedLines} more ${this.unnamedLines === 1 ? 'line has a UPC' : 'lines have UPCs'} repaired, kept as printed or with a check digit that does not verify; each line is flagged.`);
    }
    return sentences;
  }
}

function linesText(lines: number[], count: number): string {
  if (count === 1) return `Line ${lines[0]}`;
  const more = count - lines.length;
  if (more > 0) return `Lines ${lines.join(', ')} and ${more} more`;
  return `Lines ${lines.slice(0, -1).join(', ')} and ${lines.at(-1)}`;
}
