import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Connector } from '../src/db/connector';
import { loadDataset, MAX_FILE_BYTES, FileReadError, type LoadReport } from '../src/ingest';

interface Manifest {
  name?: string;
  simulated?: boolean;
  file?: string;
  files?: Record<string, string>;
}

/** A manifest.json beside the file says whether it is simulated, and names the dataset. */
function manifestFor(path: string): Manifest | null {
  const manifestPath = join(dirname(path), 'manifest.json');
  if (!existsSync(manifestPath)) return null;
  try {
    const m = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
    const names = [m.file, ...Object.values(m.files ?? {})];
    return names.includes(basename(path)) ? m : null;
  } catch {
    return null;
  }
}

export function readInput(path: string): { name: string; bytes: Uint8Array } {
  if (!existsSync(path)) throw new FileReadError(basename(path), `no such file: ${path}`);
  const size = statSync(path).size;
  if (size > MAX_FILE_BYTES) {
    throw new FileReadError(
      basename(path),
      `the file is ${Math.ceil(size / 2 ** 20)} MB; the limit is ${MAX_FILE_BYTES / 2 ** 20} MB`,
    );
  }
  return { name: basename(path), bytes: new Uint8Array(readFileSync(path)) };
}

export async function loadFromPaths(
  conn: Connector,
  path: string,
  opts: { asOf: string; actionPlans?: string | undefined },
): Promise<LoadReport> {
  const manifest = manifestFor(path);
  return loadDataset(
    conn,
    {
      commitments: [readInput(path)],
      actionPlans: opts.actionPlans ? [readInput(opts.actionPlans)] : [],
    },
    {
      id: basename(path),
      name: manifest?.name ?? basename(path),
      simulated: manifest?.simulated === true,
      asOf: opts.asOf,
    },
  );
}
