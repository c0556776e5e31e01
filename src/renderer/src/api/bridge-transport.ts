import { BINARY_REPLY_HEADER, BINARY_REPLY_TYPE, binaryReplyField } from '../../../shared/contract/binary-replies';
import { CHANNEL_METHODS, EVENT_CHANNEL, type ChannelName } from '../../../shared/contract/channel-names';
import type { Envelope } from '../../../shared/contract/envelope';
import { WorkstationEvent } from '../../../shared/contract/events';
import type { WorkstationApi } from '../../../shared/contract/workstation-api';
import { readEnvelope, unavailable } from './envelope-reader';

const NOT_ANSWERING = 'The workstation is not answering. Check that it is still running, then try again.';

/** A binary answer: the body is the bytes, the header the rest of the value (see binary-replies.ts). */
async function readBinaryReply(channel: ChannelName, response: Response, field: string): Promise<Envelope<unknown>> {
  let rest: unknown;
  let bytes: Uint8Array;
  try {
    rest = JSON.parse(decodeURIComponent(response.headers.get(BINARY_REPLY_HEADER) ?? '{}'));
    bytes = new Uint8Array(await response.arrayBuffer());
  } catch {
    return unavailable(`${NOT_ANSWERING} (an incomplete answer to ${channel})`);
  }
  if (typeof rest !== 'object' || rest === null) return unavailable(`${NOT_ANSWERING} (an unreadable answer to ${channel})`);
  return readEnvelope(channel, { ok: true, value: { ...rest, [field]: bytes } }) ?? unavailable(NOT_ANSWERING);
}

/**
 * The workstation contract over the loopback HTTP bridge: one POST per call, one EventSource for
 * events. Every failure, down to a dropped connection, still resolves to an envelope.
 */
export function createBridgeApi(token: string): WorkstationApi {
  async function invoke(channel: ChannelName, input: unknown): Promise<Envelope<unknown>> {
    let response: Response;
    try {
      response = await fetch(`/api/invoke/${channel}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Workstation-Token': token },
        body: JSON.stringify(input ?? {}),
      });
    } catch {
      return unavailable(NOT_ANSWERING);
    }
    const bytesField = binaryReplyField(channel);
    if (bytesField && response.headers.get('content-type')?.startsWith(BINARY_REPLY_TYPE)) return readBinaryReply(channel, response, bytesField);
    const body: unknown = await response.json().catch(() => null);
    return readEnvelope(channel, body) ?? unavailable(`${NOT_ANSWERING} (HTTP ${response.status})`);
  }

  const listeners = new Set<(event: WorkstationEvent) => void>();
  let source: EventSource | null = null;

  function openEvents(): EventSource {
    const events = new EventSource(`/api/events?token=${encodeURIComponent(token)}`);
    const deliver = (message: MessageEvent<string>) => {
      let payload: unknown;
      try {
        payload = JSON.parse(message.data);
      } catch {
        return;
      }
      const event = WorkstationEvent.safeParse(payload);
      if (!event.success) return;
      for (const listener of listeners) listener(event.data);
    };
    // The bridge names its frames after the IPC event channel; unnamed frames are accepted too.
    events.addEventListener(EVENT_CHANNEL, deliver);
    events.addEventListener('message', deliver);
    return events;
  }

  const methods = Object.fromEntries(
    (Object.entries(CHANNEL_METHODS) as [ChannelName, string][]).map(([channel, method]) => [
      method,
      (input?: unknown) => invoke(channel, input),
    ]),
  );

  return {
    ...(methods as Omit<WorkstationApi, 'onEvent'>),
    onEvent(listener) {
      listeners.add(listener);
      source ??= openEvents();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) {
          source?.close();
          source = null;
        }
      };
    },
  };
}
