/**
 * The renderer is served from a privileged custom scheme rather than file://, so it has a real,
 * narrow origin: only pages under it may talk to the core, navigate, or receive events.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'workstation';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * `scheme://host[:port]` of a URL, or null when it cannot be parsed. WHATWG `URL.origin` is the
 * string "null" for non-special schemes such as app://, so it cannot be used for the comparison.
 */
export function originOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (!parsed.host) return null;
  return `${parsed.protocol}//${parsed.host.toLowerCase()}`;
}

/** The origin pages must come from: the dev server while developing, the app scheme otherwise. */
export function trustedOrigin(devServerUrl: string | undefined): string {
  const devOrigin = devServerUrl ? originOf(devServerUrl) : null;
  return devOrigin ?? APP_ORIGIN;
}

export function isTrustedUrl(url: string | undefined, origin: string): boolean {
  return url !== undefined && originOf(url) === origin;
}
