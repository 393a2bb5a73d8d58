import http, { type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { SESSION_COOKIE } from '../../src/auth/session-cookie.js';

/** A request exactly as it goes on the wire: no client adds a content type or re-encodes the path. */
export interface RawRequest {
  method: string;
  /** Path and query, already percent-encoded, e.g. '/api/staff?search=%00'. */
  url: string;
  headers: Record<string, string>;
  /** A string is sent as WTF-8, so a lone surrogate in a CSV line reaches the server as bytes. */
  body?: string;
}

export interface RawResponse {
  status: number;
  contentType: string;
  text: string;
  setCookie: string[];
  durationMs: number;
}

/**
 * Sends one request with node:http, so what a fuzzer generates (malformed JSON, a wrong content
 * type, a percent-encoded lone surrogate) reaches the server unchanged. A request the server
 * does not answer within `timeoutMs` rejects, and so does a dropped connection.
 */
export function sendRaw(server: Server, raw: RawRequest, timeoutMs = 60_000): Promise<RawResponse> {
  const { port } = server.address() as AddressInfo;
  const started = performance.now();
  const body = raw.body === undefined ? undefined : wtf8(raw.body);
  return new Promise((resolve, reject) => {
    const outgoing = http.request(
      { host: '127.0.0.1', port, method: raw.method, path: raw.url, headers: { ...raw.headers, ...(body ? { 'content-length': String(body.length) } : {}) }, agent: false },
      (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('error', reject);
        incoming.on('end', () =>
          resolve({
            status: incoming.statusCode ?? 0,
            contentType: incoming.headers['content-type'] ?? '',
            text: Buffer.concat(chunks).toString('utf8'),
            setCookie: incoming.headers['set-cookie'] ?? [],
            durationMs: performance.now() - started,
          }),
        );
      },
    );
    outgoing.setTimeout(timeoutMs, () => outgoing.destroy(new Error(`No answer within ${timeoutMs} ms`)));
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

/** The session token a sign-in response sets. */
export function sessionTokenFrom(response: RawResponse): string | undefined {
  const cookie = response.setCookie.find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  return cookie?.slice(SESSION_COOKIE.length + 1).split(';')[0];
}

/** The Cookie header that carries a session token. */
export function sessionCookie(token: string): string {
  return `${SESSION_COOKIE}=${token}`;
}

/** UTF-8, except that a lone surrogate is written as its three bytes instead of U+FFFD. */
function wtf8(value: string): Buffer {
  if (!/\p{Cs}/u.test(value)) return Buffer.from(value, 'utf8');
  const bytes: number[] = [];
  for (const char of value) {
    const code = char.codePointAt(0) ?? 0;
    if (code >= 0xd800 && code <= 0xdfff) bytes.push(...loneSurrogateBytes(code));
    else bytes.push(...Buffer.from(char, 'utf8'));
  }
  return Buffer.from(bytes);
}

function loneSurrogateBytes(code: number): number[] {
  return [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)];
}

/**
 * Percent-encodes a path segment or query value as a client would, and a lone surrogate (which
 * encodeURIComponent refuses) as the three bytes a careless client sends for it (WTF-8).
 */
export function percentEncode(value: string): string {
  let out = '';
  for (let i = 0; i < value.length; i += 1) {
    const code = value.charCodeAt(i);
    const isHigh = code >= 0xd800 && code <= 0xdbff;
    const next = value.charCodeAt(i + 1);
    if (isHigh && next >= 0xdc00 && next <= 0xdfff) {
      out += encodeURIComponent(value.slice(i, i + 2));
      i += 1;
    } else if (code >= 0xd800 && code <= 0xdfff) {
      out += loneSurrogateBytes(code).map((byte) => `%${byte.toString(16).toUpperCase()}`).join('');
    } else {
      out += encodeURIComponent(value[i] ?? '');
    }
  }
  return out;
}
