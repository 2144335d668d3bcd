/** A commitment page's lines → a canonical commitment record (src/model/canonical-layout.ts). */
import type { ScaleId } from '../vocab';
import { Collector } from './collector';
import { countryName } from './countries';
import { COMMITMENT_ID } from './detect-kind';
import { fold } from './fold';
import type { LabelId } from './labels';
import { parsePlanText } from './plan-text';
import type { PageLine } from './segment';
import {
  carriedForward,
  isNone,
  isUnspecified,
  LIST_SEPARATOR,
  ratingCode,
  splitList,
} from './values';

/** Rating labels → record key and the scales that read them (first scale first). */
const RATINGS: Partial<Record<LabelId, [string, ScaleId, ...ScaleId[]]>> = {
  verifiable: ['verifiable', 'yes_no'],
  relevant: ['relevant', 'yes_no'],
  ambition: ['ambition', 'ambition'],
  potential_results: ['potential_results', 'potential_results'],
  potential_impact: ['potential_impact', 'potential_impact'],
  specificity: ['specificity', 'specificity'],
  completion_midterm: ['completion_midterm', 'completion'],
  completion_eot: ['completion_eot', 'completion'],
  // Pages print a DIOG label ("n'ont pas changé") under "Early results" for pre-2020 plans.
  early_results: ['early_results', 'early_results', 'diog'],
  diog_overall: ['diog_overall', 'diog'],
  diog_ati: ['diog_ati', 'diog'],
  diog_cp: ['diog_cp', 'diog'],
  diog_pa: ['diog_pa', 'diog'],
  starred: ['starred', 'yes_no'],
  promising: ['promising', 'yes_no'],
};
const DIOG_VALUES = new Set<LabelId>(['diog_overall', 'diog_ati', 'diog_cp', 'diog_pa']);
const LISTS: Partial<Record<LabelId, string>> = {
  lead_institutions: 'lead_institutions',
  supporting_institutions: 'supporting_institutions',
  policy_areas: 'policy_areas',
  irm_reports: 'irm_reports',
};
/** A rating line whose value is this long is prose that happens to start like a label. */
const PROSE = 80;

export function parseCommitment(lines: PageLine[], titleLine: number): Collector {
  const c = new Collector();
  const title = lines[titleLine];
  if (title) {
    const id = COMMITMENT_ID.exec(title.text)?.[1] ?? null;
    c.set('commitment_id', 'title', title.text, id);
    c.set('title', 'title', title.text, title.text.replace(COMMITMENT_ID, '').trim());
    c.used.add(titleLine);
  }
  // A breadcrumb above the title naming the member ("France").
  const crumb = lines.slice(0, titleLine).find((l) => !l.label && countryName(l.text));
  let completionOverall: { label: string; raw: string; value: string } | null = null;
  let inDiog = false;

  for (const line of lines) {
    const label = line.label;
    if (!label) continue;
    const id = label.def.id;
    if (id === 'diog') inDiog = true;
    if (label.def.role !== 'field') {
      c.used.add(line.index);
      continue;
    }
    const raw = (line.value ?? '').trim();
    const markUsed = () => {
      c.used.add(line.index);
      const next = lines[line.index + 1];
      if (next?.isValueOf === line.index) c.used.add(next.index);
    };
    const rating = RATINGS[id];
    if (rating) {
      if (raw === '') {
        markUsed();
        continue;
      }
      const [key, scale, ...fallback] = rating;
      const r = ratingCode(raw, scale, ...fallback);
      if (r.kind === 'unknown' && (raw.length > PROSE || (DIOG_VALUES.has(id) && !inDiog)))
        continue;
      if (DIOG_VALUES.has(id) && !inDiog && r.kind !== 'code') continue;
      markUsed();
      if (r.kind === 'code') c.set(key, label.labelText, raw, r.value);
      else if (r.kind === 'unknown') {
        c.set(key, label.labelText, raw, raw);
        c.unrecognised.push(line.text);
      }
      continue;
    }
    const list = LISTS[id];
    if (list) {
      markUsed();
      if (raw === '') continue;
      if (id !== 'policy_areas' && id !== 'irm_reports' && isNone(raw))
        c.set(list, label.labelText, raw, '', 'none');
      else c.set(list, label.labelText, raw, splitList(raw).join(LIST_SEPARATOR));
      continue;
    }
    markUsed();
    if (raw === '') continue;
    if (id === 'action_plan') {
      const plan = parsePlanText(raw);
      for (const key of [
        'member',
        'kind',
        'parent_country',
        'plan_number',
        'year_submission',
        'year_end',
      ] as const) {
        if (plan[key] !== null) c.set(key, label.labelText, raw, plan[key]);
      }
    } else if (id === 'cycle') {
      const year = /\b(19|20)\d{2}\b/.exec(raw);
      if (year) c.set('year_submission', label.labelText, raw, Number(year[0]));
    } else if (id === 'completion') {
      const r = ratingCode(raw, 'completion');
      if (r.kind !== 'blank') completionOverall = { label: label.labelText, raw, value: r.value };
      if (r.kind === 'unknown') c.unrecognised.push(line.text);
    } else if (id === 'carried_forward') {
      const v = carriedForward(raw);
      if (v) c.set('carried_forward', label.labelText, raw, v);
      else c.unrecognised.push(line.text);
    } else if (id === 'start_date' || id === 'end_date') {
      if (isUnspecified(raw)) c.set(id, label.labelText, raw, null, 'not specified');
      else c.set(id, label.labelText, raw, raw);
    }
  }
  // "Completion" without a stage (refresh-era pages): the results-report completion.
  if (completionOverall && !c.has('completion_eot') && !c.has('completion_midterm')) {
    const { label, raw, value } = completionOverall;
    c.set('completion_eot', label, raw, value);
  }
  if (!c.has('member') && crumb) {
    c.set('member', 'breadcrumb', crumb.text, countryName(crumb.text));
    c.set('kind', 'breadcrumb', crumb.text, 'national');
  }
  // Breadcrumbs above the title that name the member ("France", "Bogotá") are read, not unknown.
  const names = [c.record.member, c.record.parent_country].map((n) => fold(String(n ?? '')));
  for (const l of lines.slice(0, titleLine))
    if (!l.label && (l === crumb || names.includes(fold(l.text)))) c.used.add(l.index);
  c.record.source = 'page import';
  return c;
}
