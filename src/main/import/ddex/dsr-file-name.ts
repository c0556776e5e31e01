import { basename } from 'node:path';

/**
 * DSR file names (DSR Part 1, clause 8.1):
 *   DSR_<MessageRecipient>_<MessageSender>_<ServiceDescription>_<Period>_<Territory>_<x>of<y>_<Created>.tsv[.gz]
 * Any element may be left empty (two underscores in a row), and `xofy` may be left out of a
 * single-file report. The standard puts the recipient first; some documents (this project's
 * FORMATS.md among them) say sender first, so HEAD's party cells are trusted over the name and
 * the name only fills in what HEAD leaves out.
 */
export interface DsrFileName {
  recipient: string;
  sender: string;
  service: string;
  period: string;
  territory: string;
  part: { n: number; of: number } | null;
  /** `YYYYMMDDThhmmss`, as printed. */
  created: string;
}

const NAME = /^DSR_(.*)\.(?:tsv|txt)(?:\.gz)?$/i;
const CREATED = /^\d{8}T\d{6}(?:\d{3})?$/;
const PART = /^(\d+)of(\d+)$/i;

export function readDsrFileName(fileName: string): DsrFileName | null {
  const m = NAME.exec(basename(fileName));
  if (!m) return null;
  const parts = m[1]!.split('_');
  const created = parts.at(-1) ?? '';
  if (!CREATED.test(created)) return null;
  let part: DsrFileName['part'] = null;
  if (parts.length === 7) {
    const p = PART.exec(parts[5]!);
    if (!p) return null;
    part = { n: Number(p[1]), of: Number(p[2]) };
  } else if (parts.length !== 6) {
    return null;
  }
  const [recipient, sender, service, period, territory] = parts as [string, string, string, string, string];
  return { recipient, sender, service, period, territory, part, created };
}
