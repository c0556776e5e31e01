import { describe, expect, it } from 'vitest';
import { databaseFileArgument } from '../../../src/main/electron/command-line';

describe('databaseFileArgument', () => {
  it('reads --db FILE and --db=FILE among other switches', () => {
    expect(databaseFileArgument(['/usr/bin/electron', 'out/main/index.js', '--db', '/tmp/a.sqlite'])).toBe('/tmp/a.sqlite');
    expect(databaseFileArgument(['app', '--no-sandbox', '--db=/tmp/b.sqlite', '--inspect'])).toBe('/tmp/b.sqlite');
  });

  it('finds nothing when the option is absent or has no value', () => {
    expect(databaseFileArgument(['app', 'out/main/index.js'])).toBeUndefined();
    expect(databaseFileArgument(['app', '--db'])).toBeUndefined();
    expect(databaseFileArgument(['app', '--db', '--inspect'])).toBeUndefined();
    expect(databaseFileArgument(['app', '--db='])).toBeUndefined();
  });
});
