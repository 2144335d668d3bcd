import type { DistBar, DistLevel } from '../../charts/distribution.option';
import { ACCENT, NEUTRAL, SEQUENTIAL_7, SEQUENTIAL_ALT_7, STATE_GREYS } from '../../charts/palette';
import { SMALL_N, wilson } from '../../metrics';
import { fieldLevels, type DistField, type DistRow, type Level } from '../../queries/distribution';
import type { EraMode, RowSort } from '../../state/compare-params';
import type { ShareRow } from './share-table';
import { EN, type Translator } from '../../i18n/translator';

const FAMILIES = [SEQUENTIAL_7, SEQUENTIAL_ALT_7];
export const ERA_NAMES = { pre2020: 'pre-2020', refresh: 'Refresh' } as const;

/** An era's short name in the UI language ("pre-2020", "Refresh"). */
export function eraName(era: keyof typeof ERA_NAMES, tr: Translator = EN): string {
  return tr.t(`compare.era_${era}`);
}

/** Each scale gets its own hue, light (low) → dark (high); the states are greys. */
export function levelColours(levels: readonly Level[]): Map<string, string> {
  const sources = [...new Set(levels.flatMap((l) => (l.source ? [l.source] : [])))];
  const out = new Map<string, string>();
  for (const l of levels) {
    if (l.state || !l.source) {
      out.set(l.key, STATE_GREYS[l.state ?? 'missing'] ?? NEUTRAL);
      continue;
    }
    const family = FAMILIES[sources.indexOf(l.source) % FAMILIES.length] ?? FAMILIES[0]!;
    const same = levels.filter((x) => x.source === l.source);
    const t = same.length > 1 ? same.indexOf(l) / (same.length - 1) : 1;
    out.set(l.key, family[Math.round(t * (family.length - 1))] ?? ACCENT);
  }
  return out;
}

export interface DistModel {
  /** Members matching the filters, and how many are drawn (the first `limit`). */
  members: { total: number; shown: number };
  levels: DistLevel[];
  bars: DistBar[];
  table: ShareRow[];
}

const highShare = (counts: Record<string, number>, catalogue: readonly Level[]) => {
  let high = 0;
  let rated = 0;
  for (const l of catalogue) {
    if (l.state) continue;
    rated += counts[l.key] ?? 0;
    if (l.high) high += counts[l.key] ?? 0;
  }
  return rated > 0 ? high / rated : -1;
};

/** A row's member or reference across eras: its pooled counts decide the sort. */
const poolKey = (r: DistRow) => `${r.kind}|${r.member}|${r.region}`;

export function distModel(
  rows: readonly DistRow[],
  field: DistField,
  opts: { sort: RowSort; eras: EraMode; hideStates: boolean; limit?: number; tr?: Translator },
): DistModel {
  const tr = opts.tr ?? EN;
  const catalogue = fieldLevels(field, tr);
  const known = new Set(catalogue.map((l) => l.key));
  const colours = levelColours(catalogue);
  const counts = (r: DistRow) => {
    const out: Record<string, number> = {};
    for (const [k, n] of Object.entries(r.counts)) {
      const key = known.has(k) ? k : 'state:missing';
      out[key] = (out[key] ?? 0) + n;
    }
    return out;
  };
  const pooled = new Map(rows.filter((r) => r.era === null).map((r) => [poolKey(r), counts(r)]));
  const shown = rows.filter((r) => (opts.eras === 'pooled' ? r.era === null : r.era !== null));
  const memberRegions = new Set(shown.filter((r) => r.kind === 'member').map((r) => r.region));
  // Each row's sort value once, before sorting: the comparator runs thousands of times.
  const high = new Map<DistRow, number>();
  for (const r of shown)
    if (r.kind === 'member') high.set(r, highShare(pooled.get(poolKey(r)) ?? {}, catalogue));
  const sortKey = (r: DistRow) => high.get(r) ?? -1;
  const kindOrder = { global: 0, region: 1, member: 2 } as const;
  const picked = shown
    .filter((r) => r.kind !== 'region' || memberRegions.has(r.region))
    .sort((a, b) => {
      const k = kindOrder[a.kind] - kindOrder[b.kind];
      if (k !== 0) return k;
      const name = (a.member ?? a.region ?? '').localeCompare(b.member ?? b.region ?? '');
      const era = (a.era ?? '').localeCompare(b.era ?? '');
      if (a.kind !== 'member' || opts.sort === 'name') return name || era;
      if (opts.sort === 'region')
        return (a.region ?? '').localeCompare(b.region ?? '') || name || era;
      return sortKey(b) - sortKey(a) || name || era;
    });
  const allMembers = [...new Set(picked.filter((r) => r.kind === 'member').map((r) => r.member))];
  const kept = new Set(allMembers.slice(0, opts.limit ?? Infinity));
  const bars: DistBar[] = picked
    .filter((r) => r.kind !== 'member' || kept.has(r.member))
    .map((r) => {
      const base =
        r.kind === 'global'
          ? tr.t('charts.allMembers')
          : r.kind === 'region'
            ? tr.t('compare.regionRow', { region: r.region ?? '' })
            : (r.member ?? '');
      const label = r.era ? `${base} · ${eraName(r.era, tr)}` : base;
      return {
        key: `${r.kind}|${r.member ?? r.region ?? ''}|${r.era ?? 'all'}`,
        label,
        kind: r.kind,
        member: r.member,
        region: r.region,
        counts: counts(r),
      };
    });
  const levels = catalogue
    .filter((l) => !(opts.hideStates && l.state))
    .filter((l) => bars.some((b) => (b.counts[l.key] ?? 0) > 0))
    .map((l) => ({ key: l.key, label: l.label, colour: colours.get(l.key) ?? NEUTRAL }));
  return {
    members: { total: allMembers.length, shown: kept.size },
    levels,
    bars,
    table: tableRows(bars, levels),
  };
}

/** The distribution table's descriptive columns, in the UI language. */
export function distTableHeaders(tr: Translator = EN): readonly string[] {
  return [tr.t('compare.h_row'), tr.t('compare.h_level')];
}

export const DIST_TABLE_HEADERS = distTableHeaders();

function tableRows(bars: readonly DistBar[], levels: readonly DistLevel[]): ShareRow[] {
  return bars.flatMap((b) => {
    const n = levels.reduce((s, l) => s + (b.counts[l.key] ?? 0), 0);
    return levels.flatMap((l) => {
      const yes = b.counts[l.key] ?? 0;
      if (yes === 0) return [];
      return [
        {
          key: `${b.key}|${l.key}`,
          cells: [b.label, l.label],
          yes,
          n,
          share: n > 0 ? yes / n : null,
          ci95: wilson(yes, n),
          small: n < SMALL_N,
        },
      ];
    });
  });
}
