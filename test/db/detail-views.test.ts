import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/connector';
import { loadDataset } from '../../src/ingest';
import { DEFAULT_SWITCHES } from '../../src/metrics';
import { fetchBriefing } from '../../src/queries/briefing';
import { fetchCommitment } from '../../src/queries/commitment';
import { fetchPlans } from '../../src/queries/plans';
import { ConsoleRefusal, inRollback, runReadOnly } from '../../src/queries/sql-console';
import { ratingRows } from '../../src/views/commitment/rating-rows';
import { briefingSummary } from '../../src/views/member/briefing-summary';
import { cycleRows } from '../../src/views/member/cycle-rows';
import { coCreationText } from '../../src/views/member/co-creation';
import { testConnector } from '../helpers/db';

const seed = (name: string) => ({
  name,
  bytes: new Uint8Array(
    readFileSync(fileURLToPath(new URL(`../../data/seed-sample/${name}`, import.meta.url))),
  ),
});

let conn: Connector;

// The real seed sample: CO0111 (refresh, French labels), FR0025 (pre-2020) and two OGP Local
// action plans without commitments (Bogotá, Cartagena) with co-creation facts.
beforeAll(async () => {
  conn = await testConnector();
  await loadDataset(
    conn,
    { commitments: [seed('commitments.csv')], actionPlans: [seed('action-plans.csv')] },
    { id: 'seed', name: 'seed', simulated: false, asOf: '2026-11-23' },
  );
});

describe('commitment page against real DuckDB', () => {
  it('reads one commitment with raw labels, native codes and harmonised values', async () => {
    const row = await fetchCommitment(conn, 'CO0111');
    expect(row).not.toBeNull();
    if (!row) return;
    expect(row.era).toBe('refresh');
    const { harmonised } = ratingRows(row, DEFAULT_SWITCHES);
    const ambition = harmonised.find((h) => h.id === 'ambition_high');
    expect(ambition?.valueText).toBe('Yes');
    expect(ambition?.inForce).toBe(true);
    expect(ambition?.inputs.find((n) => n.id === 'potential_results')).toMatchObject({
      raw: 'Sustancial',
      code: 'substantial',
      meaning: 'Substantial',
    });
    const completion = harmonised.find((h) => h.id === 'high_completion');
    expect(completion?.valueText).toBe('Pending IRM review');
    expect(harmonised.find((h) => h.id === 'starred_2015')?.inForce).toBe(false);
  });

  it('marks the switch variant in force when a switch changes', async () => {
    const row = await fetchCommitment(conn, 'CO0111');
    if (!row) throw new Error('CO0111 missing');
    const rows = ratingRows(row, {
      ...DEFAULT_SWITCHES,
      starRule: '2015',
      ambitionIncludesModerate: true,
    });
    expect(rows.harmonised.find((h) => h.id === 'starred_2015')?.inForce).toBe(true);
    expect(rows.harmonised.find((h) => h.id === 'ambition_high_alt')?.inForce).toBe(true);
    expect(rows.harmonised.find((h) => h.id === 'ambition_high')?.inForce).toBe(false);
  });

  it('returns null for an unknown identifier, bound as a parameter', async () => {
    expect(await fetchCommitment(conn, "x' OR '1'='1")).toBeNull();
  });
});

describe('member briefing against real DuckDB', () => {
  it('gathers facts, per-cycle metrics with n, the pipeline and a plain-text summary', async () => {
    const b = await fetchBriefing(conn, 'FRA', DEFAULT_SWITCHES);
    expect(b?.member).toMatchObject({ name: 'France', kind: 'national', region: 'Europe' });
    if (!b) return;
    expect(b.plans.map((p) => p.plan_id)).toEqual(['AP_FRA01']);
    expect(b.pipeline).toEqual({
      commitments: 1,
      verifiable: 0,
      ambitious: 0,
      completed: 0,
      results: 0,
    });
    const rows = cycleRows(b.cycles);
    expect(rows.map((r) => r.cycle)).toEqual(['2015-2017', null]);
    expect(rows[0]?.metrics.verifiable.member).toMatchObject({ yes: 0, n: 1 });
    expect(rows[0]?.metrics.verifiable.global).toMatchObject({ n: 1 });
    const text = briefingSummary(b, rows, {
      dataset: { name: 'seed', simulated: false },
      rules: 'defaults',
    });
    expect(text).toContain('France (national, Europe)');
    expect(text).toContain('Verifiable: 0% (n=1)');
    expect(text).not.toContain('SIMULATED');
  });

  it('shows a local member with co-creation facts and no commitments', async () => {
    const plans = await fetchPlans(conn, { filters: {}, withFactsOnly: true });
    const bogota = plans.find((p) => p.member === 'Bogotá, Colombia');
    expect(bogota).toMatchObject({
      participating_groups: 200,
      public_meetings: 26,
      commitments: 0,
    });
    if (!bogota?.member_id) throw new Error('no Bogotá plan');
    const b = await fetchBriefing(conn, bogota.member_id, DEFAULT_SWITCHES);
    expect(b?.plans).toHaveLength(1);
    expect(b?.pipeline.commitments).toBe(0);
    expect(coCreationText(bogota)).toContain('200 participating groups');
  });

  it('returns null for an unknown member', async () => {
    expect(await fetchBriefing(conn, 'NOPE', DEFAULT_SWITCHES)).toBeNull();
  });
});

describe('action plans against real DuckDB', () => {
  it('lists plans with facts first, and filters by plan and by commitment columns', async () => {
    const all = await fetchPlans(conn, { filters: {}, withFactsOnly: false });
    expect(all).toHaveLength(4);
    expect(all.slice(0, 2).every((p) => p.has_facts)).toBe(true);
    const local = await fetchPlans(conn, { filters: { kinds: ['local'] }, withFactsOnly: false });
    expect(local.map((p) => p.member).sort()).toEqual([
      'Bogotá, Colombia',
      'Cartagena de Indias, Colombia',
    ]);
    const byArea = await fetchPlans(conn, {
      filters: { policyAreas: ['Formations'] },
      withFactsOnly: false,
    });
    expect(byArea.map((p) => p.plan_id)).toEqual(['AP_FRA01']);
  });
});

describe('SQL console against real DuckDB', () => {
  it('refuses DROP TABLE and the table is still there', async () => {
    await expect(runReadOnly(conn, 'DROP TABLE commitments')).rejects.toBeInstanceOf(
      ConsoleRefusal,
    );
    const r = await runReadOnly(conn, 'SELECT count(*) AS n FROM commitments');
    expect(r).toMatchObject({ names: ['n'], columns: [['2']], truncated: false });
  });

  it('undoes a write even if one got past the check (BEGIN … ROLLBACK)', async () => {
    await inRollback(conn, () => conn.exec('DROP TABLE members'));
    await expect(
      inRollback(conn, async () => {
        await conn.exec('DELETE FROM commitments');
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    const r = await runReadOnly(
      conn,
      'SELECT (SELECT count(*) FROM members) AS m, (SELECT count(*) FROM commitments) AS c',
    );
    expect(r.columns).toEqual([['4'], ['2']]);
  });

  it('runs on a connection of its own: its rollback cannot undo a load made meanwhile', async () => {
    const side = await conn.connect();
    try {
      await side.exec('BEGIN TRANSACTION');
      expect(await side.query('SELECT count(*)::INT AS n FROM commitments')).toEqual([{ n: 2 }]);
      // A "load" on the app's connection while the console's transaction is open.
      await conn.exec('CREATE TABLE console_probe AS SELECT 42 AS x');
      await side.exec('ROLLBACK');
      expect(await conn.query('SELECT x FROM console_probe')).toEqual([{ x: 42 }]);
      // The same interleaving on one connection loses the load: why the console has its own.
      await conn.exec('BEGIN TRANSACTION');
      await conn.exec('CREATE TABLE console_probe_2 AS SELECT 1 AS x');
      await conn.exec('ROLLBACK');
      expect(
        await conn.query(
          "SELECT count(*)::INT AS n FROM duckdb_tables() WHERE table_name = 'console_probe_2'",
        ),
      ).toEqual([{ n: 0 }]);
    } finally {
      await conn.exec('DROP TABLE IF EXISTS console_probe');
      await side.close();
    }
  });

  it('prints DuckDB types as DuckDB does and cuts results at the row cap', async () => {
    const r = await runReadOnly(
      conn,
      "SELECT DATE '2020-01-02' AS d, 1.5::DECIMAL(4,2) AS x, [1, 2] AS l, NULL AS n",
    );
    expect(r.columns).toEqual([['2020-01-02'], ['1.50'], ['[1, 2]'], [null]]);
    const big = await runReadOnly(conn, 'SELECT * FROM range(20000)');
    expect(big.truncated).toBe(true);
    expect(big.columns[0]).toHaveLength(10_000);
  });

  it('runs DESCRIBE, SUMMARIZE and EXPLAIN; reports SQL errors', async () => {
    expect((await runReadOnly(conn, 'DESCRIBE commitments')).names).toContain('column_type');
    expect((await runReadOnly(conn, 'SUMMARIZE members')).names).toContain('null_percentage');
    expect((await runReadOnly(conn, 'EXPLAIN SELECT 1')).names).toContain('explain_value');
    await expect(runReadOnly(conn, 'SELECT nope FROM commitments')).rejects.toThrow(/nope/);
    // The failed statement left no transaction open.
    expect((await runReadOnly(conn, 'SELECT 1 AS one')).columns).toEqual([['1']]);
  });
});
