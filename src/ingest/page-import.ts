/**
 * Records read from OGP pages (src/page-import) joining the session's data: commitments go
 * through the same normalisation as a loaded file (harmonised columns, era, pending rules), action
 * plans through the action-plans normalisation, and both are marked with source "page import" and
 * dataset_id "page-import". Loaded rows are never changed: a page whose identifier is already in
 * the session is refused, naming the identifier.
 */
import type { ColumnSpec, Connector } from '../db/connector';
import { RATING_FIELDS } from '../model/rating-fields';
import { matchLabel } from '../vocab';
import type { PageImport, RecordValue } from '../page-import';
import { COMMITMENT_COLUMNS, type CommitmentRecord } from './commitment-record';
import { loadDataset, type LoadInput, type LoadOptions } from './load-dataset';
import type { LoadIssue, LoadReport } from './load-types';
import { normaliseActionPlans, type ActionPlanRecord } from './normalise-action-plans';
import { normaliseCommitments } from './normalise-commitments';
import type { RawTable } from './raw-table';
import { resolveColumns } from './resolve-columns';
import { reportWithPages } from './report-with-pages';
import { ACTION_PLAN_FACT_COLUMNS, DERIVED_TABLES_SQL, LOAD_ISSUE_COLUMNS } from './table-ddl';

export { reportWithPages };

/** The `source` value of every row added from a page. */
export const PAGE_IMPORT_SOURCE = 'page import';
/** The `dataset_id` of every commitment added from a page. */
export const PAGE_IMPORT_DATASET_ID = 'page-import';

/** One page as the user gave it: a file name (or "pasted text") and what the parser read. */
export interface ImportedPage {
  name: string;
  result: PageImport;
}

/** What adding a page would do, checked against the session before anything is written. */
export interface PageCheck {
  name: string;
  kind: PageImport['kind'];
  /** commitment_id or plan_id read from the page. */
  id: string | null;
  /** Why the page cannot be added (unrecognised page, required field missing), else null. */
  problem: string | null;
  /** Set when the identifier (or, for a plan, the same member and cycle) is already loaded. */
  duplicate: { id: string; from: string } | null;
  /** The member already in the session that the record joins, if any. */
  member: { id: string; name: string } | null;
  /** The action plan already in the session that a commitment joins, if any. */
  plan: { id: string } | null;
}

export interface AddPagesResult {
  added: PageCheck[];
  /** The pages behind `added`, in the same order: what a reload adds again. */
  addedPages: ImportedPage[];
  /** Pages not added, each with its check (duplicate or problem). */
  skipped: PageCheck[];
  issues: LoadIssue[];
}

type MemberRow = {
  member_id: string;
  name: string;
  code: string | null;
  region: string | null;
  parent_country: string | null;
};

const text = (v: RecordValue | undefined): string =>
  v === null || v === undefined ? '' : String(v).trim();

/** Checks pages against the session (and against each other) without writing anything. */
export async function checkPages(
  conn: Connector,
  pages: readonly ImportedPage[],
): Promise<PageCheck[]> {
  const out: PageCheck[] = [];
  const inBatch = new Map<string, string>();
  for (const page of pages) {
    const check = await checkOne(conn, page);
    if (check.id && !check.duplicate && !check.problem) {
      const key = `${check.kind}:${check.id}`;
      const first = inBatch.get(key);
      if (first !== undefined) check.duplicate = { id: check.id, from: first };
      else inBatch.set(key, page.name);
    }
    out.push(check);
  }
  return out;
}

async function checkOne(conn: Connector, page: ImportedPage): Promise<PageCheck> {
  const r = page.result;
  const base: PageCheck = {
    name: page.name,
    kind: r.kind,
    id: null,
    problem: null,
    duplicate: null,
    member: null,
    plan: null,
  };
  if (r.kind === 'unrecognised') return { ...base, problem: r.message ?? 'unrecognised page' };
  const id = text(r.record[r.kind === 'commitment' ? 'commitment_id' : 'plan_id']);
  base.id = id || null;
  if (r.message || !id) return { ...base, problem: r.message ?? 'no identifier on the page' };
  const member = await findMember(conn, r.record);
  base.member = member ? { id: member.member_id, name: member.name } : null;
  const ys = yearOf(r.record.year_submission);
  const ye = yearOf(r.record.year_end);
  if (r.kind === 'commitment') {
    const [dup] = await conn.query<{ source: string | null; source_file: string | null }>(
      'SELECT source, source_file FROM commitments WHERE commitment_id = ? LIMIT 1',
      [id],
    );
    if (dup) base.duplicate = { id, from: dup.source_file || dup.source || 'the loaded data' };
    const plan = member && (await findPlan(conn, member.member_id, ys, ye, r.record.plan_number));
    base.plan = plan ? { id: plan } : null;
    return base;
  }
  const [dup] = await conn.query<{ plan_id: string; source: string | null }>(
    `SELECT plan_id, source FROM action_plans
     WHERE plan_id = ? OR (member_id = ? AND year_submission = ? AND year_end = ?) LIMIT 1`,
    [id, member?.member_id ?? null, ys, ye],
  );
  if (dup) base.duplicate = { id: dup.plan_id, from: dup.source || 'the loaded data' };
  return base;
}

/** The session's member with the page's name (accents and case aside), or "<name>, <country>". */
async function findMember(
  conn: Connector,
  record: Record<string, RecordValue>,
): Promise<MemberRow | null> {
  const name = text(record.member);
  if (!name) return null;
  const parent = text(record.parent_country);
  const names = parent ? [`${name}, ${parent}`, name] : [name];
  const rows = await conn.query<MemberRow & { rank: number }>(
    `SELECT member_id, name, code, region, parent_country,
            CASE WHEN lower(strip_accents(name)) = lower(strip_accents(?)) THEN 0 ELSE 1 END AS rank
     FROM members
     WHERE lower(strip_accents(name)) IN (lower(strip_accents(?)), lower(strip_accents(?)))
     ORDER BY rank, member_id LIMIT 1`,
    [names[0]!, names[0]!, names[1] ?? names[0]!],
  );
  return rows[0] ?? null;
}

/** The one loaded plan of that member and cycle (and plan number, when the page gives one). */
async function findPlan(
  conn: Connector,
  memberId: string,
  ys: number | null,
  ye: number | null,
  planNumber: RecordValue | undefined,
): Promise<string | null> {
  if (ys === null || ye === null) return null;
  const n = yearOf(planNumber ?? null);
  const rows = await conn.query<{ plan_id: string }>(
    `SELECT plan_id FROM action_plans
     WHERE member_id = ? AND year_submission = ? AND year_end = ?
       AND (?::INTEGER IS NULL OR plan_number IS NULL OR plan_number = ?::INTEGER)
     LIMIT 2`,
    [memberId, ys, ye, n, n],
  );
  return rows.length === 1 ? rows[0]!.plan_id : null;
}

function yearOf(v: RecordValue | undefined): number | null {
  const t = text(v);
  return /^\d{1,6}$/.test(t) ? Number(t) : null;
}

/**
 * Adds the pages that pass the checks: duplicates and unreadable pages are skipped, never
 * merged. `asOf` is the session's date for "pending IRM review". Returns what was done.
 */
export async function addPages(
  conn: Connector,
  pages: readonly ImportedPage[],
  opts: { asOf: string },
): Promise<AddPagesResult> {
  const checks = await checkPages(conn, pages);
  const added: PageCheck[] = [];
  const addedPages: ImportedPage[] = [];
  const skipped: PageCheck[] = [];
  const issues: LoadIssue[] = [];
  const commitments: CommitmentRecord[] = [];
  const plans: ActionPlanRecord[] = [];
  for (const [i, page] of pages.entries()) {
    const check = checks[i]!;
    if (check.problem || check.duplicate || check.kind === 'unrecognised') {
      skipped.push(check);
      continue;
    }
    const record = await joinedRecord(conn, asPrinted(page.result), check);
    const table = tableOf(page.name, record);
    const r =
      check.kind === 'commitment'
        ? normaliseCommitments(table, resolveColumns(table), {
            datasetId: PAGE_IMPORT_DATASET_ID,
            asOf: opts.asOf,
            seen: new Map(),
          })
        : normaliseActionPlans(table);
    (check.kind === 'commitment' ? commitments : plans).push(...r.records);
    issues.push(...r.issues);
    if (r.records.length === 0) {
      skipped.push(check);
    } else {
      added.push(check);
      addedPages.push(page);
    }
  }
  if (added.length === 0) return { added, addedPages, skipped, issues };

  await appendRows(conn, 'commitments', COMMITMENT_COLUMNS, commitments);
  await appendRows(conn, 'action_plan_facts', ACTION_PLAN_FACT_COLUMNS, plans);
  await appendRows(conn, 'load_issues', LOAD_ISSUE_COLUMNS, issues);
  await conn.exec(DERIVED_TABLES_SQL);
  await conn.query(
    `UPDATE datasets SET files = concat_ws('; ', nullif(files, ''), ?),
       page_commitments = page_commitments + ?, page_action_plans = page_action_plans + ?`,
    [added.map((c) => c.name).join('; '), commitments.length, plans.length],
  );
  return { added, addedPages, skipped, issues };
}

/** The page's record, completed from the session where the page is silent (never overriding it). */
async function joinedRecord(
  conn: Connector,
  record: Record<string, RecordValue>,
  check: PageCheck,
): Promise<Record<string, RecordValue>> {
  const out: Record<string, RecordValue> = { ...record, source: PAGE_IMPORT_SOURCE };
  if (check.member) {
    const [m] = await conn.query<MemberRow>(
      'SELECT member_id, name, code, region, parent_country FROM members WHERE member_id = ?',
      [check.member.id],
    );
    if (m) {
      // The session's spelling, so the record joins its member rather than making a new one.
      out.member = m.name;
      if (!text(out.member_code) && m.code) out.member_code = m.code;
      if (!text(out.region) && m.region) out.region = m.region;
      if (!text(out.parent_country) && m.parent_country) out.parent_country = m.parent_country;
    }
  }
  if (check.kind === 'commitment' && check.plan && !text(out.action_plan_id)) {
    out.action_plan_id = check.plan.id;
    if (!text(out.plan_number)) {
      const [p] = await conn.query<{ plan_number: number | null }>(
        'SELECT plan_number FROM action_plans WHERE plan_id = ?',
        [check.plan.id],
      );
      if (p?.plan_number !== null && p?.plan_number !== undefined) out.plan_number = p.plan_number;
    }
  }
  return out;
}

/**
 * Ratings as the page printed them ("Oui", "en attente d'examen par le MII"), like a loaded file,
 * so the `*_raw` columns keep the page's words and the vocabulary reads them once; the parser's
 * code is kept where the printed label is not in the vocabulary but the code is.
 */
function asPrinted(result: PageImport): Record<string, RecordValue> {
  const out = { ...result.record };
  for (const f of RATING_FIELDS) {
    const code = out[f.id];
    const raw = result.fields.find((x) => x.field === f.id)?.raw.trim();
    if (code === undefined || code === null || !raw) continue;
    const printedKnown = matchLabel(f.scale, raw).kind !== 'unknown';
    const codeKnown = matchLabel(f.scale, String(code)).kind !== 'unknown';
    if (printedKnown || !codeKnown) out[f.id] = raw;
  }
  return out;
}

/** One record as a one-row table in the canonical layout, read like a loaded file. */
function tableOf(name: string, record: Record<string, RecordValue>): RawTable {
  const headers = Object.keys(record);
  return {
    fileName: name,
    format: 'json',
    headers,
    rows: [headers.map((h) => text(record[h]))],
  };
}

/** Appends rows to an existing table (insertColumns replaces; a scratch table carries them). */
async function appendRows(
  conn: Connector,
  table: 'commitments' | 'action_plan_facts' | 'load_issues',
  spec: readonly ColumnSpec[],
  rows: readonly object[],
): Promise<void> {
  if (rows.length === 0) return;
  const data: Record<string, unknown[]> = {};
  for (const c of spec)
    data[c.name] = rows.map((r) => (r as Record<string, unknown>)[c.name] ?? null);
  const scratch = `page_import_${table}`;
  await conn.insertColumns(scratch, spec, data);
  await conn.exec(`INSERT INTO ${table} BY NAME SELECT * FROM ${scratch}; DROP TABLE ${scratch};`);
}

/**
 * A dataset load followed by the pages added to it: what the app runs to load the session's
 * data again (after a DuckDB worker restart), so imported pages are never lost.
 */
export async function loadWithPages(
  conn: Connector,
  input: LoadInput,
  opts: LoadOptions,
  pages: readonly ImportedPage[],
): Promise<LoadReport> {
  const report = await loadDataset(conn, input, opts);
  if (pages.length === 0) return report;
  opts.onProgress?.('Adding imported pages');
  return reportWithPages(report, await addPages(conn, pages, { asOf: opts.asOf }));
}
