import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { canonicalSchemas } from '../../src/model/json-schema';
import { CANONICAL_COMMITMENT_COLUMNS } from '../../src/model/canonical-layout';

describe('docs/*.schema.json', () => {
  it.each(Object.entries(canonicalSchemas()))(
    '%s matches the zod schema (run npm run schema)',
    (file, schema) => {
      const committed: unknown = JSON.parse(
        readFileSync(new URL(`../../docs/${file}`, import.meta.url), 'utf8'),
      );
      expect(committed).toEqual(schema);
    },
  );
  it('documents every canonical column in docs/data-formats.md', () => {
    const doc = readFileSync(new URL('../../docs/data-formats.md', import.meta.url), 'utf8');
    const missing = CANONICAL_COMMITMENT_COLUMNS.filter((c) => !doc.includes(`\`${c}\``));
    expect(missing).toEqual([]);
  });
});
