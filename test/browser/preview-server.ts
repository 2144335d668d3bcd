import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const VITE = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
/** What the build depends on: a change to any of these makes dist/ stale. */
const SOURCES = ['src', 'data', 'index.html', 'vite.config.ts', 'scripts', 'package.json'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((n) => newestMtime(join(path, n))));
}

/**
 * Runs `vite build` only when dist/ is missing or older than its sources. Browser test files run
 * in parallel: on a clean clone each would build into the same dist/ at once (Vite empties it
 * first), so one build at a time, under a lock directory; the next caller finds dist/ fresh.
 */
export function ensureBuild(): { built: boolean; ms: number } {
  const lock = join(ROOT, 'node_modules', '.irm-atlas-build.lock');
  acquire(lock);
  try {
    return buildIfStale();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

function acquire(lock: string): void {
  const sleeper = new Int32Array(new SharedArrayBuffer(4));
  const started = Date.now();
  for (;;) {
    try {
      mkdirSync(lock);
      return;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    // A lock older than any build is left over from a killed run.
    const since = statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
    if (Date.now() - since > 600_000) {
      rmSync(lock, { recursive: true, force: true });
    }
    if (Date.now() - started > 900_000) throw new Error(`waited 15 min for the build lock ${lock}`);
    Atomics.wait(sleeper, 0, 0, 250);
  }
}

function buildIfStale(): { built: boolean; ms: number } {
  const started = Date.now();
  const built = newestMtime(join(ROOT, 'dist', 'index.html'));
  const sources = Math.max(...SOURCES.map((s) => newestMtime(join(ROOT, s))));
  if (built > sources) return { built: false, ms: 0 };
  const r = spawnSync(process.execPath, [VITE, 'build', '--logLevel', 'warn'], {
    cwd: ROOT,
    encoding: 'utf8',
    // vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NO_COLOR: '1',
      VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true',
    },
  });
  if (r.status !== 0) throw new Error(`vite build failed:\n${r.stdout}\n${r.stderr}`);
  return { built: true, ms: Date.now() - started };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (addr && typeof addr === 'object' ? resolve(addr.port) : reject()));
    });
  });
}

export interface PreviewServer {
  url: string;
  stop(): void;
}

/** `vite preview` on a free port, in its own process group so stop() ends all of it. */
export async function startPreview(): Promise<PreviewServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    [VITE, 'preview', '--host', '127.0.0.1', '--strictPort', '--port', String(port)],
    {
      cwd: ROOT,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NO_COLOR: '1' },
    },
  );
  let log = '';
  child.stdout?.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  const stop = () => {
    if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
  };
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited:\n${log}`);
    try {
      if ((await fetch(url)).ok) return { url, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  stop();
  throw new Error(`vite preview did not answer on ${url}:\n${log}`);
}
