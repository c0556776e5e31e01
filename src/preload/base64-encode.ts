/** A multiple of 3 bytes, so each chunk encodes to whole base64 quads and the pieces join cleanly. */
const CHUNK_BYTES = 3 * 8192;

/**
 * Base64 of a file's bytes, a chunk at a time: spreading a whole statement into
 * String.fromCharCode overflows the call stack beyond a few hundred kilobytes.
 */
export function bytesToBase64(bytes: Uint8Array, chunkBytes = CHUNK_BYTES): string {
  if (chunkBytes <= 0 || chunkBytes % 3 !== 0) throw new RangeError('chunkBytes must be a positive multiple of 3');
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += chunkBytes) {
    parts.push(btoa(String.fromCharCode(...bytes.subarray(start, start + chunkBytes))));
  }
  return parts.join('');
}
