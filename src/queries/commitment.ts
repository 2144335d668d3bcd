import { z } from 'zod';
import type { Connector } from '../db/connector';
import type { Query } from './explore';

/** One commitment with every column of `commitments`, plus its plan's title when known. */
export function commitmentQuery(id: string): Query {
  return {
    sql: `SELECT c.*, p.title AS plan_title, p.commitments AS plan_commitments
FROM commitments AS c LEFT JOIN action_plans AS p ON p.plan_id = c.plan_id
WHERE c.commitment_id = ?
LIMIT 1`,
    params: [id],
  };
}

export type CommitmentDetail = Record<string, string | number | null>;

const rowSchema = z.record(z.string(), z.union([z.string(), z.number(), z.null()]));

export async function fetchCommitment(
  conn: Connector,
  id: string,
): Promise<CommitmentDetail | null> {
  const { sql, params } = commitmentQuery(id);
  const [row] = await conn.query(sql, params);
  return row ? rowSchema.parse(row) : null;
}

/** A text column of a detail row, or null (numbers come back as text). */
export function textOf(row: CommitmentDetail, column: string): string | null {
  const v = row[column];
  if (v === null || v === undefined) return null;
  const s = String(v).trim();
  return s === '' ? null : s;
}
