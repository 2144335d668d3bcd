import { z } from 'zod';
import { DEFAULT_SWITCHES, type Switches } from '../metrics';

export const TABS = ['overview', 'data', 'methodology'] as const;
export type Tab = (typeof TABS)[number];

const tabSchema = z.enum(TABS);
const flag = z.enum(['0', '1']).transform((v) => v === '1');
const switchesSchema = z.object({
  ambitionTransformativeOnly: flag.optional(),
  ambitionIncludesModerate: flag.optional(),
  starRule: z.enum(['current', '2015']).optional(),
  denominator: z.enum(['rated', 'all']).optional(),
});

export interface ViewState {
  tab: Tab;
  switches: Switches;
  /** Set when the URL held something we could not read: the view fell back to defaults. */
  notice: string | null;
}

/** Reads the view from `#tab` and `?switch=value`; anything malformed falls back to defaults. */
export function parseViewUrl(search: string, hash: string): ViewState {
  const problems: string[] = [];
  const tabText = hash.replace(/^#\/?/, '') || 'overview';
  const tab = tabSchema.safeParse(tabText);
  if (!tab.success) problems.push(`unknown view "${tabText}"`);
  const params = Object.fromEntries(
    [...new URLSearchParams(search)].filter(([k]) => k in switchesSchema.shape),
  );
  const parsed = switchesSchema.safeParse(params);
  if (!parsed.success) problems.push('unreadable methodology switches');
  const given = parsed.success ? parsed.data : {};
  const switches: Switches = { ...DEFAULT_SWITCHES };
  for (const [k, v] of Object.entries(given)) if (v !== undefined) Object.assign(switches, { [k]: v });
  return {
    tab: tab.success ? tab.data : 'overview',
    switches,
    notice: problems.length > 0 ? `Link not fully understood (${problems.join('; ')}): defaults used.` : null,
  };
}

/** Writes only what differs from the defaults, so a default view has a clean URL. */
export function formatViewUrl(tab: Tab, switches: Switches): string {
  const params = new URLSearchParams();
  for (const key of Object.keys(DEFAULT_SWITCHES) as (keyof Switches)[]) {
    const value = switches[key];
    if (value === DEFAULT_SWITCHES[key]) continue;
    params.set(key, typeof value === 'boolean' ? (value ? '1' : '0') : value);
  }
  const query = params.toString();
  return `${query ? `?${query}` : ''}#${tab}`;
}
