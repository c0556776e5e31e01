import type { CHANNEL_METHODS, PageChannelName } from './channel-names';
import type { ChannelInput, ChannelOutput } from './channels';
import type { Envelope } from './envelope';
import type { WorkstationEvent } from './events';

type MethodOf<K extends PageChannelName> = (typeof CHANNEL_METHODS)[K];

/**
 * What the renderer sees as `window.workstation` (Electron preload) or gets from the HTTP bridge
 * client: one function per channel, each resolving to an envelope, plus an event subscription.
 */
export type WorkstationApi = {
  [K in PageChannelName as MethodOf<K>]: (input?: ChannelInput<K>) => Promise<Envelope<ChannelOutput<K>>>;
} & {
  onEvent(listener: (event: WorkstationEvent) => void): () => void;
  /**
   * The desktop preload's alone (a browser uploads a dropped file): stages a file dropped on the
   * window where it lies on disk, by a path the page never sees; a file no disk file backs goes
   * whole, as `import:stage`.
   */
  stageDroppedStatement?(file: File): Promise<Envelope<ChannelOutput<'import:stageDropped'>>>;
};
