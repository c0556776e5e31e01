import type { CHANNEL_METHODS, ChannelName } from './channel-names';
import type { ChannelInput, ChannelOutput } from './channels';
import type { Envelope } from './envelope';
import type { WorkstationEvent } from './events';

type MethodOf<K extends ChannelName> = (typeof CHANNEL_METHODS)[K];

/**
 * What the renderer sees as `window.workstation` (Electron preload) or gets from the HTTP bridge
 * client: one function per channel, each resolving to an envelope, plus an event subscription.
 */
export type WorkstationApi = {
  [K in ChannelName as MethodOf<K>]: (input?: ChannelInput<K>) => Promise<Envelope<ChannelOutput<K>>>;
} & {
  onEvent(listener: (event: WorkstationEvent) => void): () => void;
};
