// What only a real socket can send (app.inject skips Node's HTTP parser): a request line or
// headers over Node's 16 KiB limit, bytes that are not HTTP. Each answer is parsed just enough
// to check it as a problem.
import { connect } from 'node:net';
import type { Sent } from './response-check.ts';

/** Sends raw bytes to 127.0.0.1:port and reads the answer until the server closes or 5 s pass. */
export function sendRaw(port: number, bytes: string): Promise<Sent> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let received = '';
    const timer = setTimeout(() => socket.destroy(), 5_000);
    socket.on('data', (chunk) => {
      received += chunk.toString('utf8');
      // One answer is enough: stop once its body has fully arrived.
      const length = /content-length: (\d+)/i.exec(received)?.[1];
      const bodyAt = received.indexOf('\r\n\r\n');
      if (
        length &&
        bodyAt >= 0 &&
        Buffer.byteLength(received.slice(bodyAt + 4)) >= Number(length)
      ) {
        socket.destroy();
      }
    });
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearTimeout(timer);
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(received)?.[1] ?? 0);
      if (!status)
        return reject(
          new Error(`No HTTP answer to ${bytes.slice(0, 80)}: ${received.slice(0, 200)}`),
        );
      const [head = '', body = ''] = received.split('\r\n\r\n', 2);
      const contentType = /content-type: ([^\r\n]+)/i.exec(head)?.[1] ?? '';
      resolve({ status, contentType, body });
    });
    socket.write(bytes);
  });
}

/** Requests no well-behaved client sends: too long for the parser, or not HTTP at all. */
export function oversizedRequests(
  token: string,
): { name: string; bytes: string; status: number }[] {
  const head = (line: string, headers: string) =>
    `${line}\r\nHost: localhost\r\nAuthorization: Bearer ${token}\r\n${headers}Connection: close\r\n\r\n`;
  return [
    {
      name: 'a 10 KiB address',
      bytes: head(`GET /api/v1/companies?q=${'a'.repeat(10_000)} HTTP/1.1`, ''),
      status: 414,
    },
    {
      name: 'a 20 KiB address',
      bytes: head(`GET /api/v1/companies?q=${'a'.repeat(20_000)} HTTP/1.1`, ''),
      status: 431,
    },
    {
      name: 'a 20 KiB header',
      bytes: head('GET /api/v1/companies HTTP/1.1', `X-Fuzz: ${'a'.repeat(20_000)}\r\n`),
      status: 431,
    },
    {
      name: '500 headers',
      bytes: head(
        'GET /api/v1/companies HTTP/1.1',
        'X-Fuzz: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\r\n'.repeat(500),
      ),
      status: 431,
    },
    {
      name: 'a path parameter of 5,000 characters',
      bytes: head(`GET /api/v1/deals/${'a'.repeat(5_000)} HTTP/1.1`, ''),
      status: 414,
    },
    { name: 'bytes that are not HTTP', bytes: 'HELLO \u0000\u0001 WORLD\r\n\r\n', status: 400 },
    {
      name: 'a header with a NUL',
      bytes: head('GET /api/v1/companies HTTP/1.1', 'X-Fuzz: a\u0000b\r\n'),
      status: 400,
    },
  ];
}
