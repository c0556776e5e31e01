import { LineRejection } from './statement-line';

/** Header names compare without case, stray spaces or a byte-order mark. */
export function normaliseHeaderName(name: string): string {
  return name.replace(/^\uFEFF/, '').trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Columns found by header name, never by position: statement layouts drift, and a renamed,
 * moved or added column must not shift every figure one column over.
 */
export class HeaderColumns {
  private readonly index = new Map<string, number>();

  constructor(readonly header: string[]) {
    header.forEach((name, i) => {
      const key = normaliseHeaderName(name);
      if (!this.index.has(key)) this.index.set(key, i);
    });
  }

  has(...names: string[]): boolean {
    return names.some((n) => this.index.has(normaliseHeaderName(n)));
  }

  /** Index of the first of `names` present, or -1. */
  find(...names: string[]): number {
    for (const n of names) {
      const i = this.index.get(normaliseHeaderName(n));
      if (i !== undefined) return i;
    }
    return -1;
  }

  /** Header names not in `known` (reported to the user, never an error). */
  unknown(known: readonly string[]): string[] {
    const knownKeys = new Set(known.map(normaliseHeaderName));
    return this.header.filter((h) => h.trim() !== '' && !knownKeys.has(normaliseHeaderName(h)));
  }

  /** Share of `fingerprint` present in the header. */
  coverage(fingerprint: readonly string[]): number {
    return fingerprint.filter((n) => this.index.has(normaliseHeaderName(n))).length / fingerprint.length;
  }
}

/** Reads a cell, naming its column when it is required and missing. */
export function cell(fields: string[], index: number): string {
  return index < 0 ? '' : (fields[index] ?? '').trim();
}

export function requiredCell(fields: string[], index: number, column: string): string {
  const value = cell(fields, index);
  if (value === '') throw new LineRejection(`column "${column}" is empty`);
  return value;
}
