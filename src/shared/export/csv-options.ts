import { z } from 'zod';

export const CsvDelimiter = z.enum([',', ';', '\t', '|']);

export const CsvOptions = z.object({
  delimiter: CsvDelimiter.default(','),
  header: z.boolean().default(true),
  bom: z.boolean().default(false),
  lineEnding: z.enum(['crlf', 'lf']).default('crlf'),
  /** Prefix text cells starting with = + - @ so spreadsheets do not run them as formulas. */
  guardFormulas: z.boolean().default(true),
});
export type CsvOptions = z.infer<typeof CsvOptions>;
export type CsvOptionsInput = z.input<typeof CsvOptions>;
