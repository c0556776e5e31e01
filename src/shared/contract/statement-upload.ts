import { z } from 'zod';

/**
 * A browser has no paths to share: it sends a picked or dropped statement as the body of one
 * POST to this route of the bridge, the file's name in `?name=`, with the session token header.
 * The bridge writes the body to the staging folder as it arrives and answers with the StagedFile
 * envelope `import:stage` gives.
 */
export const STATEMENT_UPLOAD_PATH = '/api/upload';

/**
 * The most one upload may bring. The body goes to disk as it arrives, so memory sets no limit;
 * this one keeps a mistaken pick (a disk image, a video) from filling the data folder's disk.
 * Statements run to a few hundred MB.
 */
export const MAX_UPLOAD_BYTES = 2_000_000_000;

/** The file's name on the user's computer, as `import:stage` takes it. */
export const UploadedFileName = z.string().min(1).max(255);

export function uploadTooLargeText(fileName: string): string {
  return `${fileName} is larger than 2,000 MB, the most the workstation takes in one upload. Import it with the desktop app or the "tunemantra import" command, which read a file where it is.`;
}
