/**
 * Every page's Content-Security-Policy: everything from the site itself,
 * nothing from anywhere else, no inline script (the one script, the
 * presentation's, is a file). Inline styles are allowed because the
 * flowcharts are inline SVG whose <style> and style attributes Mermaid writes.
 * As a <meta>, it also holds when the site is opened from disk.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
