// Finds a Chromium for the browser tests: CHROMIUM_PATH, else chromium (or chromium-browser, google-chrome) on
// PATH. Without one, browser tests are skipped with a line saying how to enable them, unless CI is set: then
// they are required.
import fs from 'node:fs';
import path from 'node:path';

function onPath(names: string[]): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    for (const name of names) {
      const candidate = path.join(dir, name);
      try {
        fs.accessSync(candidate, fs.constants.X_OK);
        return candidate;
      } catch {
        // not here
      }
    }
  }
  return undefined;
}

export const CHROMIUM =
  process.env.CHROMIUM_PATH || onPath(['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']);

/** Whether browser tests run: a Chromium was found, or CI requires them (and they fail without one). */
export const BROWSER_TESTS = Boolean(CHROMIUM) || Boolean(process.env.CI);

if (!BROWSER_TESTS) {
  process.stderr.write(
    'Browser tests skipped: no Chromium found. Install it (Debian: apt-get install chromium) or set CHROMIUM_PATH; with CI set they are required.\n',
  );
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
