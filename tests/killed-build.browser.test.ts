// A build killed outright (kill -9 on its process group, as a CI runner does
// at its time limit, or the OOM killer) leaves no browser running, and its
// profile is gone once the next browser has started (src/browser/launch.ts).
// It needs a build of its own, as a command, in a process group of its own,
// since it is killed: a real `npm run build -- --no-cache`, killed at its
// first PDF, while the browser draws and prints. That costs the first half of
// a cold build; to keep it short it builds the Dutch text only. Before the
// fix, 12 processes stayed: the browser, its zygotes, renderers, GPU, network
// and storage services, and two crash handlers.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../src/browser/launch.ts';
import { BUILD_COMMAND } from '../src/pipeline/command.ts';

const root = join(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'kr-killed-'));
const locales = join(work, 'locales');
cpSync(join(root, 'locales', 'nl'), join(locales, 'nl'), { recursive: true });

interface Proc {
  pid: number;
  parent: number;
  group: number;
  zombie: boolean;
  commandLine: string;
}

/** Every process on the machine, from /proc. */
function processes(): Proc[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .flatMap((name) => {
      try {
        const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
        // After the command's name, in brackets: state, parent, process group.
        const [state, parent, group] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        const commandLine = readFileSync(`/proc/${name}/cmdline`, 'utf8').replaceAll('\0', ' ');
        return [{ pid: Number(name), parent: Number(parent), group: Number(group), zombie: state === 'Z', commandLine }];
      } catch {
        return []; // ended meanwhile
      }
    });
}

/** The processes started by `pid`, and by those. */
function descendants(all: readonly Proc[], pid: number): Proc[] {
  const found: Proc[] = [];
  for (let next = [pid]; next.length > 0; ) {
    const children = all.filter((p) => next.includes(p.parent));
    found.push(...children);
    next = children.map((p) => p.pid);
  }
  return found;
}

/** Whether process `pid` was started with `mark` (NAME=value) in its environment. */
function hasMark(pid: number, mark: string): boolean {
  try {
    return readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0').includes(mark);
  } catch {
    return false;
  }
}

/**
 * What is left of the build (zombies are gone in all but name): the processes
 * whose command line names its browser's profile, every other member of the
 * browser's process groups, and every process that has the build's `mark` in
 * its environment: the build itself, and the browser's crash handlers, which
 * Chromium starts outside its groups, naming no profile.
 */
function leftOf(profile: string, groups: ReadonlySet<number>, mark: string): Proc[] {
  return processes().filter(
    (p) => !p.zombie && (p.commandLine.includes(`--user-data-dir=${profile}`) || groups.has(p.group) || hasMark(p.pid, mark)),
  );
}

describe('a build killed with kill -9', () => {
  let profile: string | undefined;
  const groups = new Set<number>();
  // In the build's environment, and so in that of every process it starts, unless that process is given an environment of its own.
  const mark = `KR_KILLED_BUILD=${process.pid}-${Date.now()}`;
  afterAll(() => {
    // After a failure: what the build left.
    if (profile) for (const p of leftOf(profile, groups, mark)) {
      try {
        process.kill(p.pid, 'SIGKILL');
      } catch {
        // ended meanwhile
      }
    }
    for (const dir of [work, ...(profile ? [profile] : [])]) rmSync(dir, { recursive: true, force: true });
  });

  it('leaves no browser running, and its profile is removed by the next launch', async () => {
    const build = spawn(process.execPath, [...BUILD_COMMAND, '--no-cache', '--out', join(work, 'output'), '--locales', locales], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, KR_KILLED_BUILD: mark.split('=')[1] },
      // A process group of its own, killed whole, as a CI runner kills a job.
      detached: true,
    });
    const exited = new Promise<void>((resolve) => build.on('exit', () => resolve()));
    let log = '';
    build.stderr.on('data', (chunk: Buffer) => void (log += chunk.toString()));
    await new Promise<void>((resolve, reject) => {
      build.stdout.on('data', (chunk: Buffer) => {
        log += chunk.toString();
        if (/^build: pdf \d+\/\d+:/m.test(log)) resolve();
      });
      void exited.then(() => reject(new Error(`the build ended before printing a PDF:\n${log}`)));
    });

    // Printing: the build's browser, found by its profile on the command line.
    const running = descendants(processes(), build.pid!);
    const profiles = [...new Set(running.flatMap((p) => /--user-data-dir=(\S+)/.exec(p.commandLine)?.[1] ?? []))];
    expect(profiles, log).toHaveLength(1);
    profile = profiles[0]!;
    const browser = running.filter((p) => p.commandLine.includes(`--user-data-dir=${profile}`));
    for (const p of browser) groups.add(p.group);
    // The browser and its helpers (zygotes, renderers, GPU, network service).
    expect(browser.length).toBeGreaterThan(1);
    const before = leftOf(profile, groups, mark);

    process.kill(-build.pid!, 'SIGKILL');
    await exited;
    let left = leftOf(profile, groups, mark);
    for (let i = 0; i < 100 && left.length > 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      left = leftOf(profile, groups, mark);
    }
    expect(left.map((p) => `${p.pid} ${p.commandLine.slice(0, 120)}`), `of ${before.length} processes of the build, left 10 s after the kill`).toEqual([]);

    // The next browser, in any process, removes the profile of the one whose build is gone.
    const next = await launchBrowser();
    await next.close();
    expect(existsSync(profile)).toBe(false);
  }, 180_000);
});
