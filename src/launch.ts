// The program as built starts here (dist/kubetour.js, CommonJS). A plain `kubetour shell`
// (the scripted `-c` included) runs the shell's bundle, dist/shell.cjs with its code cache,
// at once: loading the app's ES modules would first start Node's ES module loader, ~4 % of
// the instructions of a one-command session (issue 13). Every other command line loads the
// app (dist/cli.mjs, src/cli.ts), which dispatches it.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { processIO } from './cli-io.js';
import { exitWith, isPlainShell } from './cli-route.js';
import { loadCachedBundle, renewCodeCacheOnExit } from './code-cache.js';

const argv = process.argv.slice(2);
const shell = join(__dirname, 'shell.cjs');
if (isPlainShell(argv) && existsSync(shell)) {
  const bundle = loadCachedBundle<typeof import('./shell/cli-shell.js')>(shell, `${shell}.cache`);
  renewCodeCacheOnExit(bundle, `${shell}.cache`);
  const io = processIO();
  exitWith(bundle.exports.runShellCli(argv.slice(1), io), io);
} else {
  // The app runs its command line when loaded (the bundler names it cli.mjs).
  void import('./cli.js');
}
