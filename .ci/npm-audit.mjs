#!/usr/bin/env node
// Checks the shipped (non-dev) dependencies against the registry's advisories:
// `npm audit --omit=dev --audit-level=high`. A high or critical advisory fails CI. When the
// advisory service does not answer (our build machines' registry mirror refuses the bulk
// advisory endpoint; a machine may be offline), one line says the check was skipped and CI
// goes on. npm exits 1 for both, so the two are told apart by what it writes with --json: a
// report (`auditReportVersion`), or the failed request's message and npm's "audit endpoint
// returned an error". Anything else (no lock file, npm broken) fails rather than passing
// unchecked. See docs/security.md, "CSV exports and dependency advisories".
import { spawnSync } from 'node:child_process';

const ARGS = [
  'audit',
  '--omit=dev',
  '--audit-level=high',
  '--json',
  // A mirror that drops the connection should not hold CI for npm's default retries.
  '--fetch-retries=1',
  '--fetch-timeout=30000',
];
const FAILING = new Set(['high', 'critical']);

const run = spawnSync('npm', ARGS, {
  encoding: 'utf8',
  maxBuffer: 256 * 1024 * 1024,
  shell: process.platform === 'win32',
});
if (run.error) {
  console.error(`npm audit could not run: ${run.error.message}`);
  process.exit(1);
}

let output;
try {
  output = JSON.parse(run.stdout);
} catch {
  output = undefined;
}

if (output && typeof output === 'object' && 'auditReportVersion' in output) {
  const counts = output.metadata?.vulnerabilities ?? {};
  const found = Object.values(output.vulnerabilities ?? {}).filter((v) => FAILING.has(v.severity));
  if (run.status === 0 && found.length === 0) {
    const lower = ['moderate', 'low']
      .filter((level) => counts[level])
      .map((level) => `${level}: ${counts[level]}`);
    console.log(
      `npm audit: no high or critical advisories in the shipped dependencies${
        lower.length
          ? ` (packages with ${lower.join(', ')}; review them as docs/security.md says)`
          : ''
      }`,
    );
    process.exit(0);
  }
  for (const v of found) {
    const advisories = (v.via ?? []).filter((via) => typeof via === 'object');
    const through = (v.via ?? []).filter((via) => typeof via === 'string');
    for (const a of advisories) console.error(`  ${v.name} (${a.severity}): ${a.title} ${a.url}`);
    if (through.length) console.error(`  ${v.name} (${v.severity}): through ${through.join(', ')}`);
  }
  console.error(
    `npm audit: ${found.length} shipped packages affected by high or critical advisories; fix or review them (docs/security.md)`,
  );
  process.exit(1);
}

// A failed request to the advisory service, whether an HTTP status (the mirror's 405) or a
// network error (ENOTFOUND, ECONNREFUSED, a timeout): npm prints the request's `message` and
// ends with this error (npm/lib/utils/audit-error.js), and no report.
if (
  output &&
  typeof output === 'object' &&
  typeof output.message === 'string' &&
  run.stderr.includes('audit endpoint returned an error')
) {
  console.log(
    `npm audit skipped: the advisory service did not answer (${output.message.replace(/\s+/g, ' ').trim()})`,
  );
  process.exit(0);
}

console.error(run.stdout.trim());
console.error(run.stderr.trim());
console.error(`npm audit failed (exit ${run.status}) without reaching the advisory service`);
process.exit(1);
