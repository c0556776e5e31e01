/** Distinct identifiers named one by one in the warnings; the rest are counted. */
const IDENTIFIERS_NAMED = 20;
/** Line numbers listed per identifier; each line carries its own flag in any case. */
const LINES_NAMED = 5;

interface NotedIdentifier {
  sentence: string;
  lines: number[];
  count: number;
}

/**
 * The UPCs an import repaired (Excel's scientific notation, lost leading zeros), had to set
 * aside because digits were lost, or kept though their check digit does not verify, and the
 * ISRC cells that are no ISRC, gathered from the lines' flags (readBarcode, the catalogue
 * resolver) into a few warnings: a mangled export repeats the same few codes on thousands of lines.
 */
export class IdentifierNotes {
  private readonly noted = new Map<string, NotedIdentifier>();
  private unnamedLines = 0;

  /** `flags` are the line's catalogue flags (ResolvedCatalogue.invalid): most lines have none. */
  note(line: number, flags: Readonly<Record<string, string>>): void {
    if (!hasFlags(flags)) return;
    for (const found of notesOf(flags)) this.add(line, found);
  }

  warnings(): string[] {
    const sentences = [...this.noted.values()].map((e) => `${linesText(e.lines, e.count)}: ${e.sentence}.`);
    if (this.unnamedLines) {
      sentences.push(`${this.unnamedLines} more ${this.unnamedLines === 1 ? 'line has a UPC or ISRC' : 'lines have UPCs or ISRCs'} repaired, kept as printed or not valid; each line is flagged.`);
    }
    return sentences;
  }

  private add(line: number, found: { key: string; sentence: string }): void {
    let entry = this.noted.get(found.key);
    if (!entry) {
      if (this.noted.size >= IDENTIFIERS_NAMED) {
        this.unnamedLines++;
        return;
      }
      entry = { sentence: found.sentence, lines: [], count: 0 };
      this.noted.set(found.key, entry);
    }
    entry.count++;
    if (entry.lines.length < LINES_NAMED) entry.lines.push(line);
  }
}

function linesText(lines: number[], count: number): string {
  if (count === 1) return `Line ${lines[0]}`;
  const more = count - lines.length;
  if (more > 0) return `Lines ${lines.join(', ')} and ${more} more`;
  return `Lines ${lines.slice(0, -1).join(', ')} and ${lines.at(-1)}`;
}

/** Any flag at all, without building the list of keys, as Object.keys would on every line. */
function hasFlags(flags: Readonly<Record<string, string>>): boolean {
  for (const _ in flags) return true;
  return false;
}

/**
 * What a line's flags say about its codes, each keyed so one code printed on many lines is one
 * warning. A repair note names what was printed, so it alone tells one barcode from another.
 */
function notesOf(flags: Readonly<Record<string, string>>): { key: string; sentence: string }[] {
  const { upc_repaired: repaired, upc_reason: reason, upc_check_digit: unverified, isrc } = flags;
  const notes: { key: string; sentence: string }[] = [];
  if (repaired !== undefined) notes.push({ key: repaired, sentence: `UPC ${repaired} (its check digit verifies); the line is flagged with what was printed` });
  else if (unverified !== undefined) {
    notes.push({
      key: `check\u0000${unverified}`,
      sentence: `UPC ${unverified.trim()} is complete but its check digit does not verify (mistyped?); the release is filed under it as printed and the line is flagged`,
    });
  } else if (reason !== undefined) {
    notes.push({ key: `${flags.upc}\u0000${reason}`, sentence: `UPC "${flags.upc ?? ''}" was kept as printed and the line has no release barcode: ${reason}` });
  }
  if (isrc !== undefined) {
    notes.push({
      key: `isrc\u0000${isrc}`,
      sentence: `"${isrc}" is no ISRC (two letters, three letters or digits, seven digits); the line is flagged and its recording matched by artist and title`,
    });
  }
  return notes;
}
