import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { electronBinaryPath } from '../../support/electron-binary';

describe('electronBinaryPath', () => {
  let root: string;
  let packageDir: string;

  beforeEach(() => {
    vi.stubEnv('ELECTRON_OVERRIDE_DIST_PATH', undefined);
    root = mkdtempSync(join(tmpdir(), 'tunemantra-electron-binary-'));
    packageDir = join(root, 'node_modules', 'electron');
    mkdirSync(packageDir, { recursive: true });
  });

  afterEach(() => {
    vi.unstubAllEnvs();
    rmSync(root, { recursive: true, force: true });
  });

  it('is null when the package never recorded a download', () => {
    expect(electronBinaryPath(root)).toBeNull();
  });

  it('is null when the download was recorded but the files are gone', () => {
    writeFileSync(join(packageDir, 'path.txt'), 'electron');
    expect(electronBinaryPath(root)).toBeNull();
  });

  it('is the executable inside dist/ when it is there', () => {
    writeFileSync(join(packageDir, 'path.txt'), 'electron');
    mkdirSync(join(packageDir, 'dist'));
    writeFileSync(join(packageDir, 'dist', 'electron'), '');
    expect(electronBinaryPath(root)).toBe(join(packageDir, 'dist', 'electron'));
  });
});
