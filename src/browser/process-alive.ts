/** Whether a process with this id still runs (a signal 0 probe; EPERM means it runs under another user). Here, below the pipeline, because the browser's launcher asks it too (whose profile folders are left by builds that no longer run). */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
