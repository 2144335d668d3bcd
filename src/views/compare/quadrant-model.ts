import { plotted, type QuadPanel, type QuadPoint } from '../../charts/quadrant.option';
import { SMALL_N } from '../../metrics';
import type { QuadrantData, QuadrantUnit } from '../../queries/quadrant';
import type { EraMode } from '../../state/compare-params';
import { eraName } from './distribution-model';
import type { ShareRow } from './share-table';
import { EN, type Translator } from '../../i18n/translator';

/** The quadrant table's descriptive columns, in the UI language. */
export function quadTableHeaders(tr: Translator = EN): readonly string[] {
  return (['h_unit', 'h_region', 'h_era', 'h_axis'] as const).map((k) => tr.t(`compare.${k}`));
}

export const QUAD_TABLE_HEADERS = quadTableHeaders();

export interface QuadModel {
  panels: QuadPanel[];
  /** Units that cannot be placed: nothing rated on one of the axes. */
  unplaced: number;
  table: ShareRow[];
}

export function quadModel(
  data: QuadrantData,
  opts: { eras: EraMode; unit: QuadrantUnit; tr?: Translator },
): QuadModel {
  const tr = opts.tr ?? EN;
  const eras = opts.eras === 'pooled' ? [null] : (['pre2020', 'refresh'] as const);
  const panels = eras.map((era): QuadPanel => {
    const points: QuadPoint[] = data.points
      .filter((p) => p.era === era)
      .map((p) => ({
        key: p.key,
        label: opts.unit === 'plan' && p.cycle ? `${p.member} ${p.cycle}` : p.member,
        member: p.member,
        region: p.region,
        cycle: p.cycle,
        commitments: p.commitments,
        design: p.design,
        implementation: p.implementation,
      }));
    const shownRegions = new Set(points.map((p) => p.region));
    const refs = data.references.filter((r) => r.era === era);
    const avg = refs.find((r) => r.region === null);
    return {
      title:
        era === null
          ? tr.t('compare.bothPooled')
          : tr.t('compare.eraMethod', { era: eraName(era, tr) }),
      points,
      average: avg
        ? {
            label: tr.t('charts.allMembers'),
            design: avg.design,
            implementation: avg.implementation,
          }
        : null,
      regions: refs
        .filter((r) => r.region !== null && shownRegions.has(r.region))
        .map((r) => ({ label: `${r.region}`, design: r.design, implementation: r.implementation })),
    };
  });
  const nonEmpty = panels.filter((p) => p.points.length > 0);
  const table = nonEmpty.flatMap((panel) =>
    [
      ...panel.points,
      ...(panel.average ? [{ ...panel.average, key: 'avg', region: '', member: '' }] : []),
    ].flatMap((p) =>
      (['design', 'implementation'] as const).map((axis): ShareRow => {
        const v = p[axis];
        return {
          key: `${panel.title}|${p.key}|${axis}`,
          cells: [
            p.label,
            p.region,
            panel.title,
            axis === 'design'
              ? tr.t('metrics.composite_design')
              : tr.t('metrics.label_high_completion'),
          ],
          yes: v.yes,
          n: v.n,
          share: v.share,
          ci95: v.ci95,
          small: v.n > 0 && v.n < SMALL_N,
        };
      }),
    ),
  );
  const unplaced = nonEmpty.reduce((s, p) => s + p.points.filter((x) => !plotted(x)).length, 0);
  return { panels: nonEmpty, unplaced, table };
}
