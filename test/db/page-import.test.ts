/**
 * Page import joining the session's data in a real DuckDB: the seed pages (read from
 * ../shared/seeds at test time, never copied) become rows of `commitments` / `action_plans`
 * through the loader's normalisation, marked "page import"; duplicates are refused by name.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/connector';
import {
  addPages,
  checkPages,
  loadDataset,
  loadWithPages,
  reportWithPages,
  type ImportedPage,
  type LoadReport,
} from '../../src/ingest';
import { importPage } from '../../src/page-import';
import { testConnector } from '../helpers/db';
import { exportCsv, REFRESH } from '../helpers/export-csv';

const SEEDS = new URL('../../../shared/seeds/', import.meta.url);
function seed(prefix: string): ImportedPage {
  const name = readdirSync(SEEDS).find((f) => f.startsWith(`${prefix}_`));
  if (!name) throw new Error(`no seed ${prefix}_* in ${fileURLToPath(SEEDS)}`);
  return { name, result: importPage(readFileSync(new URL(name, SEEDS), 'utf8')) };
}

const AS_OF = '2026-11-23';
let conn: Connector;
let report: LoadReport;

/** A small session: Colombia's 2023-2025 plan (AP_COL05) with one other commitment. */
beforeEach(async () => {
  conn = await testConnector();
  report = await loadDataset(
    conn,
    {
      commitments: [
        exportCsv([
          {
            ...REFRESH,
            'Commitment Unique Identifier': 'CO0100',
            'Action Plan Number': '5',
            'Year Of Submission': '2023',
            'Action Plan End Year': '2025',
            'Action Plan ID': 'AP_COL05',
          },
          { 'Commitment Unique Identifier': 'FR0025', 'Country/Locality': 'France', Code: 'FRA' },
        ]),
      ],
    },
    { id: 't', name: 'test', simulated: false, asOf: AS_OF },
  );
});

const one = async (id: string) =>
  (await conn.query('SELECT * FROM commitments WHERE commitment_id = ?', [id]))[0];

describe('page import into the session', () => {
  it('adds seed 000 (CO0111) to commitments, harmonised, joined to its member and plan', async () => {
    const result = await addPages(conn, [seed('000')], { asOf: AS_OF });
    expect(result.skipped).toEqual([]);
    expect(result.added.map((c) => c.id)).toEqual(['CO0111']);
    const row = await one('CO0111');
    expect(row).toMatchObject({
      source: 'page import',
      dataset_id: 'page-import',
      member: 'Colombia',
      member_id: 'COL',
      region: 'Americas',
      plan_id: 'AP_COL05',
      plan_number: 5,
      era: 'refresh',
      verifiable_raw: 'Oui',
      verifiable_code: 'yes',
      potential_results_raw: 'Sustancial',
      ambition_code: 'high',
      potential_results_code: 'substantial',
      completion_eot_code: 'pending_irm',
      h_verifiable: 'yes',
      h_relevant: 'yes',
      h_ambition_high: 'yes',
      h_completion_final: 'pending_irm',
    });
    expect(row?.source_file).toMatch(/^000_/);
    // The plan counts it, and the session still has the loaded rows untouched.
    const [plan] = await conn.query(
      "SELECT commitments FROM action_plans WHERE plan_id = 'AP_COL05'",
    );
    expect(plan?.commitments).toBe(2);
    const [d] = await conn.query('SELECT page_commitments, files FROM datasets');
    expect(d?.page_commitments).toBe(1);
    expect(String(d?.files)).toMatch(/000_/);
    const next = reportWithPages(report, result);
    expect(next.pages).toMatchObject({ commitments: 1, actionPlans: 0 });
    expect(next.pages?.pages[0]).toMatchObject({ kind: 'commitment', id: 'CO0111' });
  });

  it('adds seed 001 (Cartagena de Indias) to action_plans with its co-creation facts', async () => {
    const result = await addPages(conn, [seed('001')], { asOf: AS_OF });
    expect(result.added).toHaveLength(1);
    const rows = await conn.query(
      "SELECT * FROM action_plans WHERE member = 'Cartagena de Indias'",
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      plan_id: 'cartagena-de-indias-2022-2023',
      kind: 'local',
      year_submission: 2022,
      year_end: 2023,
      submission_date: '2022-11-29',
      participating_groups: 7,
      public_meetings: 23,
      source: 'page import',
      commitments: 0,
    });
    const [d] = await conn.query('SELECT page_action_plans FROM datasets');
    expect(d?.page_action_plans).toBe(1);
    const [m] = await conn.query(
      "SELECT parent_country, kind FROM members WHERE name = 'Cartagena de Indias'",
    );
    expect(m).toMatchObject({ parent_country: 'Colombia', kind: 'local' });
  });

  it('adds nothing for seed 004 (neither kind of page), with its message', async () => {
    const before = await conn.query('SELECT count(*)::INTEGER AS n FROM commitments');
    const plansBefore = await conn.query('SELECT count(*)::INTEGER AS n FROM action_plans');
    const result = await addPages(conn, [seed('004')], { asOf: AS_OF });
    expect(result.added).toEqual([]);
    expect(result.skipped[0]?.kind).toBe('unrecognised');
    expect(result.skipped[0]?.problem).toMatch(/Not an OGP commitment page or action-plan page/);
    expect(await conn.query('SELECT count(*)::INTEGER AS n FROM commitments')).toEqual(before);
    expect(await conn.query('SELECT count(*)::INTEGER AS n FROM action_plans')).toEqual(
      plansBefore,
    );
  });

  it('refuses a page whose identifier is already loaded, naming it, and changes nothing', async () => {
    const page = seed('002');
    const [check] = await checkPages(conn, [page]);
    expect(check?.duplicate).toEqual({ id: 'FR0025', from: 'fixture.csv' });
    const before = await one('FR0025');
    const result = await addPages(conn, [page], { asOf: AS_OF });
    expect(result.added).toEqual([]);
    expect(result.skipped[0]?.duplicate?.id).toBe('FR0025');
    expect(await one('FR0025')).toEqual(before);
    const [n] = await conn.query(
      "SELECT count(*)::INTEGER AS n FROM commitments WHERE commitment_id = 'FR0025'",
    );
    expect(n?.n).toBe(1);
  });

  it('adds the pages that are not duplicates and skips the ones that are', async () => {
    const result = await addPages(conn, [seed('002'), seed('000'), seed('000')], {
      asOf: AS_OF,
    });
    expect(result.added.map((c) => c.id)).toEqual(['CO0111']);
    expect(result.skipped.map((c) => c.duplicate?.id)).toEqual(['FR0025', 'CO0111']);
    // Adding the same page again later is refused too.
    const again = await addPages(conn, [seed('000')], { asOf: AS_OF });
    expect(again.added).toEqual([]);
    expect(again.skipped[0]?.duplicate).toMatchObject({ id: 'CO0111' });
  });

  it('loads the session again with its imported pages (the worker-restart path)', async () => {
    const input = { commitments: [exportCsv([{ 'Commitment Unique Identifier': 'CO0100' }])] };
    const opts = { id: 'r', name: 'reload', simulated: false, asOf: AS_OF };
    const pages = [seed('000'), seed('001')];
    const first = await loadWithPages(conn, input, opts, pages);
    const snapshot = await conn.query(
      "SELECT * EXCLUDE (source_row) FROM commitments WHERE source = 'page import'",
    );
    const again = await loadWithPages(conn, input, opts, pages);
    expect(again.pages).toEqual(first.pages);
    expect(again.pages).toMatchObject({ commitments: 1, actionPlans: 1 });
    expect(
      await conn.query(
        "SELECT * EXCLUDE (source_row) FROM commitments WHERE source = 'page import'",
      ),
    ).toEqual(snapshot);
    const [n] = await conn.query(
      "SELECT count(*)::INTEGER AS n FROM action_plans WHERE source = 'page import'",
    );
    expect(n?.n).toBe(1);
  });

  it('refuses a plan page for a plan already loaded under another identifier', async () => {
    await addPages(conn, [seed('001')], { asOf: AS_OF });
    const [check] = await checkPages(conn, [seed('001')]);
    expect(check?.duplicate?.id).toBe('cartagena-de-indias-2022-2023');
  });
});
