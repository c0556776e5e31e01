import type Database from 'better-sqlite3';
import { z } from 'zod';
import { MappingSpec } from '../../../shared/contract/column-mapping';
import { savedMappingFormat, savedVersionOf } from '../column-mapping/saved-mappings';
import type { DelimitedDocument } from '../containers/statement-document';
import { STATEMENT_FORMATS } from '../formats';
import type { FormatContext, FormatMatch, StatementFormat } from '../formats/statement-format';
import type { RowLayout } from '../statement-row-reader';

/**
 * What import_layout keeps: everything statementRowReader needs to read one of the
 * import's records again as the import read it. A built-in format is named by its id; a column
 * mapping is kept whole, since a later version of it, or its deletion, must not change how this
 * import's lines read.
 */
const KeptLayout = z.object({
  kind: z.enum(['text', 'sheet']),
  formatId: z.string(),
  mapping: z.object({ name: z.string(), version: z.number().int(), spec: MappingSpec }).nullable(),
  // Loose: whatever else detection told the format (how the file orders its dates…) is read back as kept.
  match: z.looseObject({ variant: z.string(), confidence: z.number(), unknownColumns: z.array(z.string()) }),
  context: z.looseObject({ preamble: z.array(z.array(z.string())), fileName: z.string(), keepPersonalData: z.boolean() }),
  header: z.array(z.string()),
  headerLine: z.number().int(),
  delimiter: z.string(),
});
type KeptLayout = Omit<z.infer<typeof KeptLayout>, 'match' | 'context'> & { match: FormatMatch; context: FormatContext };

/** Keeps the layout of a document being imported with its batch, when it can be told again. */
export function keepLayout(db: Database.Database, importId: number, document: DelimitedDocument): void {
  const { format, match, context, header, headerLine, delimiter } = document.detected;
  let mapping: KeptLayout['mapping'] = null;
  if (!STATEMENT_FORMATS.includes(format)) {
    // The version that read it, not the latest: a brought-back import is read with the version it kept, deleted or not.
    const saved = savedVersionOf(format);
    // Only a wizard's unsaved mapping is neither, and it only ever previews (a dry run).
    if (saved === undefined || saved.version === null) return;
    mapping = { name: saved.name, version: saved.version, spec: saved.spec };
  }
  const kept: KeptLayout = { kind: document.kind, formatId: format.id, mapping, match, context, header, headerLine, delimiter };
  db.prepare('INSERT INTO import_layout (import_id, layout) VALUES (?, ?)').run(importId, JSON.stringify(kept));
}

function formatOf(kept: KeptLayout): StatementFormat | null {
  if (kept.mapping) return savedMappingFormat(kept.mapping);
  return STATEMENT_FORMATS.find((f) => f.id === kept.formatId) ?? null;
}

/** The layout an import kept, ready to read records with; null when this version can no longer read it. */
export function readKeptLayout(json: string): RowLayout | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return null;
  }
  const kept = KeptLayout.safeParse(parsed);
  if (!kept.success) return null;
  const format = formatOf(kept.data);
  if (!format) return null;
  const { kind, match, context, header, headerLine, delimiter } = kept.data;
  return { format, match, context, header, headerLine, delimiter, kind };
}
