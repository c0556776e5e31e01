const UNKNOWN = new Set(['', 'OU', 'XX', 'ZZ', '--', 'N/A', 'NA?', 'UNKNOWN', 'OTHER']);
const WORLD = new Set(['WW', 'WORLD', 'WORLDWIDE', 'GLOBAL', 'ROW']);
const ALIASES: Record<string, string> = { UK: 'GB', EL: 'GR' };

/** A statement's country cell → ISO-3166 alpha-2, ZZ for unknown or WW for worldwide. */
export function normaliseTerritory(text: string, known: ReadonlySet<string>): string {
  const code = text.trim().toUpperCase();
  if (UNKNOWN.has(code)) return 'ZZ';
  if (WORLD.has(code)) return 'WW';
  const alias = ALIASES[code];
  if (alias) return alias;
  return known.has(code) ? code : 'ZZ';
}
