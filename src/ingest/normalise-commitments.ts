import { harmoniseRow, type NativeRatings } from '../harmonise/harmonise';
import { detectEra } from '../harmonise/era';
import type { NativeRating } from '../harmonise/native';
import { parseOgpDate, parseYear } from '../lib/dates';
import { ownString } from '../lib/own-string';
import { slugify } from '../lib/slug';
import { HARMONISED_FIELDS, RATING_FIELDS } from '../model/rating-fields';
import { matchLabel, normaliseLabel, type ScaleId } from '../vocab';
import {
  COLUMN_AT,
  COMMITMENT_COLUMNS,
  COMMITMENT_WIDTH,
  columnIndexes,
  recordFromRow,
  type CommitmentRecord,
} from './commitment-record';
import type { LoadIssue, RowAccounting } from './load-types';
import { applyPending, dueDate } from './pending';
import type { ColumnResolution, InternalField } from './resolve-columns';
import type { RawTable } from './raw-table';

/** Where an identifier was loaded. */
export interface SeenAt {
  file: string;
  row: number;
}

export interface NormaliseContext {
  datasetId: string;
  asOf: string;
  /** Identifiers already loaded (across the files of one load), with where they were seen. */
  seen: Map<string, SeenAt>;
}

/**
 * Where the records go: an array of records by default, or a column builder (CommitmentColumns)
 * that takes each row as written, in COMMITMENT_COLUMNS order.
 */
export type RecordSink = CommitmentRecord[] | { pushRow(row: readonly unknown[]): unknown };

export interface NormaliseResult<S extends RecordSink = CommitmentRecord[]> {
  records: S;
  issues: LoadIssue[];
  rows: RowAccounting;
}

const KIND_BY_LABEL: Record<string, 'national' | 'local'> = {
  national: 'national',
  nacional: 'national',
  local: 'local',
  'legacy local': 'local',
  'ogp local': 'local',
  subnational: 'local',
  'sous-national': 'local',
  subnacional: 'local',
};

/** Rating and harmonised columns' places in a row, found once. */
const RATING_KEYS = RATING_FIELDS.map((f) => {
  const at = columnIndexes([`${f.id}_raw`, `${f.id}_code`, `${f.id}_ord`]);
  return { id: f.id, raw: at[`${f.id}_raw`], code: at[`${f.id}_code`], ord: at[`${f.id}_ord`] };
});
const HARMONISED_KEYS = HARMONISED_FIELDS.map((f) => {
  const at = columnIndexes([`h_${f}`, `h_${f}_rule`]);
  return { f, value: at[`h_${f}`], rule: at[`h_${f}_rule`] };
});

/** The columns the normaliser writes by name, as places in a row. */
const C = COLUMN_AT;

/**
 * Applies irm-methodology.md §3–5 to every row of one file, or of one batch of its rows whose
 * first is data row `firstRow`. Pure: no database. The records go to `into` (a new array unless
 * given).
 */
export function normaliseCommitments<S extends RecordSink = CommitmentRecord[]>(
  table: RawTable,
  cols: ColumnResolution,
  ctx: NormaliseContext,
  firstRow = 1,
  into?: S,
): NormaliseResult<S> {
  const issues: LoadIssue[] = [];
  const records = into ?? ([] as CommitmentRecord[] as S);
  const sink: RecordSink = records;
  const pushRow = Array.isArray(sink)
    ? (row: readonly unknown[]) => sink.push(recordFromRow(row))
    : (row: readonly unknown[]) => sink.pushRow(row);
  // One row array for the whole table, refilled per row: the sink copies what it keeps.
  const rowBuffer = new Array<unknown>(COMMITMENT_WIDTH);
  const rows: RowAccounting = { read: table.rows.length, loaded: 0, rejected: 0, skipped: 0 };
  const file = table.fileName;
  const header = (f: InternalField) => {
    const i = cols.fields[f];
    return i === undefined ? f : (table.headers[i] ?? f);
  };

  // The row being read: the helpers below read these instead of being made anew for each row.
  let cells: string[] = [];
  let rowNo = 0;
  const get = (f: InternalField): string => {
    const idx = cols.fields[f];
    return idx === undefined ? '' : (cells[idx] ?? '');
  };
  const has = (f: InternalField) => cols.fields[f] !== undefined;
  const issue = (severity: LoadIssue['severity'], f: InternalField | null, message: string) =>
    issues.push({
      file,
      row: rowNo,
      column: f ? header(f) : null,
      value: f ? ownString(get(f)) : null,
      severity,
      message: ownString(message),
    });

  function readRating(f: InternalField, scale: ScaleId): NativeRating {
    const raw = get(f);
    const m = matchLabel(scale, raw);
    if (m.kind === 'rating') return { raw, code: m.code, ord: m.ord };
    if (m.kind === 'state') return { raw, code: m.state, ord: null };
    issue(
      'warning',
      f,
      `row ${rowNo}, column "${header(f)}": unknown label "${raw}"; stored as missing`,
    );
    return { raw, code: 'missing', ord: null };
  }
  function readYear(f: InternalField): number | null {
    const raw = get(f).trim();
    if (raw === '') return null;
    const y = parseYear(raw);
    if (y === null)
      issue('warning', f, `row ${rowNo}, column "${header(f)}": "${raw}" is not a year`);
    return y;
  }
  function readDate(f: InternalField): string | null {
    const raw = get(f).trim();
    const { date, textOnly } = dateOf(raw);
    if (textOnly) {
      issue(
        'info',
        f,
        `row ${rowNo}, column "${header(f)}": date "${raw}" kept as text only (not a complete, unambiguous date)`,
      );
    }
    return date;
  }
  function policyAreas(): string {
    if (has('policy_areas')) return get('policy_areas');
    let names = '';
    for (const p of cols.policyAreas) {
      const cell = cells[p.index] ?? '';
      // Mostly "0" or "1": trim only what could be " 1".
      if (cell !== '1' && (cell.length < 2 || cell.trim() !== '1')) continue;
      names = names === '' ? p.name : `${names}; ${p.name}`;
    }
    return names;
  }

  for (let i = 0; i < table.rows.length; i++) {
    cells = table.rows[i]!;
    rowNo = firstRow + i;
    const id = get('commitment_id').trim();
    if (id === '') {
      rows.rejected++;
      issue('error', 'commitment_id', `row ${rowNo} rejected: the commitment identifier is empty`);
      continue;
    }
    const first = ctx.seen.get(id);
    if (first) {
      rows.rejected++;
      issue(
        'error',
        'commitment_id',
        `row ${rowNo} rejected: identifier ${id} was already loaded from ${first.file} row ${first.row}`,
      );
      continue;
    }
    const dummy = get('dummy').trim();
    if (has('dummy') && dummy === '0') {
      rows.skipped++;
      issue('info', 'dummy', `row ${rowNo} skipped: Commitment Dummy = 0 (not a commitment row)`);
      continue;
    }
    ctx.seen.set(id, { file, row: rowNo });

    const member = get('member').trim();
    if (member === '') issue('warning', 'member', `row ${rowNo}: the member name is empty`);
    const kindRaw = get('kind').trim();
    const kindLabel = normaliseLabel(kindRaw);
    // Own keys only: a cell reading "constructor" must not find Object.prototype.constructor.
    const kind = Object.hasOwn(KIND_BY_LABEL, kindLabel)
      ? KIND_BY_LABEL[kindLabel]!
      : kindRaw === ''
        ? 'national'
        : 'other';
    if (kindRaw === '')
      issue('info', 'kind', `row ${rowNo}: no National/Local value; treated as national`);
    const yearSubmission = readYear('year_submission');
    const yearEnd = readYear('year_end');

    const natives: NativeRatings = {};
    for (const field of RATING_FIELDS) {
      if (!has(field.id)) continue;
      const rating =
        field.id === 'early_results' && isDiogLabel(get(field.id))
          ? { raw: get(field.id), code: 'diog_label', ord: null }
          : readRating(field.id, field.scale);
      natives[field.id] = applyPending(
        rating,
        dueDate(field.product, yearSubmission, yearEnd),
        ctx.asOf,
        kind,
        yearSubmission,
      );
    }
    foldDiogLabelIntoResults(natives);
    const valueFlags = has('value_ati')
      ? {
          ati: readRating('value_ati', 'yes_no'),
          cp: readRating('value_cp', 'yes_no'),
          pa: readRating('value_pa', 'yes_no'),
        }
      : valueFlagsFromList(get('ogp_values'));
    const relevance = {
      fromColumn: has('relevant_ogp') ? readRating('relevant_ogp', 'yes_no') : undefined,
      valueFlags,
    };
    const { era, rule: eraRule } = detectEra(natives, yearSubmission);
    const h = harmoniseRow(era, natives, relevance);

    const code = get('member_code').trim();
    const row = rowBuffer.fill(null);
    row[C.commitment_id] = id;
    row[C.dataset_id] = ctx.datasetId;
    row[C.source_file] = file;
    row[C.source_row] = rowNo;
    row[C.member] = member;
    row[C.member_id] = code !== '' ? code.toUpperCase() : slugify(member);
    row[C.member_code] = code || null;
    row[C.kind] = kind;
    row[C.kind_raw] = kindRaw;
    row[C.region] = get('region').trim() || null;
    row[C.parent_country] =
      get('parent_country').trim() ||
      (kind === 'local' && member.includes(',')
        ? member.slice(member.lastIndexOf(',') + 1).trim()
        : null);
    row[C.plan_id] =
      get('action_plan_id').trim() || planId(code || slugify(member), get('plan_number'));
    row[C.plan_number] = intOrNull(get('plan_number'));
    row[C.year_submission] = yearSubmission;
    row[C.year_end] = yearEnd;
    row[C.cycle] =
      yearSubmission !== null && yearEnd !== null ? `${yearSubmission}-${yearEnd}` : null;
    row[C.era] = era;
    row[C.era_rule] = eraRule;
    row[C.commitment_number] = get('commitment_number').trim() || null;
    row[C.theme] = get('theme') || null;
    row[C.title] = get('title') || null;
    row[C.short_title] = get('short_title') || null;
    row[C.full_text] = get('full_text') || null;
    row[C.lead_institutions] = get('lead_institutions') || null;
    row[C.supporting_institutions] = get('supporting_institutions') || null;
    row[C.policy_areas] = policyAreas() || null;
    row[C.ogp_values] = ogpValues(valueFlags) || null;
    row[C.start_date_raw] = get('start_date');
    row[C.start_date] = readDate('start_date');
    row[C.end_date_raw] = get('end_date');
    row[C.end_date] = readDate('end_date');
    row[C.url] = get('url').trim() || null;
    row[C.irm_reports] = get('irm_reports') || get('latest_irm_report') || null;
    row[C.ogp_high_ambition] = has('ogp_high_ambition') ? get('ogp_high_ambition') : null;
    row[C.ogp_high_completion] = has('ogp_high_completion') ? get('ogp_high_completion') : null;
    row[C.ogp_high_diog] = has('ogp_high_diog') ? get('ogp_high_diog') : null;
    row[C.source] =
      get('source') || (cols.layout === 'ogp_export' ? 'OGP commitments export' : cols.layout);
    for (const k of RATING_KEYS) {
      const n = natives[k.id];
      if (!n) continue;
      row[k.raw] = n.raw;
      row[k.code] = n.code;
      row[k.ord] = n.ord;
    }
    for (const k of HARMONISED_KEYS) {
      row[k.value] = h[k.f].value;
      row[k.rule] = h[k.f].rule;
    }
    row[C.h_completion_final] = h.completion_final.code;
    row[C.h_completion_ord] = h.completion_final.ord;
    row[C.h_completion_stage] = h.completion_final.stage;
    row[C.h_completion_rule] = h.completion_final.rule;
    row[C.h_results_level] = h.results_level.level;
    row[C.h_results_state] = h.results_level.state;
    row[C.h_results_rule] = h.results_level.rule;
    pushRow(row);
    rows.loaded++;
  }
  return { records, issues, rows };
}

const DATES = new Map<string, { date: string | null; textOnly: boolean }>();

/**
 * A date cell read once per distinct text (a plan's rows repeat its dates): reading one is a
 * Unicode normalisation and several regular expressions. `textOnly`: not empty, not a "not
 * specified" form, and still no date (the loader keeps the text and says so).
 */
function dateOf(raw: string): { date: string | null; textOnly: boolean } {
  const hit = DATES.get(raw);
  if (hit) return hit;
  const date = parseOgpDate(raw);
  const read = {
    date,
    textOnly:
      date === null &&
      raw !== '' &&
      !/^(na|nd|n\/a|non precise|no especificado|not specified)$/i.test(normaliseLabel(raw)),
  };
  if (DATES.size < 4096) DATES.set(raw, read);
  return read;
}

/** OGP's pages print the old DIOG value under the "Early results" heading for old plans. */
function isDiogLabel(raw: string): boolean {
  return (
    matchLabel('early_results', raw).kind === 'unknown' && matchLabel('diog', raw).kind === 'rating'
  );
}

/** Moves such a DIOG label to DIOG overall when that field has no rating of its own. */
function foldDiogLabelIntoResults(n: NativeRatings): void {
  const er = n.early_results;
  if (!er || er.code !== 'diog_label') return;
  const diog = matchLabel('diog', er.raw);
  if (diog.kind === 'rating' && (!n.diog_overall || n.diog_overall.ord === null)) {
    n.diog_overall = { raw: er.raw, code: diog.code, ord: diog.ord };
  }
  n.early_results = { raw: er.raw, code: 'not_applicable', ord: null };
}

function valueFlagsFromList(list: string) {
  if (list.trim() === '') return undefined;
  const items = list.split(/[;,]/).map((s) => normaliseLabel(s).replace(/[\s-]+/g, '_'));
  const yes = (exact: string[], prefixes: string[]): NativeRating => {
    const on = items.some((i) => exact.includes(i) || prefixes.some((p) => i.startsWith(p)));
    return { raw: list, code: on ? 'yes' : 'no', ord: on ? 1 : 0 };
  };
  return {
    ati: yes(['ati'], ['access_to_information', 'acces_a_l', 'acceso_a_la']),
    cp: yes(['cp'], ['civic_participation', 'participation_civique', 'participacion_ciudadana']),
    pa: yes(['pa'], ['public_accountability', 'responsabilite_publique', 'rendicion_de_cuentas']),
  };
}

function ogpValues(flags: ReturnType<typeof valueFlagsFromList>): string {
  if (!flags) return '';
  const names: [NativeRating | undefined, string][] = [
    [flags.ati, 'access_to_information'],
    [flags.cp, 'civic_participation'],
    [flags.pa, 'public_accountability'],
  ];
  return names
    .filter(([f]) => f?.code === 'yes')
    .map(([, n]) => n)
    .join('; ');
}

function intOrNull(raw: string): number | null {
  const t = raw.trim();
  return /^\d{1,6}$/.test(t) ? Number(t) : null;
}

function planId(member: string, planNumber: string): string | null {
  const n = intOrNull(planNumber);
  return n === null ? null : `${member}-${String(n).padStart(2, '0')}`;
}

export { COMMITMENT_COLUMNS };
