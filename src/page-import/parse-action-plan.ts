/** An action-plan page's lines → a canonical action-plan record (src/model/canonical-layout.ts). */
import { slugify } from '../lib/slug';
import { Collector } from './collector';
import { parsePageDate } from './dates';
import { fold } from './fold';
import { COUNT_PHRASES, COUNT_QUESTIONS } from './labels';
import { parsePlanText } from './plan-text';
import type { PageLine } from './segment';
import { LIST_SEPARATOR, splitList } from './values';

type CountField = keyof typeof COUNT_QUESTIONS;
const NUMBER = /^(\d{1,3}(?:[\s\u00a0\u202f.,]\d{3})*|\d+)\s*\+?$/;

const toInt = (raw: string) => Number(raw.replace(/[\s\u00a0\u202f.,]/g, ''));

export function parseActionPlan(lines: PageLine[], titleLine: number | null): Collector {
  const c = new Collector();
  const title = titleLine === null ? undefined : lines[titleLine];
  const planLine = lines.find((l) => l.label?.def.id === 'action_plan' && l.value);
  const titleText = title?.text ?? planLine?.value ?? null;
  if (title) c.used.add(title.index);
  if (titleText) {
    const label = title ? 'title' : (planLine?.label?.labelText ?? 'title');
    const plan = parsePlanText(titleText);
    c.set('title', label, titleText, titleText);
    for (const key of ['member', 'parent_country', 'kind', 'plan_number'] as const) {
      if (plan[key] !== null) c.set(key, label, titleText, plan[key]);
    }
    if (plan.year_submission !== null)
      c.set('year_submission', label, titleText, plan.year_submission);
    if (plan.year_end !== null) c.set('year_end', label, titleText, plan.year_end);
  }

  const ends: { label: string; raw: string }[] = [];
  for (const line of lines) {
    const label = line.label;
    if (!label) continue;
    c.used.add(line.index);
    const raw = (line.value ?? '').trim();
    const next = lines[line.index + 1];
    if (raw !== '' && next?.isValueOf === line.index) c.used.add(next.index);
    if (raw === '') continue;
    const id = label.def.id;
    const year = /\b(?:19|20)\d{2}\b/.exec(raw);
    if (id === 'plan_submission' && year) {
      c.set('year_submission', label.labelText, raw, Number(year[0]));
    } else if (id === 'plan_end' || id === 'duration') {
      ends.push({ label: label.labelText, raw });
    } else if (id === 'date_submitted') {
      c.set('submission_date', label.labelText, raw, parsePageDate(raw) ?? raw);
    } else if (id === 'lead_institutions') {
      const items = splitList(raw);
      c.set('lead_institutions', label.labelText, raw, items.join(LIST_SEPARATOR));
      c.note('lead_institutions_count', label.labelText, raw, items.length);
    }
  }
  // "Fin du plan d'action : décembre 2023" first, else "Durée" / "décembre 2023".
  for (const end of ends) {
    const date = parsePageDate(end.raw);
    if (!date) continue;
    c.set('end_date', end.label, end.raw, date);
    c.set('year_end', end.label, end.raw, Number(date.slice(0, 4)));
  }
  for (const field of ['participating_groups', 'public_meetings'] as const)
    countOf(lines, c, field);

  const member = c.record.member;
  if (typeof member === 'string') {
    const ys = c.record.year_submission;
    const ye = c.record.year_end;
    const id = slugify([member, ys, ye].filter((p) => p !== null && p !== undefined).join(' '));
    c.set('plan_id', 'member and cycle', `${member} ${ys ?? ''}-${ye ?? ''}`, id);
  }
  c.record.source = 'page import';
  return c;
}

/**
 * "Combien de groupes ont participé à ces espaces ?" with the number on the same line or the
 * next; else an inline phrase such as "200 groups participated" anywhere on the page.
 */
function countOf(lines: PageLine[], c: Collector, field: CountField): void {
  const questions = COUNT_QUESTIONS[field].map(fold);
  for (const line of lines) {
    const f = fold(line.text);
    if (!questions.some((q) => f.includes(q))) continue;
    const after = line.text.split('?').slice(1).join('?').trim();
    const next = lines[line.index + 1];
    const candidate = NUMBER.test(after) ? after : next && !next.label ? next.text.trim() : '';
    if (!NUMBER.test(candidate)) continue;
    c.set(field, line.text, candidate, toInt(candidate.replace(/\+$/, '')));
    c.used.add(line.index);
    if (candidate !== after && next) c.used.add(next.index);
    return;
  }
  for (const line of lines) {
    for (const re of COUNT_PHRASES[field]) {
      const m = re.exec(fold(line.text));
      if (m?.[1]) {
        c.set(field, 'page text', m[0], Number(m[1]));
        return;
      }
    }
  }
}
