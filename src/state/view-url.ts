import { z } from 'zod';
import { DEFAULT_SWITCHES, type Switches } from '../metrics';

export const TABS = ['overview', 'data', 'methodology'] as const;
export type Tab = (typeof TABS)[number];

const tabSchema = z.enum(TABS);
const flag = z.enum(['0', '1']).transform((v) => v === '1');
const switchesSchema = z.object({
  ambitionTransformativeOnly: flag.default(DEFAULT_SWITCHES.ambitionTransformativeOnly),
  ambitionIncludesModerate: flag.default(DEFAULT_SWITCHES.ambitionIncludesModerate),
  starRule: z.enum(['current', '2015']).default(DEFAULT_SWITCHES.starRule),
  denominator: z.enum(['rated', 'all']).default(DEFAULT_SWITCHES.denominator),
}) satisfies z.ZodType<Switches>;

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
  return {
    tab: tab.success ? tab.data : 'overview',
    switches: parsed.success ? parsed.data : { ...DEFAULT_SWITCHES },
    notice:
      problems.length > 0
        ? `Link not fully understood (${problems.join('; ')}): defaults used.`
        : null,
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
