import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DETAIL_TABS, TABS, formatViewUrl, parseViewUrl } from '../../src/state/view-url';

const KNOWN = new Set<string>([...TABS, ...DETAIL_TABS]);

/** A real permalink, then cut or mangled the ways links get damaged in emails and chats. */
const permalink = fc
  .record({
    tab: fc.constantFrom(...TABS),
    from: fc.integer({ min: 2011, max: 2025 }),
    regions: fc.subarray([
      'Europe',
      'Americas',
      'Africa and the Middle East',
      'Asia and the Pacific',
    ]),
    metric: fc.constantFrom('ambition_high', 'high_completion', 'verifiable'),
  })
  .map(({ tab, from, regions, metric }) =>
    formatViewUrl({
      tab,
      id: null,
      lang: 'en',
      switches: {
        ambitionTransformativeOnly: false,
        ambitionIncludesModerate: true,
        starRule: '2015',
        denominator: 'all',
      },
      filters: { regions, yearFrom: from },
      params: { metric },
    }),
  );

const damaged = fc.oneof(
  fc.tuple(permalink, fc.nat()).map(([url, n]) => url.slice(0, n % (url.length + 1))),
  fc.tuple(permalink, fc.nat(), fc.string()).map(([url, n, junk]) => {
    const i = n % (url.length + 1);
    return url.slice(0, i) + junk + url.slice(i);
  }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc
    .webUrl({ withQueryParameters: true, withFragments: true })
    .map((u) => u.slice(u.indexOf('/', 8))),
);

function split(url: string): [string, string] {
  const hash = url.indexOf('#');
  const path = hash < 0 ? url : url.slice(0, hash);
  const q = path.indexOf('?');
  return [q < 0 ? '' : path.slice(q), hash < 0 ? '' : url.slice(hash)];
}

describe('1,000 random or truncated links', () => {
  it('never throw, always give a known view, and say so when they were not understood', () => {
    let notices = 0;
    fc.assert(
      fc.property(damaged, (url) => {
        const view = parseViewUrl(...split(url));
        expect(KNOWN.has(view.tab)).toBe(true);
        expect(['rated', 'all']).toContain(view.switches.denominator);
        // Whatever was read writes back to a link that reads the same.
        const again = parseViewUrl(...split(formatViewUrl(view)));
        expect({ ...again, notice: null, problems: [] }).toEqual({
          ...view,
          notice: null,
          problems: [],
        });
        if (view.notice) notices++;
      }),
      { numRuns: 1000, seed: 20261123 },
    );
    expect(notices).toBeGreaterThan(50);
  });
});
