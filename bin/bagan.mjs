#!/usr/bin/env node
// The CLI is written in TypeScript and shares its code with the app; tsx compiles it on the fly so
// `npx bagan` works right after `npm install`, with no separate build step.
import { register } from 'tsx/esm/api';

// `bagan lines … | head` closes the pipe early: that is the reader's choice, not an error to report.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});
register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
