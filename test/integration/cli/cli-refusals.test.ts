import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkStoreWritable, StoreNotWritable } from '../../../src/main/store/store-access';
import { cliArguments, runCli } from '../../support/run-cli';
import { DISTROKID_13_HEADER, distroKidLine, tempDataFolder } from '../../support/temp-store';

const SETPRIV = '/usr/bin/setpriv';
const ROOT = join(import.meta.dirname, '..', '..', '..');
let folder: ReturnType<typeof tempDataFolder>;

beforeEach(() => {
  folder = tempDataFolder('tunemantra-refusals-');
});
afterEach(() => folder.remove());

function statement(name: string, month: string): string {
  const rows = [DISTROKID_13_HEADER, distroKidLine({ saleMonth: month, store: 'Spotify', title: 'Harbour Lights', isrc: 'USTWO2400001', qty: 3, earnings: '1.25' })];
  return folder.write(name, rows.join('\n') + '\n');
}

describe('the CLI refusing, or stopping, in one sentence', () => {
  it('a file that is not SQLite is refused at start, saying what to do, with exit code 3', () => {
    const file = folder.write('notes.sqlite', 'these are my notes, not a data file\n'.repeat(200));
    const cli = runCli(['query', '--db', file, '--spec', '{"metrics":["lines"],"timeRange":{"kind":"preset","preset":"all"}}']);
    expect(cli.code).toBe(3);
    expect(cli.stderr.trim()).toBe(
      `tunemantra: The file ${file} is not a TuneMantra data file (it is not an SQLite database). Check the path given with --db or TUNEMANTRA_DB, or move that file away to start a new data file there.`,
    );
  });

  it('a data file that is not there is refused by the commands that read, with exit code 3, and nothing is made', () => {
    const file = join(folder.dir, 'typo', 'label.sqlite');
    for (const command of [
      ['query', '--spec', '{"metrics":["revenue"]}'],
      ['lines'],
      ['export', '--spec', '{"metrics":["revenue"]}', '--format', 'csv', '--out', join(folder.dir, 'out.csv')],
    ]) {
      const cli = runCli([...command, '--db', file]);
      expect(cli.code, command[0]).toBe(3);
      expect(cli.stderr.trim()).toBe(
        `tunemantra: There is no TuneMantra data file at ${file}. Check the path given with --db or TUNEMANTRA_DB, or import statements into it first.`,
      );
    }
    expect(existsSync(join(folder.dir, 'typo'))).toBe(false);
    // An import makes the data file it is given: that is how a label starts one.
    expect(runCli(['import', '--db', file, statement('january.tsv', '2024-01')]).code).toBe(0);
    expect(runCli(['query', '--db', file, '--spec', '{"metrics":["revenue"]}']).code).toBe(0);
  });

  it('a lines listing cut short by its reader (| head) ends quietly', () => {
    const rows = [DISTROKID_13_HEADER];
    for (let i = 0; i < 3_000; i++) rows.push(distroKidLine({ saleMonth: '2024-03', store: 'Spotify', title: `Song ${i}`, isrc: `USTWO24${String(i).padStart(5, '0')}`, qty: 1, earnings: '0.01' }));
    const file = folder.write('march.tsv', rows.join('\n') + '\n');
    const db = folder.location.databaseFile;
    expect(runCli(['import', '--db', db, file]).code).toBe(0);
    const piped = spawnSync('/bin/bash', ['-c', `set -o pipefail; "${process.execPath}" ${cliArguments(['lines', '--db', db]).map((arg) => `"${arg}"`).join(' ')} | head -n 2`], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(piped.stderr).toBe('');
    expect(piped.status).toBe(0);
    expect(piped.stdout.split('\n')).toHaveLength(3);
  });

  it('a port already taken is said in one sentence, exit code 2', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const { port } = taken.address() as { port: number };
    try {
      const cli = runCli(['serve', '--db', folder.location.databaseFile, '--port', String(port)]);
      expect(cli.code).toBe(2);
      expect(cli.stderr.trim()).toBe(
        `tunemantra: port ${port} on 127.0.0.1 is already in use (perhaps TuneMantra is already running there); pick another with --port, or leave --port out to use a free one.`,
      );
    } finally {
      taken.close();
    }
  });

  // Root writes to any file whatever its mode, so the check is also run with the system's answer
  // for another user given to it: the access probe is injected.
  it('a read-only data file is refused at open, saying what to do', () => {
    const db = folder.location.databaseFile;
    expect(runCli(['import', '--db', db, statement('january.tsv', '2024-01')]).code).toBe(0);
    const sentence = `The data file ${db} cannot be written to (it is read-only). TuneMantra needs to write to it: check its permissions, or copy it somewhere you can write and open that.`;
    const refused = (path: string) => {
      if (path === db) throw Object.assign(new Error(`EACCES: permission denied, access '${path}'`), { code: 'EACCES' });
    };
    expect(() => checkStoreWritable(db, refused)).toThrow(new StoreNotWritable(db));
    expect(() => checkStoreWritable(db, refused)).toThrow(sentence);
    expect(() => checkStoreWritable(db, () => undefined)).not.toThrow();

    // And for real: the file made read-only, the CLI run as a user the mode binds (nobody, when the tests run as root).
    const february = statement('february.tsv', '2024-02');
    chmodSync(db, 0o444);
    chmodSync(folder.dir, 0o755);
    const asRoot = process.getuid?.() === 0;
    if (asRoot && !existsSync(SETPRIV)) return;
    const command = [process.execPath, ...cliArguments(['import', '--db', db, february])];
    const [program, ...args] = asRoot ? [SETPRIV, '--reuid=nobody', '--regid=nogroup', '--clear-groups', ...command] : command;
    const cli = spawnSync(program!, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, TUNEMANTRA_DB: '' } });
    expect(cli.stderr.trim()).toBe(`tunemantra: ${sentence}`);
    expect(cli.status).toBe(3);
  });
});
