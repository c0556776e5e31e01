import { isAbsolute, join, relative, resolve } from 'node:path';
import { APP_HOST, APP_SCHEME } from './app-origin';

const ENTRY_FILE = 'index.html';

/**
 * Maps an app:// request to a file inside the built renderer, or null when the request must be
 * refused. Chromium normalises URLs before they reach the protocol handler, but this is the only
 * thing standing between a page and the disk, so it trusts nothing: traversal is rejected in the
 * raw text, again after decoding each segment, and the final path must still lie under rootDir.
 */
export function resolveRendererFile(rootDir: string, requestUrl: string): string | null {
  const rawPath = rawPathOf(requestUrl);
  if (rawPath === null || hasSuspiciousText(rawPath)) return null;

  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.hostname.toLowerCase() !== APP_HOST) return null;
  if (url.port || url.username || url.password) return null;

  const segments = decodeSegments(rawPath === '/' ? `/${ENTRY_FILE}` : rawPath);
  if (segments === null) return null;

  const root = resolve(rootDir);
  const file = resolve(join(root, ...segments));
  const inside = relative(root, file);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return null;
  return file;
}

/** The path exactly as written, before URL parsing gets a chance to resolve dot segments. */
function rawPathOf(requestUrl: string): string | null {
  const prefix = `${APP_SCHEME}://`;
  if (!requestUrl.toLowerCase().startsWith(prefix)) return null;
  const afterScheme = requestUrl.slice(prefix.length);
  const pathStart = afterScheme.search(/[/?#\\]/);
  if (pathStart === -1 || afterScheme[pathStart] !== '/') return null;
  const path = afterScheme.slice(pathStart);
  const end = path.search(/[?#]/);
  return end === -1 ? path : path.slice(0, end);
}

/** Backslashes, NUL and encoded dots or separators have no business in a bundled asset's URL. */
function hasSuspiciousText(rawPath: string): boolean {
  return /\\|\0|%2e|%2f|%5c|%00/i.test(rawPath) || rawPath.split('/').some((segment) => segment === '..' || segment === '.');
}

function decodeSegments(rawPath: string): string[] | null {
  const segments = rawPath.slice(1).split('/');
  const decoded: string[] = [];
  for (const segment of segments) {
    let text: string;
    try {
      text = decodeURIComponent(segment);
    } catch {
      return null;
    }
    // An empty segment would make `//etc/passwd` absolute, a colon would make `C:` a drive, and
    // a percent sign left after decoding means the URL was encoded twice to slip past the checks.
    if (text === '' || text === '.' || text === '..' || /[\\/:%\0]/.test(text)) return null;
    decoded.push(text);
  }
  return decoded;
}
