import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { logger } from '../diagnostics/logger';

/**
 * A desktop app's stderr is seen by nobody, so the shell also appends the log to a file in the
 * data folder, where a user can find it and send it along with a problem report.
 */
export function logToDataFolder(dataDir: string): void {
  const folder = join(dataDir, 'logs');
  mkdirSync(folder, { recursive: true });
  const file = join(folder, 'desktop.log');
  const stream = createWriteStream(file, { flags: 'a' });
  logger.configure({
    sink: (line) => {
      process.stderr.write(`${line}\n`);
      stream.write(`${line}\n`);
    },
  });
}
