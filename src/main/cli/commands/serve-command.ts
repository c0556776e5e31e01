import { startWebBridge } from '../../bridge/web-bridge';
import type { DataLocation } from '../../core/data-location';
import { storeUpdateText } from '../../store/store-update';
import { asStoreUnusable, UsageError } from '../cli-usage';

/** Serves the UI on 127.0.0.1 until interrupted; prints the address (with its token) to open. */
export async function serveCommand(location: DataLocation, options: { port?: string }): Promise<number> {
  const port = options.port === undefined ? 0 : Number(options.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a port number, not "${options.port}"`);
  let bridge;
  try {
    bridge = await startWebBridge({ location, port, onStoreUpdate: (update) => process.stdout.write(`${storeUpdateText(update)}\n`) });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw asStoreUnusable(error);
    process.stderr.write(`tunemantra: port ${port} on 127.0.0.1 is already in use (perhaps TuneMantra is already running there); pick another with --port, or leave --port out to use a free one.\n`);
    return 2;
  }
  process.stdout.write(`TuneMantra is running at ${bridge.url}\nData: ${location.databaseFile}\nPress Ctrl+C to stop.\n`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await bridge.close();
  return 0;
}
