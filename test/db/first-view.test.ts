import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeFirstView } from '../../scripts/precompute-first-view';
import { FirstViewSchema } from '../../src/datasets/first-view';

describe('data/simulated/first-view.json (the first chart painted before DuckDB is ready)', () => {
  it('equals what the loader and summary SQL compute from the same file today', async () => {
    const committed = FirstViewSchema.parse(
      JSON.parse(
        readFileSync(new URL('../../data/simulated/first-view.json', import.meta.url), 'utf8'),
      ),
    );
    expect(committed).toEqual(await computeFirstView());
    expect(committed.values.verifiable?.n).toBeGreaterThan(1000);
  });
});
