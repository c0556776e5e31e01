import { z } from 'zod';
import { ExactDecimal } from './contract-values';

export const ReconciliationStatusName = z.enum(['matched', 'mismatch', 'noStatedTotal', 'notRecorded']);

export const StatementReconciliation = z.object({
  imports: z.array(
    z.object({
      importId: z.number().int(),
      fileName: z.string(),
      format: z.string(),
      /** The platforms its lines are on, by name: a DSR file's one store, a distributor's many; none for audience gauges. */
      platforms: z.array(z.string()),
      importedAt: z.string(),
      /** matched, mismatch, noStatedTotal (the file states none) or notRecorded (imported before stated totals were kept). */
      status: ReconciliationStatusName,
      /** What the import holds, per original currency. */
      amounts: z.record(z.string(), ExactDecimal),
      checks: z.array(
        z.object({
          label: z.string(),
          measure: z.enum(['amount', 'quantity', 'lines', 'records']),
          currency: z.string().nullable(),
          line: z.number().int().nullable(),
          stated: z.string(),
          found: z.string(),
          /** found − stated, exact; null when the found side is not one figure. */
          difference: z.string().nullable(),
          matches: z.boolean(),
        }),
      ),
    }),
  ),
  summary: z.record(ReconciliationStatusName, z.number().int()),
});
export type StatementReconciliation = z.infer<typeof StatementReconciliation>;
