import { BINARY_REPLY_HEADER, BINARY_REPLY_TYPE, binaryReplyField } from '../../../shared/contract/binary-replies';
import { CHANNEL_METHODS, EVENT_CHANNEL, type ChannelName } from '../../../shared/contract/channel-names';
import type { Envelope } from '../../../shared/contract/envelope';
import { WorkstationEvent } from '../../../shared/contract/events';
import type { WorkstationApi } from '../../../shared/contract/workstation-api';
import { noteConnectionBack, noteConnectionLost } from './connection-state';
import { readEnvelope, unavailable } from './envelope-reader';
import { InterruptedJobs } from './interrupted-jobs';

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
 * events. Every failure, down to a dropped connection, still resolves to an envelope. A broken
 * event stream or a request that reaches no one marks the connection lost (connection-state.ts)
 * and ends the jobs under way as interrupted; the event stream coming back marks it found again.
 */
export function createBridgeApi(token: string): WorkstationApi {
  const listeners = new Set<(event: WorkstationEvent) => void>();
  let source: EventSource | null = null;
  const jobs = new InterruptedJobs();

  const tell = (event: WorkstationEvent) => {
    jobs.noteEvent(event);
    for (const listener of listeners) listener(event);
  };

  function lose(): void {
    noteConnectionLost();
    for (const event of jobs.interrupt(new Date())) tell(event);
  }

  async function invoke(channel: ChannelName, input: unknown): Promise<Envelope<unknown>> {
    const envelope = await send(channel, input);
    if (envelope.ok) jobs.noteAnswer(envelope.value);
    return envelope;
  }

  async function send(channel: ChannelName, input: unknown): Promise<Envelope<unknown>> {
    let response: Response;
    try {
      response = await fetch(`/api/invoke/${channel}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Workstation-Token': token },
        body: JSON.stringify(input ?? {}),
      });
    } catch {
      // The event stream, not one request, says whether jobs under way are lost with it.
      noteConnectionLost();
      return unavailable(NOT_ANSWERING);
    }
    // An answer while the event stream is up again: the workstation is there.
    if (source !== null && source.readyState === source.OPEN) noteConnectionBack();
    const bytesField = binaryReplyField(channel);
    if (bytesField && response.headers.get('content-type')?.startsWith(BINARY_REPLY_TYPE)) return readBinaryReply(channel, response, bytesField);
    const body: unknown = await response.json().catch(() => null);
    return readEnvelope(channel, body) ?? unavailable(`${NOT_ANSWERING} (HTTP ${response.status})`);
  }

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
      if (event.success) tell(event.data);
    };
    // EventSource tries again by itself after a dropped connection; a refusal (401 from a
    // workstation started again with a new key) closes it for good, and the page must be reloaded.
    events.addEventListener('error', lose);
    events.addEventListener('open', noteConnectionBack);
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
