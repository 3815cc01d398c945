/**
 * Every page's Content-Security-Policy: everything from the site itself,
 * nothing from anywhere else, no inline script (the one script, the
 * presentation's, is a file). Inline styles are allowed because the
 * flowcharts are inline SVG whose <style> and style attributes Mermaid writes.
 * As a <meta>, it also holds when the site is opened from disk; a host
 * sends the same policy as a header (src/site/hosting.ts).
 *
 * connect-src is 'self', not 'none': no page script fetches anything, but
 * Lighthouse reads robots.txt with a fetch from inside the page, and with
 * 'none' reports it as missing (GoogleChrome/lighthouse#4386). 'self' still
 * refuses every other host.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
