import type { ExportFile, ExportRequestInput } from '../../../shared/contract/channels';
import type { WorkstationApi } from '../../../shared/contract/workstation-api';
import { downloadFile } from './download-file';

export type ExportOutcome =
  | { kind: 'saved'; path: string; rows: number }
  | { kind: 'downloaded'; fileName: string; rows: number }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string };

/** Prepares an export, then hands it over the way this shell can: a save dialog or a download. */
export async function runExport(api: WorkstationApi, request: ExportRequestInput): Promise<ExportOutcome> {
  const created = await api.createExport(request);
  if (!created.ok) return { kind: 'failed', message: created.error.message };
  return handOverExport(api, created.value);
}

/** Hands over an export the core has already prepared (a report, quarantined lines, …). */
export async function handOverExport(api: WorkstationApi, file: ExportFile): Promise<ExportOutcome> {
  const { exportId, fileName, rows } = file;
  const saved = await api.saveExport({ exportId });
  if (!saved.ok) return { kind: 'failed', message: saved.error.message };
  switch (saved.value.outcome) {
    case 'saved':
      return { kind: 'saved', path: saved.value.path, rows };
    case 'download':
      downloadFile(saved.value.url, fileName);
      return { kind: 'downloaded', fileName, rows };
    case 'cancelled':
      return { kind: 'cancelled' };
  }
}
