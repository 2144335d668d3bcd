import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportCsv, PRE2020 } from '../helpers/export-csv';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SAMPLE = join(ROOT, '../shared/data/ogp-export-sample.csv');

function atlas(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'cli/atlas.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'atlas-cli-'));
  const write = (name: string, bytes: Uint8Array) => writeFileSync(join(dir, name), bytes);
  write('ok.csv', exportCsv([{ 'Commitment Unique Identifier': 'CO0001', ...PRE2020 }]).bytes);
  write(
    'dup.csv',
    exportCsv([
      { 'Commitment Unique Identifier': 'CO0001' },
      { 'Commitment Unique Identifier': 'CO0001' },
    ]).bytes,
  );
  writeFileSync(join(dir, 'junk.csv'), 'commitment_id,member\n1,"open\n');
});

describe('atlas validate', () => {
  it('exits 0 when no row is rejected and prints the row accounting', () => {
    const r = atlas('validate', join(dir, 'ok.csv'));
    expect(r.code).toBe(0);
    expect(r.out).toContain('Rows: read 1 = loaded 1 + rejected 0 + skipped 0');
  });
  it('exits 1 when some rows are rejected, naming both rows', () => {
    const r = atlas('validate', join(dir, 'dup.csv'));
    expect(r.code).toBe(1);
    expect(r.out).toContain(
      'row 2 rejected: identifier CO0001 was already loaded from dup.csv row 1',
    );
  });
  it('exits 2 when the file cannot be read', () => {
    const r = atlas('validate', join(dir, 'junk.csv'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/Cannot read junk\.csv: malformed CSV at line 2/);
  });
});

describe('atlas summarize', () => {
  it('prints the documented JSON shape, with the same figures as the library', () => {
    const r = atlas('summarize', SAMPLE, '--by', 'member,cycle', '--as-of', '2026-11-23');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out) as {
      rows: Record<string, number>;
      groups: {
        key: Record<string, string>;
        metrics: Record<string, { yes: number; n: number; share: number; ci95: number[] }>;
      }[];
    };
    expect(out.rows).toEqual({ read: 288, loaded: 288, rejected: 0, skipped: 0 });
    const first = out.groups[0]!;
    expect(Object.keys(first.key)).toEqual(['member', 'cycle']);
    expect(Object.keys(first.metrics)).toEqual([
      'verifiable',
      'relevant',
      'ambition_high',
      'high_completion',
      'strong_results',
      'starred',
      'promising',
    ]);
    const total = out.groups.reduce((s, g) => s + g.metrics.high_completion!.n, 0);
    // Every commitment with a completion rating is counted once across the groups.
    expect(total).toBe(195);
  });
  it('writes formula-safe CSV with the dataset named in every row', () => {
    const r = atlas(
      'summarize',
      join(dir, 'ok.csv'),
      '--by',
      'era',
      '--format',
      'csv',
      '--denominator',
      'all',
    );
    expect(r.code).toBe(0);
    const [header, row] = r.out.trim().split('\r\n');
    expect(header).toMatch(/^era,verifiable_yes,verifiable_n,verifiable_share,verifiable_ci95_low/);
    expect(row).toMatch(/^pre2020,1,1,1,0\.207,1,/);
    expect(row).toMatch(/ok\.csv,real data,all$/);
  });
  it('rejects an unknown dimension with a usage error', () => {
    const r = atlas('summarize', SAMPLE, '--by', 'planet');
    expect(r.code).toBe(2);
    expect(r.err).toContain('unknown dimension "planet"');
  });
});

describe('atlas import-page', () => {
  const seed = (prefix: string) => {
    const dir = join(ROOT, '../shared/seeds');
    const name = readdirSync(dir).find((f) => f.startsWith(prefix));
    return join(dir, name!);
  };
  it('prints the canonical record of a French commitment page', () => {
    const r = atlas('import-page', seed('000'), '--format', 'json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out) as { kind: string; record: Record<string, unknown> };
    expect(out.kind).toBe('commitment');
    expect(out.record).toMatchObject({
      commitment_id: 'CO0111',
      verifiable: 'yes',
      ambition: 'high',
      potential_results: 'substantial',
    });
  });
  it('says a page is neither kind, with a message', () => {
    const r = atlas('import-page', seed('004'));
    const out = JSON.parse(r.out) as { kind: string; message: string };
    expect(out.kind).toBe('unrecognised');
    expect(out.message).toMatch(/Not an OGP commitment page or action-plan page/);
  });
});
