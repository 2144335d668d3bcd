import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeUtf8 } from '../../src/db/arrow-insert';

describe('writeUtf8', () => {
  it('encodes exactly as TextEncoder, short and long strings, surrogate pairs and lone surrogates', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom(
            'a',
            'é',
            '✓',
            '😀',
            '\ud800',
            '\udc00',
            '\u07ff',
            '\u0800',
            '\uffff',
          ),
          maxLength: 300,
        }),
        (s) => {
          const out = new Uint8Array(s.length * 3 + 4);
          const end = writeUtf8(s, out, 2);
          expect([...out.subarray(2, end)]).toEqual([...new TextEncoder().encode(s)]);
        },
      ),
      { seed: 7, numRuns: 500 },
    );
  });
});
