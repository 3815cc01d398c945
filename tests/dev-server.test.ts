// `npm run dev` must leave the built site alone: `output/` is what an editor
// copies to the web server. This test needs a build of its own, in a copy of
// the project (the dev server writes next to it, and the shared build must not
// be touched); stand-in renderers, because the browser is not the point.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, startDevServer, waitFor } from '../src/bench/editor-loop.ts';

const root = join(import.meta.dirname, '..');

/** Every file under `dir` with the sha256 of its bytes. */
function hashes(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => {
        const file = join(e.parentPath, e.name);
        return [relative(dir, file), createHash('sha256').update(readFileSync(file)).digest('hex')];
      })
      .sort(([a], [b]) => a!.localeCompare(b!)),
  );
}

/** A port nobody listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

describe('npm run dev', () => {
  let copy: string;
  let before: Record<string, string>;
  let after: Record<string, string>;
  let served: string;

  beforeAll(async () => {
    copy = copyProject(root);
    // In a process of its own, started in the copy: tsx applies a tsconfig
    // (JSX for Preact) only to the files of the project it was started in.
    const stubs = join(root, 'tests', 'helpers', 'stubs.ts');
    const script = `import { build } from './src/pipeline/build.ts'; import { withoutBrowser } from ${JSON.stringify(stubs)};
      await build({ root: process.cwd(), ...withoutBrowser });`;
    execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: copy, stdio: 'pipe' });
    before = hashes(join(copy, 'output'));
    const port = await freePort();
    const server = startDevServer(copy, port);
    try {
      const url = `http://127.0.0.1:${port}/nl/justitiehuis/flowchart/index.html`;
      // The dev server's first build takes a while on a busy machine.
      await waitFor(url, '</html>', 150_000, 250).catch((error: unknown) => {
        throw new Error(`${String(error)}\n${server.output().slice(-2000)}`, { cause: error });
      });
      served = await (await fetch(url)).text();
    } finally {
      await server.stop();
    }
    after = hashes(join(copy, 'output'));
  }, 240_000);

  afterAll(() => {
    if (copy) rmSync(copy, { recursive: true, force: true });
  });

  it('serves the pages, from a folder of its own', () => {
    expect(served).toContain('<h1');
    expect(existsSync(join(copy, '.dev-site', 'nl', 'justitiehuis', 'flowchart', 'index.html'))).toBe(true);
  });

  it('leaves output/ exactly as the build left it: the same files, byte for byte', () => {
    expect(Object.keys(before).length).toBeGreaterThan(100);
    expect(after).toEqual(before);
  });

  it('writes into a folder git ignores', () => {
    expect(readFileSync(join(root, '.gitignore'), 'utf8').split('\n')).toContain('.dev-site/');
  });
});
