import { z } from 'zod';
import { noticeText, type UrlProblem } from './url-problems';

/**
 * A view's own URL parameters (metric, sort, sub-view…): each key parsed with its zod schema,
 * falling back to its default — and saying so — when a link holds something unreadable.
 */
export type ParamSchemas = Record<string, z.ZodType<string>>;
export type ParamValues<S extends ParamSchemas> = { [K in keyof S]: z.output<S[K]> };

export interface ParsedParams<S extends ParamSchemas> {
  values: ParamValues<S>;
  /** "Link not fully understood (…): defaults used." or null (English). */
  notice: string | null;
  /** The same, structured: noticeText(problems, tr) in the UI language. */
  problems: readonly UrlProblem[];
}

export function parseParams<S extends ParamSchemas>(
  schemas: S,
  defaults: ParamValues<S>,
  raw: Readonly<Record<string, string>>,
): ParsedParams<S> {
  const values = { ...defaults };
  const problems: UrlProblem[] = [];
  for (const key of Object.keys(schemas) as (keyof S & string)[]) {
    const text = raw[key];
    if (text === undefined) continue;
    const parsed = schemas[key]!.safeParse(text);
    if (parsed.success) values[key] = parsed.data as ParamValues<S>[typeof key];
    else problems.push({ kind: 'param', key, text: text.slice(0, 40) });
  }
  return { values, notice: noticeText(problems), problems };
}

/** The URL form of a change: a value equal to its default is removed ('') to keep links short. */
export function paramChange<S extends ParamSchemas>(
  defaults: ParamValues<S>,
  change: Partial<ParamValues<S>>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(change) as [keyof S & string, string | undefined][]) {
    if (v !== undefined) out[k] = v === defaults[k] ? '' : v;
  }
  return out;
}
