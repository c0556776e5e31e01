import type { DesktopOnlyChannelName } from '../shared/contract/channel-names';
import type { Envelope } from '../shared/contract/envelope';
import type { StagedFile } from '../shared/contract/imports';
import { bytesToBase64 } from './base64-encode';
import type { Invoke } from './workstation-bridge';

/** Where on disk a File the page holds lies (Electron's `webUtils.getPathForFile`); '' when no file backs it. */
export type PathForFile = (file: File) => string;

const STAGE_DROPPED: DesktopOnlyChannelName = 'import:stageDropped';

/**
 * Stages a file dropped on the window. One on disk is staged by its path, which only the preload
 * can ask for and the page never sees, and the core reads it in place as it does a picked file:
 * a 96 MB statement sent as base64 froze the page for seconds and doubled its memory. One that no
 * file backs (dragged out of another app's memory) has no path: its bytes go whole, as before.
 */
export async function stageDroppedStatement(invoke: Invoke, pathForFile: PathForFile, file: File): Promise<Envelope<StagedFile>> {
  const path = pathForFile(file);
  if (path !== '') return (await invoke(STAGE_DROPPED, { path })) as Envelope<StagedFile>;
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { ok: false, error: { code: 'unavailable', message: `${file.name} could not be read from this computer. Check that it is still there and not open elsewhere.` } };
  }
  return (await invoke('import:stage', { fileName: file.name, contentBase64: bytesToBase64(bytes) })) as Envelope<StagedFile>;
}
