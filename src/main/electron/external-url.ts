/**
 * Links to the web leave the app and open in the user's browser. Only plain http(s) URLs qualify:
 * file:, javascript:, custom schemes and URLs carrying credentials could run or leak something
 * through shell.openExternal.
 */
export function isSafeExternalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return false;
  if (parsed.username || parsed.password) return false;
  return parsed.hostname.length > 0;
}
