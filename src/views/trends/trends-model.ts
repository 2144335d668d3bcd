import { CATEGORICAL, INK, categorical } from '../../charts/palette';
import type { TrendPointIn, TrendSeriesIn } from '../../charts/trends.option';
import { EN, type Translator } from '../../i18n/translator';
import { SMALL_N } from '../../metrics';
import type { TrendLine, TrendsData } from '../../queries/trends';
import type { EraMode } from '../../state/compare-params';
import type { ShareRow } from '../compare/share-table';

export const MAX_MEMBERS = 8;
/** The trends table's descriptive columns, in the UI language. */
export function trendTableHeaders(tr: Translator = EN): readonly string[] {
  return (['h_line', 'h_year', 'h_era', 'h_cycle'] as const).map((k) => tr.t(`trends.${k}`));
}

export const TREND_TABLE_HEADERS = trendTableHeaders();

export interface TrendsModel {
  series: TrendSeriesIn[];
  /** Members beyond MAX_MEMBERS, left out of the chart. */
  dropped: string[];
  /** Start years with commitments but nothing rated yet in the global line (e.g. pending review). */
  unrated: number[];
  table: ShareRow[];
}

interface Piece {
  era: 'pre2020' | 'refresh' | null;
  points: TrendPointIn[];
}

function pieces(line: TrendLine, eras: EraMode): Piece[] {
  const pick = (era: Piece['era']): Piece => ({
    era,
    points: line.points
      .filter((p) => p.era === era)
      .map((p) => ({ year: p.year, cycle: p.cycle, value: p.value })),
  });
  return eras === 'pooled'
    ? [pick(null)]
    : [pick('pre2020'), pick('refresh')].filter((s) => s.points.length > 0);
}

/**
 * Member lines (at most MAX_MEMBERS), the regions they belong to (every region when no member is
 * chosen) and all members; split eras become separate pieces of the same line.
 */
export function trendsModel(data: TrendsData, eras: EraMode, tr: Translator = EN): TrendsModel {
  const members = data.lines
    .filter((l) => l.kind === 'member')
    .sort((a, b) => a.name.localeCompare(b.name));
  const kept = members.slice(0, MAX_MEMBERS);
  const wantedRegions = new Set(kept.map((m) => m.region));
  const regions = data.lines
    .filter((l) => l.kind === 'region' && (kept.length === 0 || wantedRegions.has(l.name)))
    .sort((a, b) => a.name.localeCompare(b.name));
  const global = data.lines.filter((l) => l.kind === 'global');
  const lines = [
    ...kept.map((l, i) => ({
      line: l,
      key: `member:${l.name}`,
      name: l.name,
      colour: categorical(i),
    })),
    ...regions.map((l, i) => ({
      line: l,
      key: `region:${l.name}`,
      name: tr.t('compare.regionRow', { region: l.name }),
      colour: categorical(CATEGORICAL.length - 1 - i),
    })),
    ...global.map((l) => ({
      line: l,
      key: 'global',
      name: tr.t('charts.allMembers'),
      colour: INK,
    })),
  ].map((x) => ({ ...x, pieces: pieces(x.line, eras) }));
  const series: TrendSeriesIn[] = lines.map((x) => ({
    key: x.key,
    name: x.name,
    kind: x.line.kind,
    colour: x.colour,
    segments: x.pieces.map((p) => p.points),
  }));
  const table = lines.flatMap((x) =>
    x.pieces.flatMap((piece) =>
      piece.points.map((p): ShareRow => ({
        key: `${x.key}|${piece.era ?? 'all'}|${p.year}`,
        cells: [
          x.name,
          String(p.year),
          piece.era ? tr.t(`trends.era_${piece.era}`) : tr.t('trends.bothPooled'),
          p.cycle ?? '',
        ],
        yes: p.value.yes,
        n: p.value.n,
        share: p.value.share,
        ci95: p.value.ci95,
        small: p.value.n > 0 && p.value.n < SMALL_N,
      })),
    ),
  );
  const unrated = (global[0]?.points ?? [])
    .filter((p) => p.era === null && p.value.n === 0)
    .map((p) => p.year);
  return { series, dropped: members.slice(MAX_MEMBERS).map((m) => m.name), unrated, table };
}
