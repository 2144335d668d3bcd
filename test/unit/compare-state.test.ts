/** URL parameters, filter chips and summaries, CSV exports and text helpers of Compare/Trends. */
import { describe, expect, it } from 'vitest';
import { chartCsv } from '../../src/lib/chart-csv';
import { clip, fileSlug, wrapText } from '../../src/lib/text-wrap';
import {
  COMPARE_DEFAULTS,
  COMPARE_PARAMS,
  TRENDS_DEFAULTS,
  TRENDS_PARAMS,
} from '../../src/state/compare-params';
import { filterChips, filterSummary, kindNote, withValue } from '../../src/state/filter-summary';
import { paramChange, parseParams } from '../../src/state/view-params';
import { formatViewUrl, parseViewUrl } from '../../src/state/view-url';

describe('view parameters', () => {
  it('reads a permalink exactly', () => {
    const raw = {
      view: 'distribution',
      metric: 'starred',
      sort: 'region',
      eras: 'pooled',
      field: 'results',
      states: 'hide',
      unit: 'plan',
      rows: 'all',
    };
    expect(parseParams(COMPARE_PARAMS, COMPARE_DEFAULTS, raw)).toEqual({
      values: raw,
      notice: null,
      problems: [],
    });
  });

  it('falls back to defaults, with a notice, for a broken or outdated link', () => {
    const { values, notice } = parseParams(COMPARE_PARAMS, COMPARE_DEFAULTS, {
      metric: 'stars_v0',
      sort: 'value',
      view: '<script>',
    });
    expect(values).toEqual({ ...COMPARE_DEFAULTS, sort: 'value' });
    expect(notice).toBe(
      'Link not fully understood (view "<script>"; metric "stars_v0"): defaults used.',
    );
    expect(parseParams(TRENDS_PARAMS, TRENDS_DEFAULTS, { eras: 'mixed' }).values).toEqual(
      TRENDS_DEFAULTS,
    );
  });

  it('writes only what differs from the defaults', () => {
    expect(paramChange(COMPARE_DEFAULTS, { metric: 'starred', sort: 'value' })).toEqual({
      metric: 'starred',
      sort: '',
    });
  });

  it('round-trips through the URL with the global filters', () => {
    const url =
      '?region=Europe&member=C%C3%B4te+d%27Ivoire&from=2016&metric=starred&eras=pooled#compare';
    const view = parseViewUrl(url.split('#')[0]!, '#compare');
    expect(view.filters).toEqual({
      regions: ['Europe'],
      members: ["Côte d'Ivoire"],
      yearFrom: 2016,
    });
    expect(view.params).toEqual({ metric: 'starred', eras: 'pooled' });
    expect(
      parseViewUrl(
        ...((formatViewUrl(view).split('#') as [string, string]).map((s, i) =>
          i ? `#${s}` : s,
        ) as [string, string]),
      ),
    ).toEqual(view);
  });
});

describe('filter chips and summary', () => {
  const f = { regions: ['Europe', 'Americas'], eras: ['refresh'], yearFrom: 2016, yearTo: 2020 };

  it('one removable chip per value, each removing only itself', () => {
    const chips = filterChips(f);
    expect(chips.map((c) => c.label)).toEqual([
      'Region: Europe',
      'Region: Americas',
      'Era: IRM Refresh (2020 on)',
      'Plan start year: 2016–2020',
    ]);
    expect(chips[0]?.without).toMatchObject({ regions: ['Americas'], eras: ['refresh'] });
    expect(chips[2]?.without.eras).toBeUndefined();
    expect(chips[3]?.without).toMatchObject({ yearFrom: undefined, yearTo: undefined });
  });

  it('summarises the filter in words for exports', () => {
    expect(filterSummary(f)).toBe(
      'Filters: Region: Europe, Americas · Era: IRM Refresh (2020 on) · Plan start year: 2016–2020',
    );
    expect(filterSummary({})).toBe('Filters: none (every commitment)');
    expect(filterSummary({ yearTo: 2018 })).toBe('Filters: Plan start year: up to 2018');
  });

  it('says when national and local members are pooled', () => {
    expect(kindNote({})).toMatch(/pooled/);
    expect(kindNote({ kinds: ['national'] })).toBeNull();
  });

  it('cross-filtering adds a value once', () => {
    expect(withValue({}, 'members', 'Kenya')).toEqual({ members: ['Kenya'] });
    const once = withValue({ members: ['Kenya'] }, 'members', 'Kenya');
    expect(once).toEqual({ members: ['Kenya'] });
  });
});

describe('exports and text', () => {
  it('CSV is formula-safe and carries its provenance on every row', () => {
    const csv = chartCsv(
      {
        header: ['member', 'share'],
        rows: [
          ['=HYPERLINK("x")', 0.5],
          ['+1', 1],
        ],
      },
      { dataset: '@data', simulated: true, rules: 'Rules: r', filters: '-none' },
    );
    expect(csv.split('\r\n')).toEqual([
      'member,share,dataset,simulated_data,rules,filters',
      `"'=HYPERLINK(""x"")",0.5,'@data,yes,Rules: r,'-none`,
      "'+1,1,'@data,yes,Rules: r,'-none",
      '',
    ]);
  });

  it('wraps text at spaces and makes ASCII file names', () => {
    expect(wrapText('aaa bbb ccc', 7)).toEqual(['aaa bbb', 'ccc']);
    expect(wrapText('averyveryverylongword x', 5)).toEqual(['averyveryverylongword', 'x']);
    expect(fileSlug('irm-atlas-Verifiable: members × plan cycles (Côte)')).toBe(
      'irm-atlas-verifiable-members-plan-cycles-cote',
    );
    expect(fileSlug('***')).toBe('chart');
    expect(clip('Santo Domingo de los Tsáchilas, Ecuador', 20)).toBe('Santo Domingo de lo…');
    expect(clip('Kenya', 20)).toBe('Kenya');
  });
});
