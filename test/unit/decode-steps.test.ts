import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DECODE_STEP, decodeInSteps } from '../../src/lib/decode-steps';

const enc = new TextEncoder();
/** Text whose multi-byte characters fall across the step boundaries at random. */
const text = fc
  .array(fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('é', '€', '😀', 'ñ', '\uFEFF')), {
    maxLength: 400,
  })
  .map((parts) => parts.join(''));

describe('decodeInSteps', () => {
  it('gives what one decode call gives, characters cut by a step included', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: 3 }), (t, pad) => {
        // Long enough for several steps: a prefix of `pad` bytes shifts where the steps cut.
        const bytes = enc.encode(
          'x'.repeat(pad) + t.repeat(Math.ceil((DECODE_STEP * 2.5) / (t.length + 1))),
        );
        expect(decodeInSteps(new TextDecoder('utf-8', { fatal: true }), bytes)).toBe(
          new TextDecoder('utf-8', { fatal: true }).decode(bytes),
        );
      }),
      { numRuns: 40 },
    );
  });

  it('streams: a character cut at the end of one call is finished by the next', () => {
    const bytes = enc.encode('a'.repeat(DECODE_STEP * 2 - 1) + '€tail');
    const cut = DECODE_STEP * 2; // inside the three bytes of €
    const d = new TextDecoder('utf-8', { fatal: true });
    const first = decodeInSteps(d, bytes.subarray(0, cut), true);
    const second = decodeInSteps(d, bytes.subarray(cut), false);
    expect(first).toBe('a'.repeat(DECODE_STEP * 2 - 1));
    expect(first + second).toBe(`${'a'.repeat(DECODE_STEP * 2 - 1)}€tail`);
  });

  it('throws on invalid UTF-8 in a later step, as a fatal decoder does', () => {
    const bytes = new Uint8Array(DECODE_STEP * 3).fill(97);
    bytes[DECODE_STEP * 2 + 5] = 0xff;
    expect(() => decodeInSteps(new TextDecoder('utf-8', { fatal: true }), bytes)).toThrow(
      TypeError,
    );
    expect(decodeInSteps(new TextDecoder('utf-8'), bytes)).toContain('\uFFFD');
  });
});
