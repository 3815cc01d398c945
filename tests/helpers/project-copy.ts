// A project folder of its own for a test that changes templates, texts or
// configuration: those are copied (to be changed), the code and the packages
// linked.
import { cpSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const projectRoot = join(import.meta.dirname, '..', '..');

export function projectCopy(prefix: string): string {
  const root = mkdtempSync(join(tmpdir(), prefix));
  for (const path of ['templates', 'locales', 'releases', 'eleventy.config.ts', 'publication.config.json']) cpSync(join(projectRoot, path), join(root, path), { recursive: true });
  for (const path of ['src', 'node_modules', 'package.json']) symlinkSync(join(projectRoot, path), join(root, path));
  // tsx compiles JSX with tsconfig.json's settings (Preact) only inside the
  // project; the copies say so themselves. A comment: the HTML is the same.
  for (const entry of readdirSync(join(root, 'templates'), { recursive: true, withFileTypes: true })) {
    if (!entry.name.endsWith('.tsx')) continue;
    const file = join(entry.parentPath, entry.name);
    writeFileSync(file, `/** @jsxRuntime automatic @jsxImportSource preact */\n${readFileSync(file, 'utf8')}`);
  }
  return root;
}
