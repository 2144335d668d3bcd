import { describe, expect, it } from 'vitest';
import { DEFAULT_SWITCHES } from '../../src/metrics';
import { formatViewUrl, parseViewUrl } from '../../src/state/view-url';

describe('view URL', () => {
  const cases = [
    {
      name: 'empty URL',
      search: '',
      hash: '',
      tab: 'overview',
      switches: DEFAULT_SWITCHES,
      params: {},
    },
    {
      name: 'tab only',
      search: '',
      hash: '#data',
      tab: 'data',
      switches: DEFAULT_SWITCHES,
      params: {},
    },
    {
      name: 'every switch',
      search:
        '?ambitionTransformativeOnly=1&ambitionIncludesModerate=1&starRule=2015&denominator=all',
      hash: '#methodology',
      tab: 'methodology',
      switches: {
        ambitionTransformativeOnly: true,
        ambitionIncludesModerate: true,
        starRule: '2015',
        denominator: 'all',
      },
      params: {},
    },
    {
      name: 'unrelated parameters are ignored',
      search: '?utm_source=x&denominator=all',
      hash: '#overview',
      tab: 'overview',
      switches: { ...DEFAULT_SWITCHES, denominator: 'all' },
      params: { utm_source: 'x' },
    },
  ] as const;

  for (const c of cases) {
    it(`reads ${c.name}, with no notice, and writes it back the same`, () => {
      const view = parseViewUrl(c.search, c.hash);
      expect(view).toEqual({
        tab: c.tab,
        id: null,
        lang: 'en',
        decal: false,
        switches: c.switches,
        filters: {},
        params: c.params,
        notice: null,
        problems: [],
      });
      expect(parseViewUrl(...split(formatViewUrl(view)))).toEqual(view);
    });
  }

  it('writes a clean URL for the defaults', () => {
    const base = { id: null, lang: 'en' as const, filters: {}, params: {} };
    expect(formatViewUrl({ ...base, tab: 'overview', switches: DEFAULT_SWITCHES })).toBe(
      '#overview',
    );
    expect(
      formatViewUrl({ ...base, tab: 'data', switches: { ...DEFAULT_SWITCHES, starRule: '2015' } }),
    ).toBe('?starRule=2015#data');
  });

  it('falls back to defaults with a notice on a broken link', () => {
    const view = parseViewUrl('?denominator=some&starRule=2015', '#nowhere');
    expect(view.tab).toBe('overview');
    expect(view.switches).toEqual(DEFAULT_SWITCHES);
    expect(view.notice).toBe(
      'Link not fully understood (unknown view "nowhere"; unreadable methodology switches): defaults used.',
    );
  });
});

describe('filters, detail routes and view parameters', () => {
  it('round-trips repeated filters, years, a detail id and view parameters', () => {
    const view = parseViewUrl(
      '?region=Europe&region=Americas&kind=national&from=2015&to=2020&value=civic_participation&metric=ambition_high',
      '#commitment/CO%200111',
    );
    expect(view).toMatchObject({
      tab: 'commitment',
      id: 'CO 0111',
      filters: {
        regions: ['Europe', 'Americas'],
        kinds: ['national'],
        yearFrom: 2015,
        yearTo: 2020,
        values: ['civic_participation'],
      },
      params: { metric: 'ambition_high' },
      notice: null,
    });
    expect(parseViewUrl(...split(formatViewUrl(view)))).toEqual(view);
  });
  it('keeps the UI language in the URL, and only when it is not English', () => {
    const view = parseViewUrl('?lang=fr&region=Europe', '#compare');
    expect([view.lang, view.notice]).toEqual(['fr', null]);
    expect(formatViewUrl(view)).toBe('?lang=fr&region=Europe#compare');
    expect(formatViewUrl({ ...view, lang: 'en' })).toBe('?region=Europe#compare');
    expect(parseViewUrl('?lang=de', '#compare').lang).toBe('en');
  });
  it.each([
    ['?from=soon', '#compare', /unreadable year "soon"/],
    ['', '#member', /"member" needs an identifier/],
    ['', '#commitment/%E0%A4%A', /needs an identifier/],
    ['?lang=de', '#compare', /unknown language "de"/],
  ])('a broken link %s%s falls back with a notice', (search, hash, notice) => {
    expect(parseViewUrl(search, hash).notice).toMatch(notice);
  });
});

function split(url: string): [string, string] {
  const i = url.indexOf('#');
  return [url.slice(0, i), url.slice(i)];
}
