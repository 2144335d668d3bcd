import type { HeatColumn, HeatRow } from '../../charts/heatmap.option';
import { EN, type Translator } from '../../i18n/translator';
import { SMALL_N, type MetricValue } from '../../metrics';
import type { EraValues, HeatMember, HeatmapData, HeatReference } from '../../queries/compare';
import type { EraMode, RowSort } from '../../state/compare-params';
import type { ShareRow } from './share-table';

/** The heatmap table's descriptive columns, in the UI language. */
export function heatTableHeaders(tr: Translator = EN): readonly string[] {
  return (['h_row', 'h_region', 'h_column', 'h_cycle'] as const).map((k) => tr.t(`compare.${k}`));
}

export const HEAT_TABLE_HEADERS = heatTableHeaders();

function summaryColumns(eras: EraMode, tr: Translator): HeatColumn[] {
  return eras === 'pooled'
    ? [{ key: 'all', label: tr.t('compare.allCycles'), kind: 'summary' }]
    : [
        { key: 'pre2020', label: tr.t('compare.era_pre2020'), kind: 'summary' },
        { key: 'refresh', label: tr.t('compare.era_refresh'), kind: 'summary' },
      ];
}

function summaryCells(v: EraValues, eras: EraMode): Record<string, { value: MetricValue }> {
  if (eras === 'pooled') return { all: { value: v.total } };
  const out: Record<string, { value: MetricValue }> = {};
  for (const e of ['pre2020', 'refresh'] as const) {
    const value = v.byEra[e];
    if (value) out[e] = { value };
  }
  return out;
}

/** The value a row sorts by: pooled share, or (split) the latest era with anything rated. */
function sortValue(v: EraValues, eras: EraMode): number {
  const pick =
    eras === 'pooled' ? v.total : [v.byEra.refresh, v.byEra.pre2020].find((x) => x && x.n > 0);
  return pick?.share ?? -1;
}

function refRow(ref: HeatReference, eras: EraMode, tr: Translator): HeatRow {
  const label =
    ref.region === null
      ? tr.t('charts.allMembers')
      : tr.t('compare.regionRow', { region: ref.region });
  const cells: HeatRow['cells'] = { ...summaryCells(ref, eras) };
  for (const [year, value] of Object.entries(ref.byYear))
    (cells as Record<string, unknown>)[year] = { value };
  return {
    key: `ref:${ref.region ?? ''}`,
    label,
    kind: ref.region === null ? 'global' : 'region',
    member: null,
    region: ref.region,
    cells,
  };
}

export interface HeatModel {
  /** Members matching the filters, and how many of them are drawn (the first `limit`). */
  members: { total: number; shown: number };
  rows: HeatRow[];
  columns: HeatColumn[];
  table: ShareRow[];
}

/**
 * Reference rows (all members, then the regions of the members shown) above the members,
 * sorted; columns are plan start years present in the selection, then the era summary columns.
 */
export function heatModel(
  data: HeatmapData,
  opts: { sort: RowSort; eras: EraMode; limit?: number; tr?: Translator },
  smallN = SMALL_N,
): HeatModel {
  const tr = opts.tr ?? EN;
  const members = sortMembers(data.members, opts.sort, opts.eras).slice(0, opts.limit ?? Infinity);
  const years = [...new Set(members.flatMap((m) => Object.keys(m.byYear)))].sort();
  const columns: HeatColumn[] = [
    ...years.map((y) => ({ key: y, label: y, kind: 'year' as const })),
    ...summaryColumns(opts.eras, tr),
  ];
  const shownRegions = new Set(members.map((m) => m.region));
  const regions = data.regions.filter((r) => r.region !== null && shownRegions.has(r.region));
  regions.sort((a, b) => (a.region ?? '').localeCompare(b.region ?? ''));
  const regionOf = new Map(data.regions.map((r) => [r.region, r]));
  // Every member's cell names its region's and the world's figure for that year: a few dozen
  // distinct labels, formatted once each rather than twice per cell on every filter change.
  const labels = new Map<string, string>();
  const once = (key: string, make: () => string) => {
    let l = labels.get(key);
    if (l === undefined) labels.set(key, (l = make()));
    return l;
  };
  const memberRows: HeatRow[] = members.map((m) => {
    const reg = regionOf.get(m.region);
    const cells: Record<string, HeatRow['cells'][string]> = { ...summaryCells(m, opts.eras) };
    for (const [year, { cycle, value }] of Object.entries(m.byYear)) {
      cells[year] = {
        value,
        cycle,
        references: [
          {
            label: once(`${m.region}\u0000${year}`, () =>
              tr.t('compare.regionPlans', { region: m.region, year }),
            ),
            value: reg?.byYear[year],
          },
          {
            label: once(year, () => tr.t('compare.allPlans', { year })),
            value: data.global.byYear[year],
          },
        ],
      };
    }
    return {
      key: `member:${m.member}`,
      label: m.member,
      kind: 'member',
      member: m.member,
      region: m.region,
      cells,
    };
  });
  const rows = [
    refRow(data.global, opts.eras, tr),
    ...regions.map((r) => refRow(r, opts.eras, tr)),
    ...memberRows,
  ];
  // The table lists the members first (what was asked for), then the reference rows.
  const tableOrder = [...memberRows, ...rows.filter((r) => r.kind !== 'member')];
  return {
    members: { total: data.members.length, shown: members.length },
    rows,
    columns,
    table: tableRows(tableOrder, columns, smallN, tr),
  };
}

function sortMembers(list: readonly HeatMember[], sort: RowSort, eras: EraMode): HeatMember[] {
  return [...list].sort((a, b) => {
    if (sort === 'value')
      return sortValue(b, eras) - sortValue(a, eras) || a.member.localeCompare(b.member);
    if (sort === 'region')
      return a.region.localeCompare(b.region) || a.member.localeCompare(b.member);
    return a.member.localeCompare(b.member);
  });
}

function tableRows(
  rows: readonly HeatRow[],
  columns: readonly HeatColumn[],
  smallN: number,
  tr: Translator,
): ShareRow[] {
  return rows.flatMap((r) =>
    columns.flatMap((c) => {
      const cell = r.cells[c.key];
      if (!cell) return [];
      const { yes, n, share, ci95 } = cell.value;
      const column =
        c.kind === 'year'
          ? tr.t('compare.colPlans', { label: c.label })
          : c.key === 'all'
            ? tr.t('compare.colAllPooled')
            : tr.t('compare.colEraAll', { label: c.label });
      const cells = [r.label, r.region ?? '', column, cell.cycle ?? ''];
      return [{ key: `${r.key}|${c.key}`, cells, yes, n, share, ci95, small: n > 0 && n < smallN }];
    }),
  );
}
