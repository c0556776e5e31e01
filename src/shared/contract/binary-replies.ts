import type { ChannelName } from './channel-names';

/**
 * Channels whose answer carries bytes, and the field holding them. Over the HTTP bridge such an
 * answer travels as the response body itself, the rest of its value as JSON in a header: base64
 * in the envelope would be a third larger and cost an encode and a decode for results whose whole
 * point is to be compact. Failures stay ordinary JSON envelopes. Electron's IPC carries the bytes
 * as they are.
 */
const BINARY_REPLY_FIELDS: Partial<Record<ChannelName, string>> = {
  'query:runArrow': 'arrow',
};

export const BINARY_REPLY_TYPE = 'application/octet-stream';
/** The answer's other fields, as URI-encoded JSON (header values must be plain ASCII). */
export const BINARY_REPLY_HEADER = 'x-workstation-reply';

export function binaryReplyField(channel: string): string | undefined {
  return Object.hasOwn(BINARY_REPLY_FIELDS, channel) ? BINARY_REPLY_FIELDS[channel as ChannelName] : undefined;
}
