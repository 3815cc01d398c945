// Eleventy imports its config and `.11ty.tsx` templates with Node's own
// `import()`. This registers tsx as Node's loader for TypeScript, once per
// process, unless the process was started with `node --import tsx` already
// (as `npm run build` and `npm run dev` are). Test runners and other Node
// scripts that call the build need it.
import { register } from 'tsx/esm/api';

let registered = process.execArgv.some((arg, i, all) => arg === '--import=tsx' || (arg === '--import' && all[i + 1] === 'tsx'));

export function registerTypeScript(): void {
  if (registered) return;
  register();
  registered = true;
}
