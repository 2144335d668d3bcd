import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { keepExportsNamedIn } from './wasm-exports';

const require = createRequire(import.meta.url);

/** Bumped whenever keepExportsNamedIn changes what it keeps, so old copies are not reused. */
const RULES = 2;

export type WasmVariant = 'eh' | 'mvp';

/** DuckDB-WASM's dist folder: its wasm files and the JS glue that calls into them. */
export function duckdbDist(): string {
  return dirname(require.resolve('@duckdb/duckdb-wasm'));
}

/**
 * DuckDB's wasm without the exports only extensions would use (wasm-exports.ts), made once per
 * DuckDB-WASM version under node_modules/.cache and shared by the Vite build and Node. Set
 * IRM_ATLAS_FULL_WASM=1 for the original (to compare the two).
 */
export function slimDuckdbWasm(variant: WasmVariant): string {
  const dist = duckdbDist();
  const original = join(dist, `duckdb-${variant}.wasm`);
  if (process.env.IRM_ATLAS_FULL_WASM === '1') return original;
  const version = (
    JSON.parse(readFileSync(join(dist, '..', 'package.json'), 'utf8')) as { version: string }
  ).version;
  const dir = join(
    dist,
    '..',
    '..',
    '..',
    '.cache',
    'irm-atlas',
    `duckdb-wasm-${version}-r${RULES}`,
  );
  return slimCopy(original, dist, join(dir, `duckdb-${variant}.wasm`));
}

/**
 * `path`, made from the wasm at `original` by keepExportsNamedIn with the JS files in `glueDir`
 * unless it exists; the original when it cannot be made.
 */
export function slimCopy(original: string, glueDir: string, path: string): string {
  if (existsSync(path)) return path;
  try {
    const glue = readdirSync(glueDir)
      .filter((f) => /\.(c|m)?js$/.test(f))
      .map((f) => readFileSync(join(glueDir, f), 'utf8'));
    const slim = keepExportsNamedIn(new Uint8Array(readFileSync(original)), glue);
    mkdirSync(dirname(path), { recursive: true });
    // Written aside and renamed: test workers starting together may each make it.
    const temp = `${path}.${process.pid}.tmp`;
    writeFileSync(temp, slim.bytes);
    renameSync(temp, path);
    return path;
  } catch (e) {
    // A read-only node_modules, or a DuckDB-WASM whose module this cannot read: the original
    // works the same, only starts slower.
    console.warn(`IRM Atlas: using DuckDB's original wasm (${(e as Error).message})`);
    return original;
  }
}
