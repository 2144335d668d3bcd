import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnsToArrow, writeUtf8 } from '../../src/db/arrow-insert';

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

describe('a plain string column in Arrow', () => {
  // Varied enough that no dictionary is made: the column goes as one UTF-8 buffer.
  const column = (cells: string[]) =>
    cells.map((s, i) => `${String(i).padStart(4, '0')}${s}`).concat(['']);

  it('holds each cell exactly as TextEncoder encodes it alone, lone surrogates included', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.string({
            unit: fc.constantFrom('a', 'é', '✓', '😀', '\ud800', '\udc00', '\u07ff', '\u0800'),
            maxLength: 200,
          }),
          { minLength: 70, maxLength: 120 },
        ),
        (cells) => {
          const strings = column(cells);
          const vector = columnsToArrow([{ name: 's', type: 'VARCHAR' }], { s: strings }).getChild(
            's',
          )!;
          const data = vector.data[0]!;
          expect(data.dictionary).toBeUndefined();
          const enc = new TextEncoder();
          strings.forEach((s, i) => {
            const bytes = data.values.subarray(data.valueOffsets[i], data.valueOffsets[i + 1]);
            expect([...bytes]).toEqual([...enc.encode(s)]);
          });
        },
      ),
      { seed: 11, numRuns: 200 },
    );
  });

  it('does not pair a lone high surrogate ending one cell with a lone low one starting the next', () => {
    const strings = column(Array.from({ length: 80 }, (_, i) => (i % 2 ? '\udc00b' : 'a\ud800')));
    const data = columnsToArrow([{ name: 's', type: 'VARCHAR' }], { s: strings }).getChild('s')!
      .data[0]!;
    const text = new TextDecoder().decode(
      data.values.subarray(data.valueOffsets[0], data.valueOffsets[2]),
    );
    expect(text).toBe('0000a\ufffd0001\ufffdb');
  });
});
