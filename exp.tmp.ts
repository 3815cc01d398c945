import { readFileSync, readdirSync, mkdtempSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import puppeteer from 'puppeteer';
import { printPdfs, type PrintPhase } from './src/browser/print-pdf.ts';
import { BROWSER_FLAGS } from './src/browser/launch.ts';
import { printJobs } from './src/bench/pdf-profile.ts';
import { preparePublication } from './src/build/publication.ts';
const extra = (process.env.EXTRA ?? '').split(' ').filter(Boolean);
const only = process.env.ONLY;
const dir = mkdtempSync(join(tmpdir(), 'exp-'));
const jobs = printJobs(preparePublication({ localesDir: resolve('locales') }), resolve('output/print'), dir).filter((j) => !only || j.name.startsWith(only + ' '));
for (const j of jobs) mkdirSync(dirname(j.pdfFile), { recursive: true });
function treeByType(root: number): Record<string, number> {
  const out: Record<string, number> = {};
  const kids = new Map<number, number[]>(); const info = new Map<number, [number, string]>();
  for (const p of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try { const st = readFileSync(`/proc/${p}/stat`, 'utf8'); const rest = st.slice(st.lastIndexOf(')') + 2).split(' ');
      const cmd = readFileSync(`/proc/${p}/cmdline`, 'utf8'); const type = (/--type=([a-z-]+)/.exec(cmd)?.[1] ?? 'browser') + (/--utility-sub-type=([\w.]+)/.exec(cmd)?.[1] ?? '');
      info.set(Number(p), [Number(rest[11]) + Number(rest[12]), type]); (kids.get(Number(rest[1])) ?? kids.set(Number(rest[1]), []).get(Number(rest[1]))!).push(Number(p)); } catch {}
  }
  const stack = [root]; while (stack.length) { const p = stack.pop()!; const i = info.get(p); if (i) out[i[1]] = (out[i[1]] ?? 0) + i[0] / 100; stack.push(...(kids.get(p) ?? [])); }
  return out;
}
function treeCpu(root: number): number {
  const kids = new Map<number, number[]>(); const cpu = new Map<number, number>();
  for (const p of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try { const st = readFileSync(`/proc/${p}/stat`, 'utf8'); const rest = st.slice(st.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(rest[1]); const t = Number(rest[11]) + Number(rest[12]) + Number(rest[13]) + Number(rest[14]);
      cpu.set(Number(p), t); (kids.get(ppid) ?? kids.set(ppid, []).get(ppid)!).push(Number(p)); } catch {}
  }
  let sum = 0; const stack = [root]; while (stack.length) { const p = stack.pop()!; sum += cpu.get(p) ?? 0; stack.push(...(kids.get(p) ?? [])); }
  return sum / 100;
}
const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', headless: true, args: [...BROWSER_FLAGS, ...extra] });
const pid = browser.process()!.pid!;
const get = async () => browser;
await printPdfs(get, jobs.slice(0, 2), { concurrency: 1 });
const b0 = treeByType(pid); const c0 = treeCpu(pid); const n0 = process.cpuUsage(); const t0 = performance.now();
const phases: Partial<Record<PrintPhase, number>> = {};
const own = () => { const st = readFileSync(`/proc/${pid}/stat`, 'utf8'); const r = st.slice(st.lastIndexOf(')') + 2).split(' '); return (Number(r[11]) + Number(r[12])) / 100; };
const bphase: Record<string, number> = {}; let lastB = own();
const seen = new Set<string>(); const poll = setInterval(() => { for (const p of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) { try { const c = readFileSync(`/proc/${p}/cmdline`, 'utf8'); if (c.includes('--type=renderer')) seen.add(p); } catch {} } }, 50);
await printPdfs(get, jobs, { concurrency: Number(process.env.C ?? 2), profile: (p, ms) => { phases[p] = (phases[p] ?? 0) + ms; const now = own(); bphase[p] = (bphase[p] ?? 0) + now - lastB; lastB = now; } });
console.log('browser-process cpu by phase', JSON.stringify(bphase));
clearInterval(poll); console.log('renderer pids seen', seen.size);
const wall = performance.now() - t0; const n1 = process.cpuUsage(n0); const c1 = treeCpu(pid);
console.log(`${extra.join(' ') || '(default)'}: ${jobs.length} pdfs wall ${(wall/1000).toFixed(2)} s; chromium cpu ${(c1-c0).toFixed(2)} s; node cpu ${((n1.user+n1.system)/1e6).toFixed(2)} s`);
console.log(Object.entries(phases).map(([k,v])=>`${k} ${Math.round(v!)}`).join(', '));
const b1 = treeByType(pid); console.log(Object.entries(b1).map(([k, v]) => `${k} ${(v - (b0[k] ?? 0)).toFixed(2)}`).join(', '));
await browser.close();
