import type { ChannelOutput } from '../../../shared/contract/channels';
import type { Envelope } from '../../../shared/contract/envelope';
import type { WorkstationApi } from '../../../shared/contract/workstation-api';
import { bytesToBase64 } from './base64-encode';
import { unavailable } from './envelope-reader';

/**
 * Hands a picked or dropped file to the core, which keeps it until it is imported. The browser
 * has no paths to share, so the bytes travel in the request.
 */
export async function stageUpload(api: WorkstationApi, file: File): Promise<Envelope<ChannelOutput<'import:stage'>>> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return unavailable(`${file.name} could not be read from this computer. Check that it is still there and not open elsewhere.`);
  }
  return api.stageStatement({ fileName: file.name, contentBase64: bytesToBase64(bytes) });
}
