import { createServer } from 'node:net';

/**
 * Ports handed out here sit below 32768: Linux gives 32768-60999 to the client side of
 * outgoing connections, and a server (a test's PostgreSQL above all) cannot listen on a port
 * a connection holds between the check and its start (docs/toolchain.md gotcha 6).
 */
const LOWEST = 20_000;
const HIGHEST = 32_767;

function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** `preferred` when it is free on 127.0.0.1, else a free port from 20000 to 32767. */
export async function freePort(preferred?: number): Promise<number> {
  if (preferred !== undefined && (await canListen(preferred))) return preferred;
  for (let attempt = 0; attempt < 200; attempt++) {
    const port = LOWEST + Math.floor(Math.random() * (HIGHEST - LOWEST + 1));
    if (await canListen(port)) return port;
  }
  throw new Error(`no free port on 127.0.0.1 between ${LOWEST} and ${HIGHEST}`);
}
