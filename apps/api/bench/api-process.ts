import { type ChildProcess } from 'node:child_process';
import { DEMO_PASSWORD } from '@recordroom/demo-department';

/** Waits until the spawned API answers `url` (its health check), failing if it exits first. */
export async function waitForHealth(url: string, child: ChildProcess): Promise<void> {
  for (let waited = 0; waited < 120_000; waited += 50) {
    if (child.exitCode !== null) throw new Error(`The API exited with code ${child.exitCode} before it was healthy`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${url} was not healthy within 120 s`);
}

/** Stops the spawned API and waits for it to exit. */
export async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

/**
 * Signs in as a demo account and returns the session cookie. A refused sign-in stops the
 * benchmark: otherwise it would go on to measure 401 answers.
 */
export async function signInCookie(base: string, email: string): Promise<string> {
  const response = await fetch(`${base}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  if (!response.ok) throw new Error(`Signing in as ${email} gave ${response.status}`);
  return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}
