import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const projectRoot = resolve(import.meta.dirname, '..', '..');

/**
 * Where the Electron executable is, or null when it was never downloaded (as on machines without
 * access to Electron's release host). Mirrors node_modules/electron/index.js without requiring it,
 * since requiring it throws when the binary is missing.
 */
export function electronBinaryPath(root: string = projectRoot): string | null {
  const packageDir = join(root, 'node_modules', 'electron');
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relativePath = readFileSync(pathFile, 'utf8').trim();
  if (!relativePath) return null;
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(packageDir, 'dist');
  const binary = join(distDir, relativePath);
  return existsSync(distDir) && existsSync(binary) ? binary : null;
}
