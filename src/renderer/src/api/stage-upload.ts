import type { Envelope } from '../../../shared/contract/envelope';
import type { StagedFile } from '../../../shared/contract/imports';
import { MAX_UPLOAD_BYTES, uploadTooLargeText } from '../../../shared/contract/statement-upload';
import type { WorkstationApi } from '../../../shared/contract/workstation-api';
import { bytesToBase64 } from './base64-encode';
import { takeBridgeToken } from './bridge-token';
import { unavailable } from './envelope-reader';
import { uploadStatement } from './upload-statement';

/**
 * Hands a picked or dropped file to the core, which keeps it until it is imported. A browser has
 * no paths to share: it streams the file to the bridge, telling `onSent` how much has gone. The
 * desktop app's page has no bridge; a file dropped on its window goes over IPC in one message.
 */
export async function stageUpload(api: WorkstationApi, file: File, onSent: (bytes: number) => void, signal?: AbortSignal): Promise<Envelope<StagedFile>> {
  if (window.workstation) return sendOverIpc(api, file);
  if (file.size > MAX_UPLOAD_BYTES) return { ok: false, error: { code: 'invalid_input', message: uploadTooLargeText(file.name) } };
  const token = takeBridgeToken(window);
  if (!token) return unavailable('This page was opened without its access key. Open the full address that “npm run web” printed, including its ?token= part.');
  return uploadStatement(token, file, onSent, signal);
}

async function sendOverIpc(api: WorkstationApi, file: File): Promise<Envelope<StagedFile>> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return unavailable(`${file.name} could not be read from this computer. Check that it is still there and not open elsewhere.`);
  }
  return api.stageStatement({ fileName: file.name, contentBase64: bytesToBase64(bytes) });
}
