/**
 * The UI language reaches what views do not render themselves: option builders (titles, axes,
 * legends, tooltips, the simulated-data mark drawn into exports), the filter in words, rating and
 * state labels from the vocabulary module, and figures formatted per locale.
 */
import { describe, expect, it } from 'vitest';
import { chartFrame } from '../../src/charts/chart-frame';
import { distributionOption } from '../../src/charts/distribution.option';
import { heatmapItems, heatmapOption, heatmapTooltip } from '../../src/charts/heatmap.option';
import { overviewBarOption } from '../../src/charts/overview-bar.option';
import { pipelineOption } from '../../src/charts/pipeline.option';
import { quadrantOption } from '../../src/charts/quadrant.option';
import { trendsOption } from '../../src/charts/trends.option';
import { translator } from '../../src/i18n';
import { formatInterval, formatPercent, formatShare } from '../../src/lib/format';
import {
  DEFAULT_SWITCHES,
  METRICS,
  METRIC_IDS,
  metricLabel,
  metricValue,
  type MetricId,
} from '../../src/metrics';
import { fieldLevels } from '../../src/queries/distribution';
import { measureLabel } from '../../src/queries/measures';
import { filterChips, filterSummary, kindNote } from '../../src/state/filter-summary';
import { noticeText } from '../../src/state/url-problems';
import { parseViewUrl } from '../../src/state/view-url';
import { heatModel } from '../../src/views/compare/heatmap-model';
import { ruleText } from '../../src/tables/rule-columns';
import { METHODOLOGY_RULES, ratingLabel, stateLabel } from '../../src/vocab';

const fr = translator('fr');
const es = translator('es');
const en = translator('en');
/** A no-break space, normal or narrow: what Intl puts in "46 %" and "1 234". */
const NBSP = '[\u00a0\u202f]';

const frFrame = chartFrame({
  title: 'Vérifiable',
  datasetName: 'Engagements OGP simulés',
  simulated: true,
  switches: DEFAULT_SWITCHES,
  rules: { ambition: true, stars: true },
  tr: fr,
});
const v = metricValue;
type Title = { text: string; subtext: string };
type Axis = { name?: string; axisLabel: { formatter: (x: number) => string } };
type Series = { name?: string; data: unknown[] };
const seriesOf = (o: { series?: unknown }) => (o.series ?? []) as Series[];

describe('numbers and shares per locale', () => {
  it('writes percentages, shares, counts and intervals the French and Spanish way', () => {
    expect(formatPercent(0.456, fr)).toMatch(new RegExp(`^46${NBSP}%$`));
    expect(formatPercent(0.456, en)).toBe('46%');
    expect(formatPercent(0.004, fr)).toMatch(new RegExp(`^0,4${NBSP}%$`));
    expect(formatPercent(0.004, es)).toMatch(new RegExp(`^0,4${NBSP}%$`));
    expect(formatShare(0.5, 12345, fr)).toMatch(new RegExp(`^50${NBSP}% \\(n=12${NBSP}345\\)$`));
    expect(formatShare(null, 0, es)).toBe('ningún compromiso evaluado (n=0)');
    expect(formatInterval([0.591, 0.652], fr)).toMatch(new RegExp(`^59–65${NBSP}%$`));
    expect(formatInterval([0.591, 0.652], en)).toBe('59–65%');
  });
});

describe('option builders in French', () => {
  it('frames every chart in French, the simulated-data mark included', () => {
    expect(frFrame.lines[0]).toBe(
      'Engagements OGP simulés — DONNÉES SIMULÉES, pas de vrais résultats de l’IRM',
    );
    const rules = frFrame.lines.join(' ');
    expect(rules).toMatch(/^.*Règles\s:\sdénominateur\s:\sengagements évalués seulement/);
    expect(rules).toContain('étoiles');
    expect(rules).not.toMatch(/denominator|Rules/);
  });

  it('heatmap: French cell labels, tooltip and series names', () => {
    const input = {
      frame: frFrame,
      metricLabel: metricLabel('verifiable', fr),
      rows: [
        {
          key: 'member:A',
          label: 'A',
          kind: 'member' as const,
          member: 'A',
          region: 'Europe',
          cells: {
            '2016': { value: v(7, 10), cycle: '2016-2018' },
            '2018': { value: v(3, 4) },
          },
        },
      ],
      columns: [
        { key: '2016', label: '2016', kind: 'year' as const },
        { key: '2018', label: '2018', kind: 'year' as const },
      ],
      smallN: 5,
      tr: fr,
    };
    const items = heatmapItems(input);
    expect(items[0]?.label).toMatch(new RegExp(`^70${NBSP}%\\nn=10$`));
    const tip = heatmapTooltip(items[0]!, input).join('\n');
    expect(tip).toContain('A — plan 2016-2018');
    expect(tip).toMatch(new RegExp(`Vérifiable\\s:\\s70${NBSP}% \\(n=10\\), 7 sur 10`));
    expect(tip).toMatch(/Intervalle à 95\s%\s\(Wilson\)\s:/);
    expect(heatmapTooltip(items[1]!, input).join('\n')).toContain('petit n');
    const o = heatmapOption(input);
    expect((o.title as Title).text).toBe('Vérifiable');
    expect(seriesOf(o).map((s) => s.name)).toContain('Vérifiable (petit n)');
  });

  it('overview bars: French title, denominator rule, axis ticks and bar labels', () => {
    const values = Object.fromEntries(METRIC_IDS.map((id) => [id, v(769, 1234)])) as Record<
      MetricId,
      ReturnType<typeof v>
    >;
    const o = overviewBarOption({
      metrics: METRICS.map((m) => ({ id: m.id, label: metricLabel(m.id, fr) })),
      values,
      datasetName: 'Données',
      simulated: true,
      denominator: 'rated',
      smallN: 5,
      tr: fr,
    });
    const title = o.title as Title;
    expect(title.text).toBe(
      'Part des engagements qui remplissent chaque indicateur, tous les membres',
    );
    expect(title.subtext).toContain('DONNÉES SIMULÉES');
    expect(title.subtext).toMatch(/Dénominateur\s:\sengagements évalués seulement/);
    expect((o.yAxis as { data: string[] }).data).toContain('Forte ambition');
    expect((o.xAxis as Axis).axisLabel.formatter(40)).toMatch(new RegExp(`^40${NBSP}%$`));
    const bar = (seriesOf(o)[0]?.data[0] ?? {}) as { label: { formatter: string } };
    expect(bar.label.formatter).toMatch(new RegExp(`^62${NBSP}% \\(n=1${NBSP}234\\)$`));
  });

  it('distribution, pipeline, quadrant and trends: French axes, legends and names', () => {
    const levels = fieldLevels('completion', fr);
    expect(levels.map((l) => l.label)).toEqual(
      expect.arrayContaining(['Substantiel', 'Complet', 'Pas commencé', 'Sans objet']),
    );
    const dist = distributionOption({
      frame: frFrame,
      levels: [{ key: 'completion:complete', label: 'Complet', colour: '#1e40af' }],
      bars: [
        {
          key: 'b',
          label: 'A',
          kind: 'member',
          member: 'A',
          region: 'Europe',
          counts: { 'completion:complete': 1234 },
        },
      ],
      tr: fr,
    });
    expect((dist.yAxis as { data: string[] }).data[0]).toMatch(
      new RegExp(`^A \\(n=1${NBSP}234\\)$`),
    );
    expect((dist.xAxis as Axis).axisLabel.formatter(100)).toMatch(new RegExp(`^100${NBSP}%$`));

    const pipe = pipelineOption({
      frame: frFrame,
      stepLabels: ['Vérifiable'],
      panels: [
        {
          key: 'all',
          title: 'Périodes regroupées',
          commitments: 1,
          steps: [v(1, 1)],
          reference: null,
        },
      ],
      smallN: 5,
      tr: fr,
    });
    const titles = (pipe.title as Title[]).map((t) => t.text);
    expect(titles).toContain('Périodes regroupées (1 engagement)');

    const point = {
      key: 'p',
      label: 'A',
      member: 'A',
      region: 'Europe',
      cycle: null,
      commitments: 12,
      design: v(6, 12),
      implementation: v(3, 12),
    };
    const quad = quadrantOption({
      frame: frFrame,
      panels: [{ title: 'Périodes regroupées', points: [point], average: null, regions: [] }],
      smallN: 5,
      tr: fr,
    });
    expect((quad.xAxis as Axis[])[0]?.name).toBe('Conception\u00a0: vérifiable et ambitieux');
    expect((quad.yAxis as Axis[])[0]?.name).toBe('Mise en œuvre\u00a0: niveau d’achèvement élevé');

    const trends = trendsOption({
      frame: frFrame,
      metricLabel: measureLabel('high_completion', fr),
      series: [
        {
          key: 'global',
          name: 'Tous les membres',
          kind: 'global',
          colour: '#111827',
          segments: [[{ year: 2016, cycle: null, value: v(1, 2) }]],
        },
      ],
      refreshYear: 2020,
      smallN: 5,
      tr: fr,
    });
    expect((trends.xAxis as Axis).name).toBe('Année de début du plan');
    expect(seriesOf(trends).map((s) => s.name)).toContain('intervalle de Tous les membres');
  });

  it('English output is unchanged when no translator is passed', () => {
    const model = heatModel(
      {
        measure: 'verifiable',
        members: [],
        regions: [],
        global: { region: null, total: v(1, 2), byEra: {}, byYear: {} },
      } as unknown as Parameters<typeof heatModel>[0],
      { sort: 'name', eras: 'split' },
    );
    expect(model.rows[0]?.label).toBe('All members');
    expect(model.columns.map((c) => c.label)).toEqual(['pre-2020', 'Refresh']);
    const frModel = heatModel(
      {
        measure: 'verifiable',
        members: [],
        regions: [],
        global: { region: null, total: v(1, 2), byEra: {}, byYear: {} },
      } as unknown as Parameters<typeof heatModel>[0],
      { sort: 'name', eras: 'pooled', tr: fr },
    );
    expect(frModel.rows[0]?.label).toBe('Tous les membres');
    expect(frModel.columns.map((c) => c.label)).toEqual(['Tous les cycles']);
  });
});

describe('the filter in words, in Spanish', () => {
  const filters = {
    regions: ['Europe'],
    kinds: ['national'],
    eras: ['refresh'],
    values: ['civic_participation'],
    yearFrom: 2016,
  };

  it('names every filter and coded value in Spanish, names of places as they are', () => {
    expect(filterSummary(filters, es)).toBe(
      'Filtros: Región: Europe · Nacional/local: Nacional · Etapa: IRM Refresh (desde 2020) · ' +
        'Valor de OGP: Participación cívica · Año de inicio del plan: desde 2016',
    );
    expect(filterSummary({}, es)).toBe('Filtros: ninguno (todos los compromisos)');
    expect(filterChips({ yearFrom: 2016, yearTo: 2018 }, es).map((c) => c.label)).toEqual([
      'Año de inicio del plan: 2016–2018',
    ]);
    expect(kindNote({}, es)).toContain('Miembros nacionales y locales agrupados');
  });

  it('keeps the English summary exactly as before by default', () => {
    expect(filterSummary(filters)).toBe(
      'Filters: Region: Europe · National/local: National · Era: IRM Refresh (2020 on) · ' +
        'OGP value: Civic participation · Plan start year: from 2016',
    );
  });
});

describe('rating and state labels from the vocabulary module', () => {
  it.each([
    ['en', 'Substantial', 'Complete', 'Not Started', 'Pending IRM review'],
    ['fr', 'Substantiel', 'Complet', 'Pas commencé', 'En attente d’examen par l’IRM'],
    ['es', 'Sustancial', 'Completo', 'No iniciado', 'Pendiente de revisión del IRM'],
  ] as const)('%s', (lang, substantial, complete, notStarted, pending) => {
    expect(ratingLabel('completion', 'substantial', lang)).toBe(substantial);
    expect(ratingLabel('completion', 'complete', lang)).toBe(complete);
    expect(ratingLabel('completion', 'not_started', lang)).toBe(notStarted);
    expect(ratingLabel('completion', 'pending_irm', lang)).toBe(pending);
    expect(stateLabel('pending_irm', lang)).toBe(pending);
  });

  it('covers every level of every scale in every language, and unknown codes pass through', () => {
    expect(ratingLabel('diog', 'outstanding', 'fr')).toBe('Exceptionnel');
    expect(ratingLabel('potential_impact', 'transformative', 'es')).toBe('Transformador');
    expect(ratingLabel('yes_no', 'yes', 'es')).toBe('Sí');
    expect(ratingLabel('completion', 'bogus', 'fr')).toBe('bogus');
    expect(stateLabel('not_applicable', 'fr')).toBe('Sans objet');
  });
});

describe('methodology rules', () => {
  it('show the crosswalk’s English text exactly, and every rule in French and Spanish', () => {
    for (const r of METHODOLOGY_RULES) {
      expect(ruleText(r, en), r.id).toBe(r.rule);
      expect(ruleText(r, fr), r.id).not.toBe(r.rule);
      expect(ruleText(r, es), r.id).not.toBe(r.rule);
    }
    const cycle = METHODOLOGY_RULES.find((r) => r.id === 'cycle');
    expect(cycle && ruleText(cycle, fr)).toBe(
      'Libellé du cycle <Year Of Submission>-<Action Plan End Year>.',
    );
  });
});

describe('link notices in the UI language', () => {
  it('says what could not be read, in French, from the structured problems', () => {
    const view = parseViewUrl('?from=soon&lang=fr', '#nowhere');
    expect(view.notice).toBe(
      'Link not fully understood (unknown view "nowhere"; unreadable year "soon"): defaults used.',
    );
    expect(noticeText(view.problems, fr)).toBe(
      'Lien mal compris (vue inconnue «\u00a0nowhere\u00a0»\u00a0; année illisible «\u00a0soon\u00a0»)\u00a0: valeurs par défaut utilisées.',
    );
  });
});
