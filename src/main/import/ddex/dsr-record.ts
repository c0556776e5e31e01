import { splitDsrRecord } from './dsr-cells';
import { STANDARD_LAYOUTS, baseRecordType } from './dsr-layouts';

/** `HEAD`, `FOOT`, `SY02`, `SU03.01`, `LI01.01`, `SRFO`: two letters, two letters or digits, an optional version. */
const RECORD_TYPE = /^[A-Z]{2}[A-Z0-9]{2}(?:\.\d{1,2})?$/;

/** Cell names in lower case without spaces: files write `NumberofFiles` and `NumberOfFiles` alike. */
function nameKey(name: string): string {
  return name.replace(/\s+/g, '').toLowerCase();
}

/** Cell positions by name key; position 0 is the record type, so names start at 1. */
type Layout = ReadonlyMap<string, number>;

function layoutOf(names: readonly string[]): Layout {
  const layout = new Map<string, number>();
  names.forEach((name, i) => {
    const key = nameKey(name);
    if (key !== '' && !layout.has(key)) layout.set(key, i + 1);
  });
  return layout;
}

/** One record (line) of a DSR file, its cells addressed by name through its layout. */
export class DsrRecord {
  /** The record type without its version (`SU03.01` → `SU03`). */
  readonly baseType: string;

  constructor(
    /** As printed, upper-cased: `SU03.01`. */
    readonly type: string,
    readonly line: number,
    readonly raw: string,
    private readonly cells: readonly string[][],
    private readonly layout: Layout | null,
  ) {
    this.baseType = baseRecordType(type);
  }

  /** Whether anything says what the record's cells are called. */
  get hasLayout(): boolean {
    return this.layout !== null;
  }

  /** Whether the layout has a cell of this name (present even if empty in this record). */
  has(name: string): boolean {
    return this.layout?.has(nameKey(name)) ?? false;
  }

  /** The first of `names` that has a value in this record, as {name, text}; null when all are empty. */
  first(...names: string[]): { name: string; text: string } | null {
    for (const name of names) {
      const text = this.text(name);
      if (text !== '') return { name, text };
    }
    return null;
  }

  /** The cell's text, its values joined by `|` as printed (escapes resolved), trimmed; '' when absent. */
  text(name: string): string {
    const index = this.layout?.get(nameKey(name));
    return index === undefined ? '' : this.at(index);
  }

  /** The non-empty values of a multi-value cell. */
  values(name: string): string[] {
    const index = this.layout?.get(nameKey(name));
    if (index === undefined) return [];
    return (this.cells[index] ?? []).map((v) => v.trim()).filter((v) => v !== '');
  }

  /** The cell at a position (1 = the first cell after the record type). */
  at(index: number): string {
    return (this.cells[index] ?? []).join('|').trim();
  }
}

export type ReadLine =
  | { kind: 'record'; record: DsrRecord }
  | { kind: 'blank' }
  /** A `#` line: field names (then applied to later records of that type) or a plain comment. */
  | { kind: 'comment' }
  | { kind: 'unreadable'; reason: string };

/**
 * Turns lines into records. `#TYPE<TAB>Name<TAB>…` lines declare the cell names of that record
 * type for the records that follow them; a record type never declared falls back to the
 * standard layout. HEAD usually precedes its own `#HEAD` line, so it is read by the standard.
 */
export class DsrRecordReader {
  private readonly declared = new Map<string, Layout>();
  private readonly standard = new Map<string, Layout>(
    Object.entries(STANDARD_LAYOUTS).map(([type, names]) => [type, layoutOf(names)]),
  );

  read(line: number, text: string): ReadLine {
    if (text.trim() === '') return { kind: 'blank' };
    const cells = splitDsrRecord(text);
    const first = (cells[0] ?? []).join('|').trim().toUpperCase();
    if (first.startsWith('#')) {
      const type = first.slice(1).trim();
      if (RECORD_TYPE.test(type)) this.declared.set(type, layoutOf(cells.slice(1).map((values) => values.join('|').trim())));
      return { kind: 'comment' };
    }
    if (!RECORD_TYPE.test(first)) {
      return { kind: 'unreadable', reason: `not a DSR record: its first cell "${first.slice(0, 40)}" is no record type` };
    }
    return { kind: 'record', record: new DsrRecord(first, line, text, cells, this.layoutFor(first)) };
  }

  private layoutFor(type: string): Layout | null {
    const base = baseRecordType(type);
    return this.declared.get(type) ?? this.declared.get(base) ?? this.standard.get(type) ?? this.standard.get(base) ?? null;
  }
}
