import { z } from 'zod';
import type { Connector } from '../db/connector';

export interface FilterOption {
  value: string;
  /** Commitments in the whole dataset with this value. */
  count: number;
  /** Members: their region (groups the member list). */
  detail: string | null;
}

export interface FilterOptions {
  regions: FilterOption[];
  kinds: FilterOption[];
  eras: FilterOption[];
  values: FilterOption[];
  policyAreas: FilterOption[];
  members: FilterOption[];
  years: number[];
}

const FACETS = {
  regions:
    'SELECT region AS value, NULL AS detail, count(*) AS n FROM commitments WHERE region IS NOT NULL GROUP BY 1',
  kinds: 'SELECT kind, NULL, count(*) FROM commitments WHERE kind IS NOT NULL GROUP BY 1',
  eras: 'SELECT era, NULL, count(*) FROM commitments WHERE era IS NOT NULL GROUP BY 1',
  values:
    "SELECT v, NULL, count(*) FROM (SELECT unnest(string_split(ogp_values, '; ')) AS v FROM commitments) WHERE v <> '' GROUP BY 1",
  policyAreas:
    "SELECT v, NULL, count(*) FROM (SELECT unnest(string_split(policy_areas, '; ')) AS v FROM commitments) WHERE v <> '' GROUP BY 1",
  members:
    'SELECT member, any_value(region), count(*) FROM commitments WHERE member IS NOT NULL GROUP BY 1',
  years:
    'SELECT CAST(year_submission AS VARCHAR), NULL, count(*) FROM commitments WHERE year_submission IS NOT NULL GROUP BY 1',
} as const;
type Facet = keyof typeof FACETS;

const row = z.object({
  facet: z.string(),
  value: z.string(),
  detail: z.string().nullable(),
  n: z.number(),
});

/** Every value each filter can take in the loaded dataset, with counts: one query. */
export async function filterOptions(conn: Connector): Promise<FilterOptions> {
  const sql = (Object.entries(FACETS) as [Facet, string][])
    .map(([facet, q]) => `SELECT '${facet}' AS facet, * FROM (${q})`)
    .join('\nUNION ALL\n');
  const rows = await conn.query(
    `SELECT facet, value::VARCHAR AS value, detail::VARCHAR AS detail, n::INTEGER AS n FROM (${sql}) AS t(facet, value, detail, n) ORDER BY facet, value`,
  );
  const out: Record<Facet, FilterOption[]> = {
    regions: [],
    kinds: [],
    eras: [],
    values: [],
    policyAreas: [],
    members: [],
    years: [],
  };
  for (const r of rows) {
    const { facet, value, detail, n } = row.parse(r);
    if (facet in out) out[facet as Facet].push({ value, count: n, detail });
  }
  const years = out.years.map((y) => Number(y.value)).filter(Number.isInteger);
  return { ...out, years: years.sort((a, b) => a - b) };
}
