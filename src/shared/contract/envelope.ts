import { z } from 'zod';

export const ERROR_CODES = [
  'invalid_input',
  'not_found',
  'forbidden',
  'rejected_input',
  'cancelled',
  'busy',
  'unavailable',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const WorkstationErrorShape = z.object({
  code: z.enum(ERROR_CODES),
  /** One sentence a person can act on; never a stack trace. */
  message: z.string(),
  details: z.unknown().optional(),
});
export type WorkstationErrorShape = z.infer<typeof WorkstationErrorShape>;

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: WorkstationErrorShape };

/** Thrown by core services; crosses the boundary as an envelope error. */
export class WorkstationError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'WorkstationError';
  }

  toShape(): WorkstationErrorShape {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

/** Turns a zod failure into a sentence that names the offending field. */
export function describeZodError(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length ? issue.path.join('.') : 'input'}: ${issue.message}`)
    .join('; ');
}
