/**
 * Sent with every file the app scheme serves. The renderer is bundled, so nothing needs inline
 * scripts, eval or a remote origin; inline styles stay allowed for the chart library's layout.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');
