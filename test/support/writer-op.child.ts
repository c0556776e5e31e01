import { readAgain } from '../../src/main/import/replaced-imports/read-again';
import { undoBringingBack } from '../../src/main/import/replaced-imports/undo-bringing-back';
import { openWriterStore, type Store } from '../../src/main/store/open-store';
import type { KillableOp } from './writer-op-process';

const OPS: Record<KillableOp, (db: Store, importId: number, archiveDir: string) => Promise<unknown>> = { undoBringingBack, readAgain };

/**
 * Runs a writer op on an import as the writer thread does, in a process of its own that a test can
 * kill midway: `node --import tsx writer-op.child.ts OP DB ARCHIVE ID`. Prints the op's answer.
 */
const [op, databaseFile, archiveDir, importId] = process.argv.slice(2);
const run = OPS[op as KillableOp];
const db = openWriterStore(databaseFile!);
// As the writer thread: the WAL is folded back after a request, never inside its commits.
db.pragma('wal_autocheckpoint = 0');
run(db, Number(importId), archiveDir!).then(
  (answer) => {
    db.close();
    process.stdout.write(`${JSON.stringify(answer)}\n`);
  },
  (error: unknown) => {
    db.close();
    process.stderr.write(`${String(error)}\n`);
    process.exitCode = 1;
  },
);
