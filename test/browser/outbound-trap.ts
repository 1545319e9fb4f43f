import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A proxy that forwards nothing: it writes down what was asked of it and refuses. */
export interface OutboundTrap {
  readonly port: number;
  /** Every URL a browser tried to reach through it (`https://host:port/` for a CONNECT). */
  readonly requests: string[];
  close(): Promise<void>;
}

/**
 * Starts the trap on loopback. A browser set to use it as its HTTP and HTTPS proxy sends it
 * every request that does not go to loopback (browsers never proxy 127.0.0.1 or localhost),
 * from any part of the browser: pages, frames, workers and an extension's background page,
 * which no page-level request event covers. Nothing is forwarded, so nothing leaves the
 * machine even when a test fails.
 */
export async function startOutboundTrap(): Promise<OutboundTrap> {
  const requests: string[] = [];
  const server = createServer((request, response) => {
    requests.push(request.url ?? '');
    response.writeHead(502, { connection: 'close' }).end();
  });
  server.on('connect', (request, socket) => {
    requests.push(`https://${request.url}/`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((resolvePromise) => server.listen(0, '127.0.0.1', resolvePromise));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    close: () =>
      new Promise<void>((resolvePromise) => {
        server.closeAllConnections();
        server.close(() => resolvePromise());
      }),
  };
}
