import { request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http';

interface UploadAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  body: unknown;
}

/** A CSV upload that trickles in, as from a slow link: the header at once, then one line per tick until `finish()`. */
export interface SlowUpload {
  /** Settles when the API answers: early (a refusal) or after `finish()`. */
  answer: Promise<UploadAnswer>;
  /** Lines sent so far, the header not counted. */
  readonly linesSent: number;
  /** Sends the last line and ends the body. */
  finish(): void;
  /** Drops the connection half-way, as a closed laptop does. */
  abandon(): void;
}

/**
 * POSTs `header` and then `nextLine()` every `everyMs` to `path` on `server` with a session
 * cookie, chunked (no Content-Length), as a browser streams a File it is still reading.
 */
export function startSlowUpload(server: Server, options: { path: string; cookie: string; header: string; nextLine: () => string; everyMs: number }): SlowUpload {
  const address = server.address();
  if (typeof address !== 'object' || address === null) throw new Error('The server is not listening');
  const req = httpRequest({ host: '127.0.0.1', port: address.port, method: 'POST', path: options.path, headers: { cookie: options.cookie, 'content-type': 'text/csv' } });
  let linesSent = 0;
  let answered = false;
  let ended = false;
  req.on('error', () => undefined); // a refusal may close the socket while lines are still being written
  req.write(`${options.header}\n`);
  const timer = setInterval(() => {
    if (answered || ended) return;
    req.write(`${options.nextLine()}\n`);
    linesSent += 1;
  }, options.everyMs);

  const answer = new Promise<UploadAnswer>((resolve, reject) => {
    req.once('response', (response) => {
      answered = true;
      clearInterval(timer);
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () => {
        let body: unknown = text;
        try {
          body = JSON.parse(text);
        } catch {
          // not JSON: keep the text
        }
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body });
      });
    });
    req.once('error', (error) => {
      clearInterval(timer);
      if (!answered && !ended) reject(error);
    });
  });

  return {
    answer,
    get linesSent() {
      return linesSent;
    },
    abandon() {
      clearInterval(timer);
      ended = true;
      req.destroy();
    },
    finish() {
      clearInterval(timer);
      if (answered || ended) return;
      ended = true;
      req.end(`${options.nextLine()}\n`);
      linesSent += 1;
    },
  };
}
