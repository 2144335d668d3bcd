import { z } from 'zod';
import type { Connector } from '../db/connector';
import type { LoadIssue, RowAccounting } from '../ingest/load-types';

const issueRow = z.object({
  file: z.string(),
  row: z.number().nullable(),
  column: z.string().nullable(),
  value: z.string().nullable(),
  severity: z.enum(['error', 'warning', 'info']),
  message: z.string(),
});

export async function listIssues(conn: Connector): Promise<LoadIssue[]> {
  const rows = await conn.query(
    `SELECT file, "row", "column", value, severity, message FROM load_issues
     ORDER BY CASE severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, file, "row"`,
  );
  return rows.map((r) => issueRow.parse(r));
}

const datasetRow = z.object({
  id: z.string(),
  name: z.string(),
  simulated: z.boolean(),
  files: z.string(),
  layout: z.string(),
  loaded_at: z.string(),
  as_of: z.string(),
  rows_read: z.number(),
  rows_loaded: z.number(),
  rows_rejected: z.number(),
  rows_skipped: z.number(),
});

export async function currentDataset(conn: Connector) {
  const rows = await conn.query('SELECT * FROM datasets LIMIT 1');
  const d = datasetRow.parse(rows[0]);
  const accounting: RowAccounting = {
    read: d.rows_read,
    loaded: d.rows_loaded,
    rejected: d.rows_rejected,
    skipped: d.rows_skipped,
  };
  return { ...d, accounting };
}
