import { z } from 'zod';

/** An import that a later one replaced, as the store held it when it was removed. */
export const ReplacedImport = z.object({
  /** The id it had; it is no longer in the history. */
  importId: z.number().int(),
  fileName: z.string(),
  /** Its statement lines, corrected ones included, and its quarantined lines, when it was replaced. */
  imported: z.number().int(),
  rejected: z.number().int(),
  /** Earned per original currency, exact decimals. */
  amounts: z.record(z.string(), z.string()),
  saleFrom: z.string().nullable(),
  saleTo: z.string().nullable(),
  /** Null when undoing the replacing import can bring it back; otherwise why it cannot, in a sentence. */
  cannotBringBack: z.string().nullable(),
  /**
   * It kept the layout its lines were read with, so lines of it may have been corrected after it
   * was imported: a re-import reads the file as printed, then applies the corrections kept.
   */
  correctable: z.boolean(),
});
export type ReplacedImport = z.infer<typeof ReplacedImport>;

export const BroughtBackImport = z.object({
  fileName: z.string(),
  /** The id it is imported under now. */
  importId: z.number().int(),
  imported: z.number().int(),
  rejected: z.number().int(),
  amounts: z.record(z.string(), z.string()),
  /** Lines corrected after its first import that wait again: the kept correction no longer reads, or its text was not kept (corrected before corrections were kept). */
  toCorrectAgain: z.array(z.number().int()),
});
export type BroughtBackImport = z.infer<typeof BroughtBackImport>;

/** An import read again from its archived original, as this version reads its statement. */
export const ImportReadAgain = z.object({
  /** The id it had; it is imported under `readAgain.importId` now. */
  previousImportId: z.number().int(),
  readAgain: BroughtBackImport,
  message: z.string(),
});
export type ImportReadAgain = z.infer<typeof ImportReadAgain>;

/** An import undone, and the imports it had replaced imported again from their archived originals. */
export const UndoneAndBroughtBack = z.object({
  importId: z.number().int(),
  removedLines: z.number().int(),
  broughtBack: z.array(BroughtBackImport),
  message: z.string(),
});
export type UndoneAndBroughtBack = z.infer<typeof UndoneAndBroughtBack>;
