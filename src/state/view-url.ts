import { z } from 'zod';
import { DEFAULT_SWITCHES, type Switches } from '../metrics';
import type { Filters } from '../queries/filters';
import { DEFAULT_LANG, isLang, type Lang } from '../i18n/langs';
import { FILTER_KEYS, parseFilters, writeFilters } from './filters-url';
import { noticeText, type UrlProblem } from './url-problems';

/** Views in the navigation, in order. */
export const TABS = [
  'overview',
  'compare',
  'trends',
  'explore',
  'plans',
  'sql',
  'data',
  'import',
  'methodology',
] as const;
/** Views reached from another view, with an id: `#commitment/CO0111`, `#member/COL`. */
export const DETAIL_TABS = ['commitment', 'member'] as const;
export type Tab = (typeof TABS)[number] | (typeof DETAIL_TABS)[number];

const tabSchema = z.enum([...TABS, ...DETAIL_TABS]);
const flag = z.enum(['0', '1']).transform((v) => v === '1');
const switchesSchema = z.object({
  ambitionTransformativeOnly: flag.default(DEFAULT_SWITCHES.ambitionTransformativeOnly),
  ambitionIncludesModerate: flag.default(DEFAULT_SWITCHES.ambitionIncludesModerate),
  starRule: z.enum(['current', '2015']).default(DEFAULT_SWITCHES.starRule),
  denominator: z.enum(['rated', 'all']).default(DEFAULT_SWITCHES.denominator),
}) satisfies z.ZodType<Switches>;

const SHARED_KEYS = new Set<string>([
  'lang',
  'decal',
  ...Object.keys(switchesSchema.shape),
  ...Object.values(FILTER_KEYS),
]);

export interface ViewState {
  tab: Tab;
  /** The id of a detail view (commitment identifier, member id), else null. */
  id: string | null;
  /** The UI language (`?lang=fr`); English by default. */
  lang: Lang;
  /** Decal patterns over the chart colours (`?decal=1`), a non-colour cue; off by default. */
  decal: boolean;
  switches: Switches;
  filters: Filters;
  /** View-specific parameters (metric, sort, page, query…), each view parses its own with zod. */
  params: Record<string, string>;
  /** Set when the URL held something we could not read: the view fell back to defaults. */
  notice: string | null;
  /** The same, structured, so the notice is shown in the UI language (noticeText). */
  problems: readonly UrlProblem[];
}

/**
 * Reads the whole view from the URL: `#tab` or `#tab/id`, methodology switches, global filters
 * and view parameters in the query string. Anything malformed falls back to defaults and says so.
 */
export function parseViewUrl(search: string, hash: string): ViewState {
  const problems: UrlProblem[] = [];
  const [tabText = '', ...idParts] = (hash.replace(/^#\/?/, '') || 'overview').split('/');
  const tab = tabSchema.safeParse(tabText);
  if (!tab.success) problems.push({ kind: 'view', text: tabText.slice(0, 40) });
  const id = safeDecode(idParts.join('/'));
  const isDetail = tab.success && (DETAIL_TABS as readonly string[]).includes(tab.data);
  if (isDetail && !id) problems.push({ kind: 'needsId', text: tabText });
  const query = new URLSearchParams(search);
  const params: Record<string, string> = {};
  for (const [k, v] of query) if (!SHARED_KEYS.has(k) && !(k in params) && v !== '') params[k] = v;
  const switchParams = Object.fromEntries([...query].filter(([k]) => k in switchesSchema.shape));
  const parsed = switchesSchema.safeParse(switchParams);
  if (!parsed.success) problems.push({ kind: 'switches' });
  const filters = parseFilters(query, problems);
  const langText = query.get('lang') ?? DEFAULT_LANG;
  if (!isLang(langText)) problems.push({ kind: 'lang', text: langText.slice(0, 10) });
  const decal = flag.safeParse(query.get('decal') ?? '0');
  if (!decal.success) problems.push({ kind: 'decal' });
  const ok = tab.success && (!isDetail || id);
  return {
    tab: ok ? tab.data : 'overview',
    id: ok && isDetail ? id : null,
    lang: isLang(langText) ? langText : DEFAULT_LANG,
    decal: decal.success ? decal.data : false,
    switches: parsed.success ? parsed.data : { ...DEFAULT_SWITCHES },
    filters,
    params,
    notice: noticeText(problems),
    problems,
  };
}

function safeDecode(text: string): string | null {
  if (text === '') return null;
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/** Writes only what differs from the defaults, so a default view has a clean URL. */
export function formatViewUrl(
  view: Omit<ViewState, 'notice' | 'problems' | 'decal'> & { decal?: boolean },
): string {
  const query = new URLSearchParams();
  if (view.lang !== DEFAULT_LANG) query.set('lang', view.lang);
  if (view.decal) query.set('decal', '1');
  for (const key of Object.keys(DEFAULT_SWITCHES) as (keyof Switches)[]) {
    const value = view.switches[key];
    if (value === DEFAULT_SWITCHES[key]) continue;
    query.set(key, typeof value === 'boolean' ? (value ? '1' : '0') : value);
  }
  writeFilters(query, view.filters);
  for (const [k, v] of Object.entries(view.params)) if (v !== '') query.set(k, v);
  const text = query.toString();
  const route = view.id ? `${view.tab}/${encodeURIComponent(view.id)}` : view.tab;
  return `${text ? `?${text}` : ''}#${route}`;
}
