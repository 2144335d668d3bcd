/**
 * Seeded scale datasets for the benchmarks: N commitments in OGP's export layout (the same 171
 * columns, codes and derived columns as data/simulated), written to bench/data/ (git-ignored).
 *
 *   npx tsx scripts/generate-scale.ts [--rows 100000] [--rows 1000000] [--seed N] [--out dir]
 *
 * Rows come from the simulated generator's row maker (scripts/generate-simulated.ts), run once per
 * replica with seed + replica: every replica re-draws plans, texts and ratings for every member, so
 * a scale file has the default dataset's vocabulary and proportions, not copies of its rows.
 * Identifiers stay unique: replica k > 0 suffixes the commitment and action-plan ids with `-k`.
 * Same seed and row count → byte-identical file. The last replica is cut to reach exactly N rows.
 */
import { closeSync, existsSync, mkdirSync, openSync, statSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OGP_POLICY_AREA_COLUMNS } from '../src/ingest/ogp-export-layout';
import { generate, HEADER, toCsv, type Row } from './generate-simulated';

const DEFAULT_SEED = 20261123;
export const SCALE_DIR = fileURLToPath(new URL('../bench/data/', import.meta.url));

/** The file a scale dataset of `rows` rows is written to. */
export function scaleFile(rows: number, dir = SCALE_DIR): string {
  return join(dir, `ogp-export-scale-${rows}.csv`);
}

// The export layout is kept: every policy-area dummy column, in the export's order.
const header: readonly string[] = HEADER;
const start = header.indexOf(OGP_POLICY_AREA_COLUMNS[0] ?? '');
if (start < 0 || OGP_POLICY_AREA_COLUMNS.some((c, i) => header[start + i] !== c)) {
  throw new Error('generate-simulated HEADER no longer carries the export policy-area columns');
}

function relabel(row: Row, replica: number): void {
  if (replica === 0) return;
  const suffix = `-${replica}`;
  row['Commitment Unique Identifier'] = `${row['Commitment Unique Identifier'] ?? ''}${suffix}`;
  row['Action Plan ID'] = `${row['Action Plan ID'] ?? ''}${suffix}`;
  if (row['Cluster Commitment ID(s)'])
    row['Cluster Commitment ID(s)'] = row['Cluster Commitment ID(s)']
      .split(', ')
      .map((id) => `${id}${suffix}`)
      .join(', ');
}

/** Writes `rows` rows to `file`, streaming one replica at a time. */
export function writeScale(rows: number, file: string, seed = DEFAULT_SEED): void {
  mkdirSync(resolve(file, '..'), { recursive: true });
  const fd = openSync(file, 'w');
  try {
    writeSync(fd, toCsv([], true));
    let written = 0;
    for (let replica = 0; written < rows; replica++) {
      const batch = generate(seed + replica).rows.slice(0, rows - written);
      batch.forEach((row, i) => {
        relabel(row, replica);
        row.id = String(written + i + 1);
      });
      writeSync(fd, toCsv(batch, false));
      written += batch.length;
    }
  } finally {
    closeSync(fd);
  }
}

/** The scale file for `rows`, generated when missing. */
export function ensureScale(rows: number, seed = DEFAULT_SEED): string {
  const file = scaleFile(rows);
  if (!existsSync(file)) writeScale(rows, file, seed);
  return file;
}

function main(): void {
  const argv = process.argv.slice(2);
  const sizes: number[] = [];
  let seed = DEFAULT_SEED;
  let dir = SCALE_DIR;
  for (let i = 0; i < argv.length; i++) {
    const [a, v] = [argv[i], argv[i + 1]];
    if (a === '--rows' && v && /^\d+$/.test(v)) [sizes[sizes.length], i] = [Number(v), i + 1];
    else if (a === '--seed' && v && /^\d+$/.test(v)) [seed, i] = [Number(v), i + 1];
    else if (a === '--out' && v) [dir, i] = [resolve(v), i + 1];
    else throw new Error(`usage: generate-scale [--rows N]… [--seed N] [--out dir] ("${a ?? ''}")`);
  }
  for (const rows of sizes.length ? sizes : [100_000, 1_000_000]) {
    const file = scaleFile(rows, dir);
    const t0 = performance.now();
    writeScale(rows, file, seed);
    const mb = statSync(file).size / 2 ** 20;
    console.log(
      `${rows} rows (seed ${seed}) → ${file}: ${mb.toFixed(0)} MB in ${Math.round(performance.now() - t0)} ms`,
    );
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
