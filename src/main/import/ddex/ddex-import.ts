import type { DocumentProgress } from '../import-outcome';
import { ImportCancelled, readStatementText, type StatementFileFacts } from '../statement-file';
import type { StatementLineDraft } from '../statement-line';
import { DdexDsrError, readDdexDsr, type DdexStatement } from './read-ddex-dsr';

/** How DSR imports are filed in import_batch.format and named to the user. */
export const DDEX_DSR_FORMAT = { id: 'ddex-dsr', name: 'DDEX DSR' } as const;

/** The part of the pipeline's StatementLineWriter a DSR import writes through. */
export interface DdexLineSink {
  write(draft: StatementLineDraft, line: number): void;
  quarantine(line: number, reason: string, raw: string): void;
}

/**
 * Opens a statement file the sniffer took for a DSR: streams it in the encoding the first pass
 * settled on, reports bytes read, stops on cancellation (ImportCancelled), and resolves once
 * HEAD and the summary records are read. Rejects with DdexDsrError (line, reason) when the file
 * is no readable DSR. Call it before opening the import's transaction: nothing is written yet.
 */
export async function openDdexStatement(
  path: string,
  facts: StatementFileFacts,
  fileName: string,
  progress: { isCancelled: () => boolean; onProgress: (progress: DocumentProgress) => void; lines: () => number },
): Promise<DdexStatement> {
  async function* text(): AsyncGenerator<string> {
    let bytesDone = 0;
    let lastReport = 0;
    const report = () => progress.onProgress({ bytesDone, bytesTotal: facts.byteLength, lines: progress.lines() });
    for await (const chunk of readStatementText(path, facts)) {
      if (progress.isCancelled()) throw new ImportCancelled();
      bytesDone += chunk.bytes;
      const now = Date.now();
      if (now - lastReport > 100) {
        lastReport = now;
        report();
      }
      yield chunk.text;
    }
    // The reports above are spaced out: the last one tells the whole file read.
    report();
  }
  return readDdexDsr(text(), fileName);
}

/**
 * Writes a DSR statement's lines through the import's writer, inside the import's transaction.
 * strict: the first record that cannot become a line, or a FOOT whose counts disagree with the
 * file, refuses the file (DdexDsrError naming the line and the counts); lenient: such records are
 * quarantined and FOOT problems come back as warnings. Notes (where the revenue came from,
 * another rights controller's share left out) are returned as warnings in both modes.
 */
export async function writeDdexLines(
  statement: DdexStatement,
  sink: DdexLineSink,
  mode: 'strict' | 'lenient',
  counted: (lines: number) => void = () => {},
): Promise<{ lines: number; warnings: string[] }> {
  let lines = 0;
  // A broken record many usages share (a summary, a licensor) is quarantined once; the usages it
  // holds back are counted and said, and come back with it once it is corrected.
  const heldBack = new Map<number, number>();
  for await (const item of statement.lines) {
    if ('rejection' in item) {
      if (mode === 'strict') throw new DdexDsrError(item.line, item.rejection);
      const held = heldBack.get(item.line);
      if (held === undefined) sink.quarantine(item.line, item.rejection, item.raw);
      heldBack.set(item.line, (held ?? 0) + 1);
    } else {
      sink.write(item.draft, item.line);
    }
    counted(++lines);
  }
  const footer = statement.checkFooter();
  const warnings: string[] = [];
  if (footer.length) {
    const reason = `the FOOT record disagrees with the file: ${footer.join('; ')}`;
    if (mode === 'strict') throw new DdexDsrError(statement.reportPart().footer.footLine, reason);
    warnings.push(reason);
  }
  for (const [line, usages] of heldBack) {
    if (usages > 1) warnings.push(`line ${line} is quarantined, and with it the ${usages} usage records that refer to it: correct it and import the file again to bring them in`);
  }
  warnings.push(...statement.notes());
  return { lines, warnings: warnings.map(asSentence) };
}

/** The readers' notes are clauses; shown on their own, each is a sentence. */
function asSentence(note: string): string {
  return `${note[0]!.toUpperCase()}${note.slice(1)}${note.endsWith('.') ? '' : '.'}`;
}
