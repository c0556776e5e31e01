import { fileSizeText } from '../../format/figures-text';
import type { StagedEntry } from '../../stores/import-store';

export interface UploadProgress {
  /** From 0 to 1. */
  share: number;
  /** "45% of 96.4 MB sent". */
  text: string;
}

/** How far a file's upload has got, once the browser has told; null before then and in any other phase. */
export function uploadProgress(entry: Pick<StagedEntry, 'phase' | 'sentBytes' | 'byteLength'>): UploadProgress | null {
  if (entry.phase !== 'uploading' || entry.sentBytes === undefined || !entry.byteLength) return null;
  const share = Math.min(1, Math.max(0, entry.sentBytes / entry.byteLength));
  return { share, text: `${Math.floor(share * 100)}% of ${fileSizeText(entry.byteLength)} sent` };
}
