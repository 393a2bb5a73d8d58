import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const apiRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The built API (`node dist/main.js`, as production runs it) in a child process, with its log lines counted. */
export interface ApiChild {
  base: string;
  pid: number;
  /** JSON log lines at level error, so far. */
  errorLines(): string[];
  /** Log lines containing the `keep` text given at start. */
  keptLines(): string[];
  /** SIGKILL: no shutdown hook runs, as when a host or container dies. */
  kill(): Promise<void>;
  /** SIGTERM and wait, as a deployment stops a replica. */
  stop(): Promise<void>;
}

export async function startApiChild(env: Record<string, string>, port: number, keep?: string): Promise<ApiChild> {
  const child = spawn(process.execPath, [path.join(apiRoot, 'dist/main.js')], {
    env: { ...process.env, RECORDROOM_SEED_DEMO: 'false', RECORDROOM_LOG_LEVEL: 'log', ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const errors: string[] = [];
  const matching: string[] = [];
  let stderr = '';
  // Nest's logger writes errors to stderr and the rest to stdout, one JSON object a line.
  for (const stream of [child.stdout, child.stderr]) {
    let partial = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      if (stream === child.stderr) stderr = (stderr + chunk).slice(-4000);
      const lines = (partial + chunk).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) {
        if (line.includes('"level":"error"')) errors.push(line);
        if (keep !== undefined && line.includes(keep)) matching.push(line);
      }
    });
  }
  const base = `http://127.0.0.1:${port}`;
  await waitForHealthy(base, child, () => stderr);
  if (child.pid === undefined) throw new Error('The API has no process id');
  return {
    base,
    pid: child.pid,
    errorLines: () => [...errors],
    keptLines: () => [...matching],
    kill: () => ended(child, 'SIGKILL'),
    stop: () => ended(child, 'SIGTERM'),
  };
}

async function waitForHealthy(base: string, child: ChildProcess, stderr: () => string): Promise<void> {
  for (let waited = 0; waited < 60_000; waited += 100) {
    if (child.exitCode !== null) throw new Error(`The API exited with code ${child.exitCode}: ${stderr()}`);
    try {
      if ((await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(2000) })).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`${base} was not healthy within 60 s: ${stderr()}`);
}

function ended(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill(signal);
  return exited;
}

/** Signs in and returns the session cookie; the Origin is the API's default public origin, as a browser on it sends. */
export async function signIn(base: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${base}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: originOf(base) },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200) throw new Error(`Signing in as ${email} gave ${response.status}: ${await response.text()}`);
  return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

/** RECORDROOM_PUBLIC_ORIGIN's default, http://localhost:<port>. */
export function originOf(base: string): string {
  return `http://localhost:${new URL(base).port}`;
}
