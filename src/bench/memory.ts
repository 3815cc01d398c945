// Peak memory of a process and everything it starts (the build and its
// Chromium processes), sampled from /proc (Linux). Summing RSS would count
// the browser's shared pages once per process; PSS shares them out, so the
// sum is what the tree really holds.
import { readdirSync, readFileSync } from 'node:fs';

function parentOf(pid: number): number | undefined {
  try {
    // The command name is in parentheses and may hold spaces: fields start after the last ')'.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return undefined;
  }
}

function pssKb(pid: number): number {
  try {
    const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
    return Number(/^Pss:\s+(\d+) kB/m.exec(rollup)?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** The pids of `root` and all its descendants alive now. */
export function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const parent = parentOf(Number(name));
    if (parent !== undefined) children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
  }
  const tree: number[] = [];
  for (const queue = [root]; queue.length > 0; ) {
    const pid = queue.pop()!;
    tree.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
}

/** Samples the tree under `root` every `everyMs` until `stop()`, which returns the peak PSS sum in bytes. */
export function samplePeakMemory(root: number, everyMs = 100): { stop: () => number } {
  let peakKb = 0;
  const sample = () => {
    const kb = processTree(root).reduce((sum, pid) => sum + pssKb(pid), 0);
    if (kb > peakKb) peakKb = kb;
  };
  sample();
  const timer = setInterval(sample, everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      return peakKb * 1024;
    },
  };
}
