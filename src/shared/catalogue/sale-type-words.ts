import type { MAPPED_SALE_TYPES } from '../contract/column-mapping';

/**
 * The kind of sale from a store's transaction, content or delivery words, the most specific text
 * first: the first one that names a kind wins, so a "Download" content type is not overruled by a
 * "Streaming" delivery column. Shared by the importer and the mapping wizard, so the wizard takes a
 * column for the sale type only when its cells read as the importer would read them.
 */
export function saleTypeFromWords(...texts: string[]): (typeof MAPPED_SALE_TYPES)[number] | null {
  let any = false;
  for (const text of texts) {
    const t = text.trim().toLowerCase();
    if (t === '') continue;
    any = true;
    if (/user generated|\bugc\b|youtube|content ?id|facebook|instagram|tiktok|audio tier/.test(t)) return 'ugc';
    if (/stream|subscription|ad[- ]supported|ストリーミング|再生/.test(t)) return 'stream';
    if (/download|purchase|track sale|album sale|^sales?$|ダウンロード/.test(t)) return 'download';
    if (/physical|\bcd\b|vinyl|\blp\b/.test(t)) return 'physical';
  }
  return any ? 'other' : null;
}
