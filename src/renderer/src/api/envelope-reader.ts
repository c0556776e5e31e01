import type { ChannelName } from '../../../shared/contract/channel-names';
import { CHANNELS } from '../../../shared/contract/channels';
import { describeZodError, WorkstationErrorShape, type Envelope } from '../../../shared/contract/envelope';

export function unavailable(message: string): Envelope<never> {
  return { ok: false, error: { code: 'unavailable', message } };
}

/**
 * Checks an answer from outside the renderer against the contract, so a malformed reply becomes a
 * readable error in one panel instead of a crash somewhere in the page.
 */
export function readEnvelope(channel: ChannelName, body: unknown): Envelope<unknown> | null {
  if (typeof body !== 'object' || body === null || !('ok' in body)) return null;
  if (body.ok === false) {
    const error = WorkstationErrorShape.safeParse((body as { error?: unknown }).error);
    return error.success ? { ok: false, error: error.data } : null;
  }
  if (body.ok !== true) return null;
  const value = CHANNELS[channel].output.safeParse((body as { value?: unknown }).value);
  if (!value.success) {
    return { ok: false, error: { code: 'internal', message: `The workstation sent an unexpected answer for ${channel}: ${describeZodError(value.error)}` } };
  }
  return { ok: true, value: value.data };
}
