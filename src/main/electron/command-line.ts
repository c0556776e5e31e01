/**
 * The database file named with `--db FILE` or `--db=FILE`, the same option the CLI and the
 * browser bridge take. Electron and Chromium switches around it are left alone.
 */
export function databaseFileArgument(argv: readonly string[]): string | undefined {
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index];
    if (argument === '--db') {
      const value = argv[index + 1];
      return value && !value.startsWith('--') ? value : undefined;
    }
    if (argument?.startsWith('--db=')) return argument.slice('--db='.length) || undefined;
  }
  return undefined;
}
