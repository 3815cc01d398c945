import { expect, it } from 'vitest';
import { BROWSER_VERSION_ENV } from '../cache/environment.ts';
import { browserVersion } from './render-environment.ts';

it('takes the browser version from KINDREFLEX_BROWSER_VERSION when set, without asking the browser', async () => {
  expect(await browserVersion(undefined, { [BROWSER_VERSION_ENV]: 'Pretend 1.0', PUPPETEER_EXECUTABLE_PATH: '/no/such/browser' })).toBe('Pretend 1.0');
});
