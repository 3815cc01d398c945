// The key of one rendered file: a sha256 over everything that can change its
// bytes. Pure: the caller reads the files and the environment
// (src/cache/environment.ts) and hands their contents or digests in. Two
// renders with the same key give the same bytes, so a file stored under the
// key can stand in for rendering it again.
import { createHash } from 'node:crypto';

/** What the browser and the code that drives it bring to every render. */
export interface RenderEnvironment {
  /** The browser's version string (`chromium --version`), or the override in KINDREFLEX_BROWSER_VERSION. */
  browser: string;
  /** Versions of the packages that render or rewrite: mermaid, pdf-lib, puppeteer. */
  packages: Record<string, string>;
  /** Digest of every file of the code that renders, prints or post-processes (whole folders). */
  code: string;
  /** Digest of the typeface files, content and name. */
  typeface: string;
  /** Digest of the system's font list: what Chromium falls back to for a glyph the typeface lacks. */
  systemFonts: string;
  /** Node's and its zlib's versions: Node's zlib compresses the PDFs' streams (src/pdf/deflate.ts). */
  runtime: string;
  /** Who renders: the build's browser, or a stand-in a test passed (their files must never mix). */
  renderer: string;
}

/** A value the key covers: text, bytes, or a nested record of them. */
export type KeyPart = string | number | boolean | Uint8Array | undefined | readonly KeyPart[] | { readonly [name: string]: KeyPart };

/** The version of the key's own layout: bump it when what a key covers changes shape. */
export const KEY_FORMAT = 1;

function feed(hash: ReturnType<typeof createHash>, part: KeyPart): void {
  // Every value is written with its type and length, so no two different
  // inputs can run together into the same stream of bytes.
  if (part === undefined) return void hash.update('u;');
  if (typeof part === 'string') return void hash.update(`s${Buffer.byteLength(part)}:`).update(part);
  if (typeof part === 'number' || typeof part === 'boolean') return void hash.update(`${(typeof part)[0]}${String(part)};`);
  if (part instanceof Uint8Array) return void hash.update(`b${part.length}:`).update(part);
  if (Array.isArray(part)) {
    hash.update(`a${part.length}[`);
    for (const item of part as readonly KeyPart[]) feed(hash, item);
    return void hash.update(']');
  }
  const record = part as { readonly [name: string]: KeyPart };
  const names = Object.keys(record).sort();
  hash.update(`o${names.length}{`);
  for (const name of names) {
    feed(hash, name);
    feed(hash, record[name]);
  }
  hash.update('}');
}

/** sha256 (hex) of any key part. */
export function digest(part: KeyPart): string {
  const hash = createHash('sha256');
  feed(hash, part);
  return hash.digest('hex');
}

/**
 * The key of one rendered file of `kind` ('pdf', 'svg', or whatever is added
 * later), from the environment and the file's own inputs.
 */
export function renderKey(kind: string, environment: RenderEnvironment, inputs: { readonly [name: string]: KeyPart }): string {
  return digest({ format: KEY_FORMAT, kind, environment: { ...environment }, inputs });
}
