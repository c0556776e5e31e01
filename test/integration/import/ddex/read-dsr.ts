import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { readDdexDsr, type DdexLine, type DdexStatement } from '../../../../src/main/import/ddex';
import type { StatementLineDraft } from '../../../../src/main/import/statement-line';

/** Text in pieces of `size` characters: a CRLF, an escape or a multi-byte letter may fall on a seam. */
export async function* piecesOf(text: string, size: number): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

export async function* fileText(path: string): AsyncGenerator<string> {
  for await (const chunk of createReadStream(path, { encoding: 'utf8', highWaterMark: 256 })) yield chunk as string;
}

export interface ReadStatement {
  statement: DdexStatement;
  lines: DdexLine[];
  drafts: (StatementLineDraft & { line: number })[];
  rejections: { line: number; rejection: string; raw: string }[];
}

export async function readDsrFile(path: string, chunks: AsyncIterable<string> = fileText(path)): Promise<ReadStatement> {
  const statement = await readDdexDsr(chunks, basename(path));
  const lines: DdexLine[] = [];
  for await (const line of statement.lines) lines.push(line);
  return {
    statement,
    lines,
    drafts: lines.flatMap((l) => ('draft' in l ? [{ ...l.draft, line: l.line }] : [])),
    rejections: lines.flatMap((l) => ('rejection' in l ? [l] : [])),
  };
}

/** Earned amounts summed per currency, in 1e-16 units. */
export function totalsOf(drafts: readonly StatementLineDraft[]): Record<string, bigint> {
  const totals: Record<string, bigint> = {};
  for (const d of drafts) totals[d.currency] = (totals[d.currency] ?? 0n) + d.amount;
  return totals;
}

export function quantityOf(drafts: readonly StatementLineDraft[]): number {
  return drafts.reduce((sum, d) => sum + d.quantity, 0);
}
