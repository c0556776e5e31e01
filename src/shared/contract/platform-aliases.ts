import { z } from 'zod';

export const PLATFORM_SPELLING_MAX = 100;

/** A store name as a statement prints it: edges trimmed, as the importer trims a cell before it looks the name up. */
export const PlatformSpelling = z
  .string()
  .trim()
  .min(1, 'Type the spelling a statement uses for this platform.')
  .max(PLATFORM_SPELLING_MAX, `A spelling is at most ${PLATFORM_SPELLING_MAX} characters.`);

export const PlatformAliasRequest = z.object({ platformId: z.number().int(), alias: PlatformSpelling }).strict();
export type PlatformAliasRequest = z.infer<typeof PlatformAliasRequest>;

/**
 * Removing takes any stored spelling, not only one typed here: a merged platform's name becomes
 * an alias as the statement printed it, whatever its length.
 */
export const PlatformAliasRemoval = z.object({ platformId: z.number().int(), alias: z.string().trim().min(1).max(4096) }).strict();
export type PlatformAliasRemoval = z.infer<typeof PlatformAliasRemoval>;

/** The spelling as stored and the platform it leads (or led) to. */
export const PlatformAliasChange = z.object({ platformId: z.number().int(), platform: z.string(), alias: z.string() });
export type PlatformAliasChange = z.infer<typeof PlatformAliasChange>;
