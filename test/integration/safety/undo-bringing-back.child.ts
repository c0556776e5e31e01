import { undoBringingBack } from '../../../src/main/import/replaced-imports/undo-bringing-back';
import { openWriterStore } from '../../../src/main/store/open-store';

/**
 * Undoes an import bringing back the ones it replaced, as the writer thread does, in a process of
 * its own that a test can kill midway: `node --import tsx undo-bringing-back.child.ts DB ARCHIVE ID`.
 */
const [databaseFile, archiveDir, importId] = process.argv.slice(2);
const db = openWriterStore(databaseFile!);
// As the writer thread: the WAL is folded back after a request, never inside its commits.
db.pragma('wal_autocheckpoint = 0');
undoBringingBack(db, Number(importId), archiveDir!).then(
  (undone) => {
    db.close();
    process.stdout.write(`${JSON.stringify(undone)}\n`);
  },
  (error: unknown) => {
    db.close();
    process.stderr.write(`${String(error)}\n`);
    process.exitCode = 1;
  },
);
