import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bodyStart, cutRecords } from '../../src/ingest/csv-cut';
import { CsvSyntaxError, openCsv, openCsvBody } from '../../src/ingest/csv-parse';

const enc = (s: string) => new TextEncoder().encode(s);

interface Read {
  headers: string[];
  /** [data row number, cells] */
  rows: [number, string[]][];
  error: { line: number | null; reason: string; lineStart: string | null } | null;
}

function caught(e: unknown): Read['error'] {
  if (!(e instanceof CsvSyntaxError)) throw e;
  return { line: e.line, reason: e.reason, lineStart: e.lineStart };
}

/** The whole file read from start to end: the truth the cuts must agree with. */
function whole(bytes: Uint8Array, delimiter = ',', chunkBytes?: number): Read | null {
  let reader;
  try {
    reader = openCsv(bytes, { delimiter, batchRows: 2, chunkBytes });
  } catch {
    return null; // no header at all: nothing to cut
  }
  const out: Read = { headers: reader.headers, rows: [], error: null };
  try {
    for (const b of reader.batches()) b.rows.forEach((r, i) => out.rows.push([b.firstRow + i, r]));
  } catch (e) {
    out.error = caught(e);
  }
  return out;
}

/** The same file read cut by cut, each cut on its own, in order until one is refused. */
function byCuts(
  bytes: Uint8Array,
  headers: string[],
  cut: { maxRows: number; maxBytes: number; window?: number },
  delimiter = ',',
  chunkBytes?: number,
): Read & { cuts: number } {
  const out: Read & { cuts: number } = { headers, rows: [], error: null, cuts: 0 };
  for (const c of cutRecords(bytes, bodyStart(bytes, delimiter, cut.window), {
    delimiter,
    ...cut,
  })) {
    out.cuts++;
    const body = openCsvBody(bytes.slice(c.start, c.end), {
      delimiter,
      width: headers.length,
      firstRow: c.firstRow,
      firstLine: c.firstLine,
      batchRows: 2,
      chunkBytes,
    });
    const before = out.rows.length;
    try {
      for (const b of body.batches()) b.rows.forEach((r, i) => out.rows.push([b.firstRow + i, r]));
    } catch (e) {
      out.error = caught(e);
      return out;
    }
    expect(out.rows.length - before).toBe(c.rows);
  }
  return out;
}

// Every character the reader treats specially, and some it must carry through untouched.
const CHARS = ['a', 'b', ',', '"', '\n', '\r', '\r\n', ' ', 'é', '✓', '😀', '\uFEFF'];
const text = fc
  .array(fc.constantFrom(...CHARS), { maxLength: 80 })
  .map((cs) => cs.join(''))
  .filter((t) => !t.startsWith('\uFEFF'));
const wellFormed = fc
  .record({
    width: fc.integer({ min: 1, max: 3 }),
    cells: fc.array(fc.string({ unit: fc.constantFrom(...CHARS), maxLength: 6 }), {
      maxLength: 40,
    }),
    eol: fc.constantFrom('\n', '\r\n', '\r'),
    blankEvery: fc.integer({ min: 0, max: 4 }),
    bom: fc.boolean(),
  })
  .map(({ width, cells, eol, blankEvery, bom }) => {
    const quote = (c: string) => (/[",\r\n]|^$/.test(c) ? `"${c.replaceAll('"', '""')}"` : c);
    const lines = [Array.from({ length: width }, (_, i) => `h${i}`).join(',')];
    for (let i = 0; i + width <= cells.length; i += width) {
      lines.push(
        cells
          .slice(i, i + width)
          .map(quote)
          .join(','),
      );
      if (blankEvery > 0 && lines.length % blankEvery === 0) lines.push('');
    }
    return (bom ? '\uFEFF' : '') + lines.join(eol) + eol;
  });
const cutSize = fc.record({
  maxRows: fc.integer({ min: 1, max: 5 }),
  maxBytes: fc.integer({ min: 1, max: 40 }),
  // The scan's indexOf window (64 KB in the app): a few bytes puts its edges everywhere.
  window: fc.oneof(fc.integer({ min: 1, max: 12 }), fc.constant(1 << 16)),
});

describe('cutting a CSV file at record boundaries', () => {
  it('reads the same rows, numbered the same, from well-formed files cut anywhere', () => {
    fc.assert(
      fc.property(wellFormed, cutSize, fc.integer({ min: 1, max: 7 }), (t, cut, chunk) => {
        const bytes = enc(t);
        const truth = whole(bytes)!;
        expect(truth.error).toBeNull();
        const cuts = byCuts(bytes, truth.headers, cut, ',', chunk);
        expect(cuts.rows).toEqual(truth.rows);
        expect(cuts.error).toBeNull();
      }),
      { numRuns: 400 },
    );
  });

  it('reads any text, malformed or not, to the same rows and the same first refusal', () => {
    fc.assert(
      fc.property(text, cutSize, (t, cut) => {
        const bytes = enc(t);
        const truth = whole(bytes);
        if (truth === null) return;
        const cuts = byCuts(bytes, truth.headers, cut);
        expect(cuts.error).toEqual(truth.error);
        // A refused file loads nothing: its rows are compared only when it is read whole.
        if (truth.error === null) expect(cuts.rows).toEqual(truth.rows);
      }),
      { numRuns: 3000 },
    );
  });

  it('counts rows and lines across quoted line breaks, blank lines and every line ending', () => {
    const t = '\uFEFFid,note\r\n\r\n1,"two\nlines"\r2,x\n\n3,"a\r\nb"\r\n4,"""q"""\n';
    const bytes = enc(t);
    const cuts = [
      ...cutRecords(bytes, bodyStart(bytes, ','), { delimiter: ',', maxRows: 1, maxBytes: 1e9 }),
    ];
    expect(cuts.map((c) => [c.firstRow, c.firstLine, c.rows])).toEqual([
      [1, 2, 1], // the blank line after the header belongs to the first cut
      [2, 5, 1],
      [3, 6, 1], // a blank line, then row 3 on line 7
      [4, 9, 1],
    ]);
    expect(new TextDecoder().decode(bytes.slice(cuts[3]!.start, cuts[3]!.end))).toBe('4,"""q"""\n');
  });

  it('cuts by bytes as well as by rows', () => {
    const t = `h\n${Array.from({ length: 10 }, (_, i) => `row${i}`).join('\n')}\n`;
    const bytes = enc(t);
    const cuts = [
      ...cutRecords(bytes, bodyStart(bytes, ','), { delimiter: ',', maxRows: 100, maxBytes: 12 }),
    ];
    // Each "rowN\n" is 5 bytes: a cut takes records until it reaches 12 bytes.
    expect(cuts.map((c) => c.rows)).toEqual([3, 3, 3, 1]);
    expect(cuts.at(-1)!.end).toBe(bytes.length);
  });

  it('names the file line of a byte that is not UTF-8 in a later cut', () => {
    const bytes = Uint8Array.from([...enc('a,b\n1,2\r\n3,"x\ny"\nx,Bogot'), 0xe1, 0x0a]);
    // Decoded a few bytes at a time, so that the header is read before the bad byte is.
    const truth = whole(bytes, ',', 4)!;
    expect(truth.error?.line).toBe(5); // line 3 holds a quoted line break
    for (const maxRows of [1, 2, 5]) {
      const cuts = byCuts(bytes, truth.headers, { maxRows, maxBytes: 1e9 });
      expect(cuts.error).toEqual(truth.error);
    }
  });

  it('keeps a byte-order mark that starts a cut as the character it is there', () => {
    const bytes = enc('h\nx\n\uFEFFy\n');
    const truth = whole(bytes)!;
    expect(truth.rows).toEqual([
      [1, ['x']],
      [2, ['\uFEFFy']],
    ]);
    expect(byCuts(bytes, truth.headers, { maxRows: 1, maxBytes: 1e9 }).rows).toEqual(truth.rows);
  });

  it('cuts a tab-separated file on tabs', () => {
    const bytes = enc('a\tb\n"x\ty"\t1\n2\t"3\n4"\n');
    const truth = whole(bytes, '\t')!;
    const cuts = byCuts(bytes, truth.headers, { maxRows: 1, maxBytes: 1e9 }, '\t');
    expect(cuts.cuts).toBe(2);
    expect(cuts.rows).toEqual(truth.rows);
    expect(cuts.rows[0]![1]).toEqual(['x\ty', '1']);
  });
});
