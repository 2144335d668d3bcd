import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, firstInvalidUtf8, openCsv } from '../../src/ingest/csv-parse';

const enc = (s: string) => new TextEncoder().encode(s);

function readAll(text: string | Uint8Array, chunkBytes?: number, batchRows = 3) {
  const bytes = typeof text === 'string' ? enc(text) : text;
  const r = openCsv(bytes, { delimiter: ',', chunkBytes, batchRows });
  const batches = [...r.batches()];
  return { headers: r.headers, rows: batches.flatMap((b) => b.rows), batches };
}

function refusal(text: string | Uint8Array, chunkBytes?: number): CsvSyntaxError {
  try {
    readAll(text, chunkBytes);
  } catch (e) {
    if (e instanceof CsvSyntaxError) return e;
    throw e;
  }
  throw new Error('not refused');
}

describe('openCsv', () => {
  it('reads quoted delimiters, doubled quotes and line breaks, BOM, and every kind of line ending', () => {
    const text = '\uFEFFid,"a ""b"""\r\n1,"x,\ny"\n2,\r3,"q\r\nr"\r\n\n';
    for (const chunk of [1, 2, 3, 5, 64]) {
      expect(readAll(text, chunk)).toMatchObject({
        headers: ['id', 'a "b"'],
        rows: [
          ['1', 'x,\ny'],
          ['2', ''],
          ['3', 'q\r\nr'],
        ],
      });
    }
  });

  it('numbers batches by data row and reports the bytes read', () => {
    const text = `h\n${Array.from({ length: 7 }, (_, i) => `r${i + 1}`).join('\n')}\n`;
    const { batches } = readAll(text, 4, 3);
    expect(batches.map((b) => [b.firstRow, b.rows.length])).toEqual([
      [1, 3],
      [4, 3],
      [7, 1],
    ]);
    expect(batches.at(-1)!.bytesDone).toBe(enc(text).length);
  });

  it('keeps cells exactly as written: spaces, a quote inside an unquoted value, a trailing empty field', () => {
    expect(readAll('a,b,c\n  x ,y"z,\n').rows).toEqual([['  x ', 'y"z', '']]);
  });

  it('takes multi-byte characters cut by a chunk seam whole', () => {
    const text = 'name\nBogotá ✓ 😀\n';
    for (const chunk of [1, 2, 3, 7]) expect(readAll(text, chunk).rows).toEqual([['Bogotá ✓ 😀']]);
  });

  it.each([
    ['', null, 'the file is empty'],
    ['a,b\n1,2\n3\n', 3, 'expected 2 columns (as in the header), found 1'],
    ['a,b\n1,"x\ny",9\n', 2, 'expected 2 columns (as in the header), found 3'],
    ['a,b\n1,"x\ny"\n2,"open\n', 4, 'a quoted value is never closed'],
    ['a,b\n"1"x,2\n', 2, 'text follows the closing quote'],
  ])('refuses %j at line %s', (text, line, reason) => {
    for (const chunk of [1, 4, undefined]) {
      const e = refusal(text, chunk);
      expect(e.line).toBe(line);
      expect(e.reason).toContain(reason);
    }
  });

  it('names the line of the first byte that is not UTF-8', () => {
    const bytes = Uint8Array.from([...enc('a,b\n1,2\r\nx,Bogot'), 0xe1, 0x0a]);
    for (const chunk of [2, 5, undefined]) {
      const e = refusal(bytes, chunk);
      expect([e.line, e.reason]).toEqual([
        3,
        'the file is not UTF-8 text (save it as "CSV UTF-8")',
      ]);
    }
    expect(firstInvalidUtf8(bytes, 0)).toBe(bytes.length - 2);
    expect(firstInvalidUtf8(enc('é😀'), 0)).toBe(6);
    expect(firstInvalidUtf8(Uint8Array.from([0x41, 0xed, 0xa0, 0x80]), 0)).toBe(1);
  });

  it('gives back any table it is given, whatever the line endings, quoting and chunk size', () => {
    const cell = fc.string({
      unit: fc.constantFrom('a', 'é', '😀', ',', '"', '\n', '\r', ' ', 'x'),
    });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }).chain((w) =>
          fc.record({
            header: fc.array(fc.stringMatching(/^[a-z]{1,4}$/), { minLength: w, maxLength: w }),
            rows: fc.array(fc.array(cell, { minLength: w, maxLength: w }), { maxLength: 8 }),
            eols: fc.array(fc.constantFrom('\n', '\r\n', '\r'), { minLength: 1, maxLength: 4 }),
            quoteAll: fc.boolean(),
            chunk: fc.integer({ min: 1, max: 40 }),
            batch: fc.integer({ min: 1, max: 5 }),
          }),
        ),
        ({ header, rows, eols, quoteAll, chunk, batch }) => {
          // A one-column row holding '' unquoted is a blank line, which is no record.
          const kept = rows.filter((r) => quoteAll || r.length > 1 || r[0] !== '');
          const quote = (c: string) =>
            quoteAll || /[",\r\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c;
          const text = [header, ...kept]
            .map((r, i) => r.map(quote).join(',') + eols[i % eols.length])
            .join('');
          const r = openCsv(enc(text), { delimiter: ',', chunkBytes: chunk, batchRows: batch });
          expect(r.headers).toEqual(header);
          expect([...r.batches()].flatMap((b) => b.rows)).toEqual(kept);
        },
      ),
      { seed: 20_261_123, numRuns: 400 },
    );
  });

  it('reads only the kept columns: the others come as empty cells, with the same rows, batches and lines', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'é', ',', '"', '\n', '\r', 'x') });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }).chain((w) =>
          fc.record({
            rows: fc.array(fc.array(cell, { minLength: w, maxLength: w }), { maxLength: 8 }),
            keep: fc.array(fc.boolean(), { minLength: w, maxLength: w }),
            chunk: fc.integer({ min: 1, max: 40 }),
          }),
        ),
        ({ rows, keep, chunk }) => {
          const header = keep.map((_, i) => `c${i}`);
          const quote = (c: string) => `"${c.replaceAll('"', '""')}"`;
          const text = [header, ...rows].map((r) => r.map(quote).join(',') + '\r\n').join('');
          const mask = Uint8Array.from(keep, (k) => (k ? 1 : 0));
          const open = () =>
            openCsv(enc(text), { delimiter: ',', chunkBytes: chunk, batchRows: 2 });
          const all = [...open().batches()];
          const some = [...open().batches(mask)];
          expect(some.map((b) => b.firstRow)).toEqual(all.map((b) => b.firstRow));
          expect(some.flatMap((b) => b.rows)).toEqual(
            rows.map((r) => r.map((c, i) => (keep[i] ? c : ''))),
          );
        },
      ),
      { seed: 20_261_205, numRuns: 300 },
    );
  });

  it('still refuses a malformed record in a column it does not read, naming its line', () => {
    const text = 'id,note,x\n1,"two\nlines",a\n2,"open"quote,b\n';
    const r = openCsv(enc(text), { delimiter: ',', batchRows: 10 });
    let error: unknown = null;
    try {
      for (const batch of r.batches(Uint8Array.of(1, 0, 1))) void batch;
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CsvSyntaxError);
    expect((error as CsvSyntaxError).line).toBe(4);
    expect((error as CsvSyntaxError).reason).toMatch(/text follows the closing quote/);
  });
});
