import type { Envelope } from '../../../shared/contract/envelope';
import type { StagedFile } from '../../../shared/contract/imports';
import { STATEMENT_UPLOAD_PATH } from '../../../shared/contract/statement-upload';
import { readEnvelope, unavailable } from './envelope-reader';

/**
 * Sends a statement to the bridge as the request body, the browser reading it from disk as it
 * goes: the page never holds the file, and stays free to use while it travels. XMLHttpRequest,
 * not fetch, because only it tells how much of a body has been sent. Resolves to the envelope the
 * bridge answers with, or to a sentence when the upload stopped (`signal` aborted, connection lost).
 */
export function uploadStatement(
  token: string,
  file: File,
  onSent: (bytes: number) => void,
  signal?: AbortSignal,
): Promise<Envelope<StagedFile>> {
  const stopped = unavailable(`The upload of ${file.name} was stopped.`);
  if (signal?.aborted) return Promise.resolve(stopped);
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open('POST', `${STATEMENT_UPLOAD_PATH}?name=${encodeURIComponent(file.name)}`);
    request.setRequestHeader('X-Workstation-Token', token);
    request.responseType = 'json';
    request.upload.onprogress = (event) => onSent(event.loaded);
    request.onload = () => {
      // The route answers as import:stage does, so its reply is checked against the same schema.
      const answer = readEnvelope('import:stage', request.response) as Envelope<StagedFile> | null;
      resolve(
        answer ??
          unavailable(`The workstation sent no readable answer to the upload of ${file.name} (HTTP ${request.status}). Check that it is still running, then add the file again.`),
      );
    };
    // The browser reports a file it could not read and a connection lost alike.
    request.onerror = () =>
      resolve(unavailable(`${file.name} could not be sent to the workstation. Check that the file is still on this computer and that the workstation is still running, then add it again.`));
    request.onabort = () => resolve(stopped);
    signal?.addEventListener('abort', () => request.abort(), { once: true });
    request.send(file);
  });
}
