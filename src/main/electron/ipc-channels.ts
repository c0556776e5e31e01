import { ipcMain } from 'electron';
import { CHANNEL_NAMES } from '../../shared/contract/channel-names';
import type { Envelope } from '../../shared/contract/envelope';
import { invokeChannel, type HandlerMap } from '../core/handler-map';
import { isTrustedUrl } from './app-origin';

/**
 * One handler per contract channel. The sender frame is checked before anything else: an IPC
 * message from a frame that is not the app's own page (a stray navigation, an injected frame)
 * is refused without reaching the core.
 */
export function registerChannels(handlers: HandlerMap, origin: string): void {
  for (const channel of CHANNEL_NAMES) {
    ipcMain.handle(channel, async (event, input: unknown): Promise<Envelope<unknown>> => {
      if (!isTrustedUrl(event.senderFrame?.url, origin)) {
        return { ok: false, error: { code: 'forbidden', message: `Only the workstation's own window may call ${channel}.` } };
      }
      return invokeChannel(handlers, channel, input);
    });
  }
}
