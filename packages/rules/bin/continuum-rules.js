#!/usr/bin/env node
// Committed (not built) so that npm links the bin at install time, before any build.
import('../dist/cli.js').catch((error) => {
  process.stderr.write(
    `continuum-rules: not built yet (run \`npm run build\` first): ${error.message}\n`,
  );
  process.exit(2);
});
