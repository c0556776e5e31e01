import type { Envelope } from '../../../shared/contract/envelope';
import type { StagedFile } from '../../../shared/contract/imports';
import { MAX_UPLOAD_BYTES, uploadTooLargeText } from '../../../shared/contract/statement-upload';
import type { WorkstationApi } from '../../../shared/contract/workstation-api';
import { takeBridgeToken } from './bridge-token';
import { unavailable } from './envelope-reader';
import { uploadStatement } from './upload-statement';

/**
 * Hands a picked or dropped file to the core, which keeps it until it is imported. The desktop
 * app's preload stages a file dropped on its window where it lies on disk, by a path the page
 * never sees (only a file no disk file backs, dragged out of another app, goes over IPC whole).
 * A browser has no paths to share: it streams the file to the bridge, telling `onSent` how much
 * has gone.
 */
export async function stageUpload(api: WorkstationApi, file: File, onSent: (bytes: number) => void, signal?: AbortSignal): Promise<Envelope<StagedFile>> {
  if (api.stageDroppedStatement) return api.stageDroppedStatement(file);
  if (file.size > MAX_UPLOAD_BYTES) return { ok: false, error: { code: 'invalid_input', message: uploadTooLargeText(file.name) } };
  const token = takeBridgeToken(window);
  if (!token) return unavailable('This page was opened without its access key. Open the full address that “npm run web” printed, including its ?token= part.');
  return uploadStatement(token, file, onSent, signal);
}
