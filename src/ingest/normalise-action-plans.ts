import { parseOgpDate, parseYear } from '../lib/dates';
import { slugify } from '../lib/slug';
import { CANONICAL_ACTION_PLAN_COLUMNS } from '../model/canonical-layout';
import { normaliseHeader, normaliseLabel } from '../vocab';
import type { LoadIssue, RowAccounting } from './load-types';
import { FileReadError, type RawTable } from './raw-table';

export type ActionPlanRecord = Record<string, string | number | null>;

const INFLUENCE: Record<string, string> = {
  'no consultation': 'no_consultation',
  no_consultation: 'no_consultation',
  'pas de consultation': 'no_consultation',
  'sin consulta': 'no_consultation',
  inform: 'inform',
  informer: 'inform',
  informar: 'inform',
  consult: 'consult',
  consulter: 'consult',
  consultar: 'consult',
  involve: 'involve',
  impliquer: 'involve',
  involucrar: 'involve',
  collaborate: 'collaborate',
  collaborer: 'collaborate',
  colaborar: 'collaborate',
  empower: 'empower',
  autonomiser: 'empower',
  empoderar: 'empower',
};
const YES_NO: Record<string, string> = {
  yes: 'yes',
  oui: 'yes',
  si: 'yes',
  '1': 'yes',
  no: 'no',
  non: 'no',
  '0': 'no',
};
const OPENNESS: Record<string, string> = {
  open: 'open',
  ouverte: 'open',
  abierta: 'open',
  closed: 'closed',
  fermee: 'closed',
  cerrada: 'closed',
};

/** Action-plans file (canonical layout, docs/data-formats.md) → records and issues. */
export function normaliseActionPlans(table: RawTable): {
  records: ActionPlanRecord[];
  issues: LoadIssue[];
  rows: RowAccounting;
} {
  const index = new Map(table.headers.map((h, i) => [normaliseHeader(h), i]));
  if (!index.has('plan_id')) {
    throw new FileReadError(
      table.fileName,
      'an action-plans file needs a "plan_id" column (see docs/data-formats.md)',
    );
  }
  const issues: LoadIssue[] = [];
  const records: ActionPlanRecord[] = [];
  const rows: RowAccounting = { read: table.rows.length, loaded: 0, rejected: 0, skipped: 0 };
  const seen = new Map<string, number>();
  table.rows.forEach((cells, i) => {
    const rowNo = i + 1;
    const get = (c: string) => {
      const idx = index.get(c);
      return idx === undefined ? '' : (cells[idx] ?? '').trim();
    };
    const issue = (severity: LoadIssue['severity'], column: string, message: string) =>
      issues.push({
        file: table.fileName,
        row: rowNo,
        column,
        value: get(column),
        severity,
        message,
      });
    const id = get('plan_id');
    if (id === '') {
      rows.rejected++;
      return issue('error', 'plan_id', `row ${rowNo} rejected: the plan identifier is empty`);
    }
    const first = seen.get(id);
    if (first !== undefined) {
      rows.rejected++;
      return issue(
        'error',
        'plan_id',
        `row ${rowNo} rejected: plan ${id} was already given in row ${first}`,
      );
    }
    seen.set(id, rowNo);
    const coded = (column: string, vocab: Record<string, string>) => {
      const raw = get(column);
      if (raw === '') return null;
      const label = normaliseLabel(raw);
      // Own keys only: "constructor" must not find Object.prototype.constructor.
      const code = Object.hasOwn(vocab, label) ? vocab[label] : undefined;
      if (!code)
        issue(
          'warning',
          column,
          `row ${rowNo}, column "${column}": unknown value "${raw}"; stored as missing`,
        );
      return code ?? 'missing';
    };
    const count = (column: string) => {
      const raw = get(column);
      if (raw === '') return null;
      if (/^\d+$/.test(raw)) return Number(raw);
      issue(
        'warning',
        column,
        `row ${rowNo}, column "${column}": "${raw}" is not a whole number; stored as missing`,
      );
      return null;
    };
    const member = get('member');
    const code = get('member_code');
    const ys = parseYear(get('year_submission'));
    const ye = parseYear(get('year_end'));
    const rec: ActionPlanRecord = {};
    for (const c of CANONICAL_ACTION_PLAN_COLUMNS) rec[c] = get(c) || null;
    Object.assign(rec, {
      plan_id: id,
      member_id: code !== '' ? code.toUpperCase() : slugify(member),
      kind: get('kind')
        ? normaliseLabel(get('kind')).includes('local')
          ? 'local'
          : normaliseLabel(get('kind')) === 'national'
            ? 'national'
            : 'other'
        : null,
      plan_number: /^\d+$/.test(get('plan_number')) ? Number(get('plan_number')) : null,
      year_submission: ys,
      year_end: ye,
      cycle: ys !== null && ye !== null ? `${ys}-${ye}` : null,
      submission_date: parseOgpDate(get('submission_date')) ?? (get('submission_date') || null),
      influence_development: coded('influence_development', INFLUENCE),
      influence_implementation: coded('influence_implementation', INFLUENCE),
      participation: coded('participation', OPENNESS),
      forum: coded('forum', YES_NO),
      minimum_requirement_met: coded('minimum_requirement_met', YES_NO),
      participating_groups: count('participating_groups'),
      public_meetings: count('public_meetings'),
      source: get('source') || table.fileName,
    });
    records.push(rec);
    rows.loaded++;
  });
  return { records, issues, rows };
}
