import type { ImportPreview, ImportStartRequest } from '../../../../shared/contract/imports';
import { countText, linesText } from '../../format/figures-text';

type ImportMode = ImportStartRequest['mode'];

/**
 * Whether the import would refuse a file its (lenient) dry run found ready: strict mode refuses a
 * file at its first line that cannot be read, and when its own totals disagree with its lines.
 */
export function refusedInStrictMode(preview: ImportPreview, mode: ImportMode): boolean {
  if (mode !== 'strict' || preview.status !== 'ready') return false;
  return preview.rejected > 0 || (preview.reconciliation?.mismatches.length ?? 0) > 0;
}

/** Why strict mode will refuse a file: its first line that cannot be read and how many there are, or its totals. */
export function strictRefusalText(preview: ImportPreview): string {
  if (preview.rejected === 0) {
    return 'Strict mode will refuse this file: its own totals disagree with its lines. Lenient imports it and keeps the difference as a warning.';
  }
  const first = preview.problems.find((problem) => problem.line !== null) ?? preview.problems[0];
  const where = first ? (first.line === null ? `: ${first.reason}` : ` at line ${first.line}: ${first.reason}`) : '';
  const them = preview.rejected === 1 ? 'it' : 'those';
  return `Strict mode will refuse this file${where}. In all, ${linesText(preview.rejected)} cannot be read; Lenient imports the other ${countText(preview.importable)} and quarantines ${them}.`;
}

/** What Lenient does with a ready file's unreadable lines, said on its card. */
export function quarantineNoteText(preview: ImportPreview): string | null {
  if (preview.status !== 'ready' || preview.rejected === 0) return null;
  return `${linesText(preview.rejected)} will be quarantined with ${preview.rejected === 1 ? 'its reason' : 'their reasons'}, to correct or download after importing.`;
}

/** Said beside the Import button in strict mode, for the files it leaves out; null when it leaves none. */
export function strictRefusalsText(refused: number): string | null {
  if (refused === 0) return null;
  const files = refused === 1 ? '1 file would be refused' : `${refused} files would be refused`;
  return `${files} in strict mode and ${refused === 1 ? 'stays' : 'stay'} here: choose Lenient to import ${refused === 1 ? 'its' : 'their'} readable lines.`;
}
