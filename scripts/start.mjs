// `npm start`: builds whatever is missing or stale (Nx restores the rest from its cache), then
// runs the server, which serves both apps and both APIs on one port.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { constants } from 'node:os';

// Nx's own entry point under this Node, not `npx nx`: npx costs a second of its own at every start.
const nx = createRequire(import.meta.url).resolve('nx/bin/nx.js');
const build = spawnSync(process.execPath, [nx, 'run-many', '-t', 'build', '--outputStyle=static'], {
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(build.status ?? 1);

const server = spawn(process.execPath, ['server/dist/main.js'], { stdio: 'inherit' });
let forwarded = false;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    forwarded = true;
    server.kill(signal);
  });
}
server.on('error', (error) => {
  console.error(`Could not run the server: ${error.message}`);
  process.exit(1);
});
// A server killed by a signal (kill -9, out of memory) is a failure too: exit as a shell would, 128 + signal.
server.on('exit', (code, signal) => {
  if (signal) {
    if (!forwarded)
      console.error(
        `The GridBridge server was killed (${signal}); \`npm start\` starts it again on the same data.`,
      );
    process.exit(128 + (constants.signals[signal] ?? 0));
  }
  process.exit(code ?? 1);
});
