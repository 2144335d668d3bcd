/**
 * Bytes per TextDecoder call. Chromium decodes up to 256 KB of the OGP export at ≈ 2 GB/s, but
 * 512 KB or more at ≈ 70–90 MB/s, 25–35× slower (bench/RESULTS.md, session 12): decoding a
 * large file in one call, or 8 MB at a time, was a sixth of its load.
 */
export const DECODE_STEP = 64 << 10;

/**
 * `decoder.decode(bytes, { stream })`, done in DECODE_STEP pieces joined into one string. One
 * string, not the pieces: a parser reading a few MB as one flat string stays on one string
 * representation, where 64 KB strings (some one-byte, some two-byte) measured slower to parse
 * than the decoding saved. Throws what decode throws (a fatal decoder on invalid UTF-8).
 */
export function decodeInSteps(decoder: TextDecoder, bytes: Uint8Array, stream = false): string {
  if (bytes.length <= DECODE_STEP) return decoder.decode(bytes, { stream });
  const parts: string[] = [];
  for (let at = 0; at < bytes.length; at += DECODE_STEP) {
    const end = Math.min(bytes.length, at + DECODE_STEP);
    parts.push(decoder.decode(bytes.subarray(at, end), { stream: end < bytes.length || stream }));
  }
  return parts.join('');
}
