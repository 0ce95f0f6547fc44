// While the server starts (the database opens, the web app and the demo company are built), the
// port already answers: a browser gets the starting page, the API 503 `starting_up` with
// Retry-After, so nobody meets a refused connection. The real server takes the port over after.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { problemBody } from '../kernel/http/errors/problem.ts';
import type { StartUpProgress } from './start-up-progress.ts';
import { languageOf, overallPercent, PROGRESS_PATH, startingPage } from './starting-page.ts';

/** Seconds a client is asked to wait before asking again. */
export const RETRY_AFTER_SECONDS = 5;

export interface StartingServer {
  /** The port it listens on (the configured one; a free one when 0 was asked, in tests). */
  port: number;
  /** Stops answering and frees the port for the real server. */
  close(): Promise<void>;
}

function answer(request: IncomingMessage, response: ServerResponse, progress: StartUpProgress) {
  const path = (request.url ?? '/').split('?')[0] ?? '/';
  response.setHeader('Cache-Control', 'no-store');
  response.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('X-Conveyor-Starting', 'true');
  const snapshot = progress.snapshot();
  if (path === PROGRESS_PATH) {
    response.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' });
    response.end(JSON.stringify({ ...snapshot, percent: overallPercent(snapshot.steps) }));
    return;
  }
  if (request.method === 'GET' && !path.startsWith('/api/')) {
    const nonce = randomBytes(16).toString('base64');
    response.writeHead(503, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': `default-src 'none'; script-src 'nonce-${nonce}'; style-src 'unsafe-inline'; connect-src 'self'; frame-ancestors 'none'`,
    });
    response.end(startingPage(languageOf(request.headers['accept-language']), snapshot, nonce));
    return;
  }
  response.writeHead(503, { 'Content-Type': 'application/problem+json' });
  response.end(
    JSON.stringify(
      problemBody(
        503,
        'starting_up',
        `Conveyor is starting; ask again in ${RETRY_AFTER_SECONDS} seconds.`,
      ),
    ),
  );
}

/** Listens at once on the server's port and answers every request as "starting". */
export function listenWhileStarting(
  progress: StartUpProgress,
  where: { port: number; host: string },
): Promise<StartingServer> {
  const server = createServer((request, response) => {
    // A request's body is not read: drop it rather than keep the socket for it.
    request.resume();
    answer(request, response, progress);
  });
  // Keep-alive sockets would hold the port after close; the page polls with fresh requests.
  server.keepAliveTimeout = 1;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(where.port, where.host, () => {
      server.off('error', reject);
      const address = server.address();
      resolve({
        port: typeof address === 'object' && address ? address.port : where.port,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
