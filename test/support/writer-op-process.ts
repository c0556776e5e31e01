import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { DataLocation } from '../../src/main/core/data-location';

const ROOT = join(import.meta.dirname, '..', '..');
const CHILD = join(import.meta.dirname, 'writer-op.child.ts');

/** The writer ops on an import that a test runs in a process of its own (writer-op.child.ts). */
export type KillableOp = 'undoBringingBack' | 'readAgain';

/** The source through tsx, not the run's bundle: the op is called directly, not through the writer thread. */
const opArguments = (op: KillableOp, location: DataLocation, importId: number) =>
  ['--import', 'tsx', CHILD, op, location.databaseFile, location.archiveDir, String(importId)];

/** Starts the op, to be killed with killWhen. */
export function startWriterOp(op: KillableOp, location: DataLocation, importId: number): ChildProcess {
  return spawn(process.execPath, opArguments(op, location, importId), { cwd: ROOT, stdio: 'ignore' });
}

/** Runs the op to its end: its answer as JSON on stdout, or its error on stderr. */
export function runWriterOp(op: KillableOp, location: DataLocation, importId: number) {
  return spawnSync(process.execPath, opArguments(op, location, importId), { cwd: ROOT, encoding: 'utf8', timeout: 150_000 });
}

/**
 * Kills the child with SIGKILL as soon as `reached` says it is where the test wants it, looked at
 * every 10 ms; fails rather than kill it too late (it finished first) or never (it never got there).
 */
export async function killWhen(child: ChildProcess, reached: () => boolean, giveUpAfterMs = 120_000): Promise<void> {
  let exited = false;
  const exit = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_code, signal) => resolve(((exited = true), signal))));
  const started = Date.now();
  try {
    while (!reached()) {
      if (exited) throw new Error('the op finished before it could be killed: give it more to do');
      if (Date.now() - started > giveUpAfterMs) throw new Error('the op never got where it was to be killed');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  } finally {
    child.kill('SIGKILL');
    await exit;
  }
  if ((await exit) !== 'SIGKILL') throw new Error('the op finished before the kill reached it: give it more to do');
}
