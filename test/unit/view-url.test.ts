import { describe, expect, it } from 'vitest';
import { DEFAULT_SWITCHES } from '../../src/metrics';
import { formatViewUrl, parseViewUrl } from '../../src/state/view-url';

describe('view URL', () => {
  const cases = [
    { name: 'empty URL', search: '', hash: '', tab: 'overview', switches: DEFAULT_SWITCHES },
    { name: 'tab only', search: '', hash: '#data', tab: 'data', switches: DEFAULT_SWITCHES },
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
    },
    {
      name: 'unrelated parameters are ignored',
      search: '?utm_source=x&denominator=all',
      hash: '#overview',
      tab: 'overview',
      switches: { ...DEFAULT_SWITCHES, denominator: 'all' },
    },
  ] as const;

  for (const c of cases) {
    it(`reads ${c.name}, with no notice, and writes it back the same`, () => {
      const view = parseViewUrl(c.search, c.hash);
      expect(view).toEqual({ tab: c.tab, switches: c.switches, notice: null });
      expect(parseViewUrl(...split(formatViewUrl(view.tab, view.switches)))).toEqual(view);
    });
  }

  it('writes a clean URL for the defaults', () => {
    expect(formatViewUrl('overview', DEFAULT_SWITCHES)).toBe('#overview');
    expect(formatViewUrl('data', { ...DEFAULT_SWITCHES, starRule: '2015' })).toBe(
      '?starRule=2015#data',
    );
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

function split(url: string): [string, string] {
  const i = url.indexOf('#');
  return [url.slice(0, i), url.slice(i)];
}
