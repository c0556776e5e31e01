import { copyFileSync, existsSync, mkdirSync, renameSync } from 'node:fs';
import { extname, join } from 'node:path';

/**
 * Keeps the original statement, named by its SHA-256, so every figure can be traced back to the
 * file as received. Written beside its final name and renamed, so a crash never leaves half a copy.
 */
export function archiveStatement(path: string, sha256: string, archiveDir: string): string {
  const folder = join(archiveDir, sha256.slice(0, 2));
  const target = join(folder, `${sha256}${extname(path).toLowerCase()}`);
  if (!existsSync(target)) {
    mkdirSync(folder, { recursive: true });
    const partial = `${target}.partial`;
    copyFileSync(path, partial);
    renameSync(partial, target);
  }
  return target;
}
