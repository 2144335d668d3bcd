import { parquetWriteBuffer } from 'hyparquet-writer';
import writeXlsxFile, { type SheetData } from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import { assertSize, detectFormat, sizeLimitFor } from '../../src/ingest/detect-format';
import {
  FileReadError,
  MAX_FILE_BYTES,
  MAX_STREAMED_BYTES,
  type InputFile,
} from '../../src/ingest/raw-table';
import { readJson } from '../../src/ingest/read-json';
import { readParquet } from '../../src/ingest/read-parquet';
import { readXlsx } from '../../src/ingest/read-xlsx';
import { writeParquet } from '../../src/ingest/write-parquet';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const file = (name: string, bytes: Uint8Array | string): InputFile => ({
  name,
  bytes: typeof bytes === 'string' ? utf8(bytes) : bytes,
});

async function xlsxBytes(data: SheetData): Promise<Uint8Array> {
  return new Uint8Array(await writeXlsxFile(data).toBuffer());
}

/** Runs a reader and returns the FileReadError it throws, failing the test if it throws anything else. */
async function readError(read: () => unknown): Promise<FileReadError> {
  try {
    await read();
  } catch (error) {
    expect(error).toBeInstanceOf(FileReadError);
    return error as FileReadError;
  }
  throw new Error('expected a FileReadError, but the read succeeded');
}

const JUNK = new Uint8Array([
  0x00, 0x13, 0x37, 0xfe, 0xff, 0x42, 0x99, 0x01, 0x7f, 0x80, 0x10, 0x20,
]);

describe('readJson', () => {
  const cases: {
    name: string;
    input: InputFile;
    expected: { headers: string[]; rows: string[][] };
  }[] = [
    {
      name: 'array of objects: key union in first-seen order, scalars, nested values, null',
      input: file(
        'c.json',
        JSON.stringify([
          { id: 1, title: 'Open data portal', done: true, score: null },
          { id: 2.5, title: 'Budget', extra: { tags: ['a', 'b'] }, list: [1, 2] },
          {},
        ]),
      ),
      expected: {
        headers: ['id', 'title', 'done', 'score', 'extra', 'list'],
        rows: [
          ['1', 'Open data portal', 'true', '', '', ''],
          ['2.5', 'Budget', '', '', '{"tags":["a","b"]}', '[1,2]'],
          ['', '', '', '', '', ''],
        ],
      },
    },
    {
      name: 'wrapper object with "commitments" (preferred over "data")',
      input: file(
        'w.json',
        '{"source":"OGP","data":[{"x":"no"}],"commitments":[{"country":"Kenya","year":2015},{"country":"Chile","year":2016}]}',
      ),
      expected: {
        headers: ['country', 'year'],
        rows: [
          ['Kenya', '2015'],
          ['Chile', '2016'],
        ],
      },
    },
    {
      name: 'wrapper object with "rows"',
      input: file('r.json', '{"rows":[{"a":"1"}]}'),
      expected: { headers: ['a'], rows: [['1']] },
    },
    {
      name: 'wrapper object with "data"',
      input: file('d.json', '{"data":[{"a":false}]}'),
      expected: { headers: ['a'], rows: [['false']] },
    },
    {
      name: 'JSON Lines by extension, with CRLF and blank lines',
      input: file('c.jsonl', '{"a":1,"b":"x"}\r\n\r\n{"b":"y","c":null}\r\n'),
      expected: {
        headers: ['a', 'b', 'c'],
        rows: [
          ['1', 'x', ''],
          ['', 'y', ''],
        ],
      },
    },
    {
      name: 'JSON Lines saved as .json',
      input: file('c.json', '{"a":1}\n{"a":2}\n'),
      expected: { headers: ['a'], rows: [['1'], ['2']] },
    },
    {
      name: 'accents, quotes and newlines survive; the BOM is stripped',
      input: file(
        'accents.json',
        '\uFEFF[{"título":"São Tomé \\"Plan\\"\\nsegunda línea","país":"Côte d’Ivoire","ok":"  spaced  "}]',
      ),
      expected: {
        headers: ['título', 'país', 'ok'],
        rows: [['São Tomé "Plan"\nsegunda línea', 'Côte d’Ivoire', '  spaced  ']],
      },
    },
    {
      name: 'empty array gives an empty table',
      input: file('e.json', ' [ ] '),
      expected: { headers: [], rows: [] },
    },
  ];

  it.each(cases)('$name', ({ input, expected }) => {
    const table = readJson(input);
    expect(table).toEqual({ fileName: input.name, format: 'json', ...expected });
  });

  const errors: { name: string; input: InputFile; expected: string }[] = [
    {
      name: 'bad token: line, column and position are given',
      input: file('bad.json', '[\n  {"a": 1},\n  {"b": x}\n]'),
      expected:
        'Cannot read bad.json: invalid JSON at line 3, column 9 (position 22): expected a value, found "x"',
    },
    {
      name: 'trailing comma',
      input: file('comma.json', '[{"a": 1,}]'),
      expected:
        'invalid JSON at line 1, column 10 (position 9): expected a property name in double quotes, found "}"',
    },
    {
      name: 'missing comma between elements',
      input: file('m.json', '[{"a":1} {"a":2}]'),
      expected: "position 9): expected ',' or ']' in an array, found \"{\"",
    },
    {
      name: 'truncated file',
      input: file('t.json', '[{"a": "unfinished'),
      expected: 'invalid JSON at line 1, column 8 (position 7): string is never closed with "',
    },
    {
      name: 'raw line break inside a string',
      input: file('nl.json', '[{"a": "one\ntwo"}]'),
      expected: 'position 11): control character (such as a raw line break) inside a string',
    },
    {
      name: 'a scalar document',
      input: file('s.json', '"hello"'),
      expected: 'expected an array of objects, one per row; found a string ("hello")',
    },
    {
      name: 'an object without a rows array',
      input: file('o.json', '{"title":"x","count":3}'),
      expected: 'found an object with keys "title", "count"',
    },
    {
      name: 'an element that is not an object',
      input: file('n.json', '[{"a":1},{"a":2},5]'),
      expected: 'element at index 2 is a number (5), not an object',
    },
    {
      name: 'a null element inside "commitments"',
      input: file('w.json', '{"commitments":[null]}'),
      expected: 'element at index 0 of "commitments" is null, not an object',
    },
    {
      name: 'JSON Lines: a line that is not an object',
      input: file('l.ndjson', '{"a":1}\n["a"]\n'),
      expected: 'line 2 is an array, not an object',
    },
    {
      name: 'JSON Lines: a line with bad syntax',
      input: file('l.jsonl', '{"a":1}\n\n{"a":tru}\n'),
      expected: 'invalid JSON on line 3, column 6: expected a value, found "t"',
    },
    {
      name: 'invalid UTF-8',
      input: file('u.json', new Uint8Array([0x5b, 0xff, 0xfe, 0x5d])),
      expected: 'not valid UTF-8',
    },
    { name: 'empty file', input: file('empty.json', ' \n '), expected: 'the file is empty' },
    { name: 'junk bytes', input: file('junk.json', JUNK), expected: 'Cannot read junk.json' },
  ];

  it.each(errors)('rejects $name', async ({ input, expected }) => {
    const error = await readError(() => readJson(input));
    expect(error.fileName).toBe(input.name);
    expect(error.message).toContain(expected);
  });
});

describe('readParquet', () => {
  const written = writeParquet([
    {
      name: 'country',
      type: 'STRING',
      values: ['São Tomé and Príncipe', 'Côte d’Ivoire', null, 'say "hi"\nbye'],
    },
    { name: 'year', type: 'INT32', values: [2015, null, 2021, -7] },
    { name: 'score', type: 'DOUBLE', values: [1.5, 0.1 + 0.2, null, 3] },
    { name: 'done', type: 'BOOLEAN', values: [true, false, null, true] },
  ]);
  const wide = new Uint8Array(
    parquetWriteBuffer({
      columnData: [
        { name: 'big', type: 'INT64', data: [9007199254740993n, -1n] },
        {
          name: 'at',
          type: 'TIMESTAMP',
          data: [new Date(Date.UTC(2021, 2, 4)), new Date(Date.UTC(2021, 2, 4, 5, 6, 7))],
        },
        { name: 'json', type: 'JSON', data: [{ k: [1, 'two'] }, null] },
      ],
    }),
  );

  const cases: {
    name: string;
    input: InputFile;
    expected: { headers: string[]; rows: string[][] };
  }[] = [
    {
      name: 'writeParquet output: accented strings, ints, doubles, booleans, nulls',
      input: file('c.parquet', written),
      expected: {
        headers: ['country', 'year', 'score', 'done'],
        rows: [
          ['São Tomé and Príncipe', '2015', '1.5', 'true'],
          ['Côte d’Ivoire', '', '0.30000000000000004', 'false'],
          ['', '2021', '', ''],
          ['say "hi"\nbye', '-7', '3', 'true'],
        ],
      },
    },
    {
      name: 'INT64 as exact digits, timestamps as a date or ISO, JSON as text',
      input: file('w.parquet', wide),
      expected: {
        headers: ['big', 'at', 'json'],
        rows: [
          ['9007199254740993', '2021-03-04', '{"k":[1,"two"]}'],
          ['-1', '2021-03-04T05:06:07.000Z', ''],
        ],
      },
    },
    {
      name: 'a view into a larger buffer reads only its own bytes',
      input: file(
        'v.parquet',
        new Uint8Array([9, 9, ...written, 9]).subarray(2, 2 + written.length),
      ),
      expected: {
        headers: ['country', 'year', 'score', 'done'],
        rows: [
          ['São Tomé and Príncipe', '2015', '1.5', 'true'],
          ['Côte d’Ivoire', '', '0.30000000000000004', 'false'],
          ['', '2021', '', ''],
          ['say "hi"\nbye', '-7', '3', 'true'],
        ],
      },
    },
    {
      name: 'no rows',
      input: file('e.parquet', writeParquet([{ name: 'a', type: 'STRING', values: [] }])),
      expected: { headers: ['a'], rows: [] },
    },
  ];

  it.each(cases)('$name', async ({ input, expected }) => {
    const table = await readParquet(input);
    expect(table).toEqual({ fileName: input.name, format: 'parquet', ...expected });
  });

  const damaged = written.slice();
  damaged.fill(0xff, 4, 80);

  const errors: { name: string; input: InputFile; expected: string }[] = [
    { name: 'junk bytes', input: file('junk.parquet', JUNK), expected: 'not a valid Parquet file' },
    { name: 'a CSV', input: file('c.parquet', 'a,b\n1,2\n'), expected: 'not a valid Parquet file' },
    { name: 'empty', input: file('e.parquet', ''), expected: 'not a valid Parquet file' },
    {
      name: 'truncated',
      input: file('t.parquet', written.slice(0, written.length - 10)),
      expected: 'not a valid Parquet file',
    },
    { name: 'damaged pages', input: file('d.parquet', damaged), expected: 'Cannot read d.parquet' },
  ];

  it.each(errors)('rejects $name', async ({ input, expected }) => {
    const error = await readError(() => readParquet(input));
    expect(error.message).toContain(expected);
  });

  it('writeParquet refuses ragged columns and values of the wrong type', () => {
    expect(() =>
      writeParquet([
        { name: 'a', type: 'STRING', values: ['x', 'y'] },
        { name: 'b', type: 'INT32', values: [1] },
      ]),
    ).toThrow('column "b" has 1 values, expected 2');
    expect(() => writeParquet([{ name: 'n', type: 'INT32', values: [1, 2.5] }])).toThrow(
      'column "n" (INT32) has 2.5 at row 1',
    );
    expect(() => writeParquet([{ name: 's', type: 'STRING', values: [3] }])).toThrow(
      'column "s" (STRING) has 3 at row 0',
    );
  });
});

describe('readXlsx', () => {
  const date = (y: number, m: number, d: number, h = 0, min = 0) => ({
    value: new Date(Date.UTC(y, m - 1, d, h, min)),
    type: Date,
    format: h || min ? 'yyyy-mm-dd hh:mm' : 'yyyy-mm-dd',
  });

  const cases: {
    name: string;
    input: () => Promise<InputFile>;
    expected: { headers: string[]; rows: string[][] };
  }[] = [
    {
      name: 'header, numbers without float noise, dates, empty cells, accents',
      input: async () =>
        file(
          'c.xlsx',
          await xlsxBytes([
            ['country', 'year', 'share', 'adopted', 'note', 'ok'],
            ['São Tomé', 2015, 0.1 + 0.2, date(2020, 5, 17), null, true],
            ['Côte d’Ivoire', -3, 1234567.125, date(2021, 1, 2, 13, 30), 'a "quoted"\nline', false],
          ]),
        ),
      expected: {
        headers: ['country', 'year', 'share', 'adopted', 'note', 'ok'],
        rows: [
          ['São Tomé', '2015', '0.3', '2020-05-17', '', 'true'],
          [
            'Côte d’Ivoire',
            '-3',
            '1234567.125',
            '2021-01-02 13:30:00',
            'a "quoted"\nline',
            'false',
          ],
        ],
      },
    },
    {
      name: 'leading and inner empty rows are skipped; short rows are padded to the header',
      input: async () =>
        file(
          'p.xlsx',
          await xlsxBytes([
            [],
            [null, null],
            ['a', 'b', 'c'],
            ['1'],
            [],
            [null, '2', null],
            ['  x  '],
          ]),
        ),
      expected: {
        headers: ['a', 'b', 'c'],
        rows: [
          ['1', '', ''],
          ['', '2', ''],
          ['  x  ', '', ''],
        ],
      },
    },
    {
      name: 'an empty header cell inside the header keeps its column',
      input: async () =>
        file(
          'h.xlsx',
          await xlsxBytes([
            ['a', null, 'c'],
            ['1', '2', '3'],
          ]),
        ),
      expected: { headers: ['a', '', 'c'], rows: [['1', '2', '3']] },
    },
  ];

  it.each(cases)('$name', async ({ input, expected }) => {
    const source = await input();
    const table = await readXlsx(source);
    expect(table).toEqual({ fileName: source.name, format: 'xlsx', ...expected });
  });

  const errors: { name: string; input: () => Promise<InputFile>; expected: string }[] = [
    {
      name: 'a value beyond the header width, named by row and column',
      input: async () =>
        file('wide.xlsx', await xlsxBytes([[], ['a', 'b'], ['1', '2'], ['3', '4', null, 'stray']])),
      expected:
        'row 4, column D holds "stray" but the header row (row 2) has only 2 columns; add a header for it or delete the value',
    },
    {
      name: 'an empty first sheet',
      input: async () => file('empty-sheet.xlsx', await xlsxBytes([[null]])),
      expected: 'the first sheet is empty',
    },
    {
      name: 'junk bytes',
      input: () => Promise.resolve(file('junk.xlsx', JUNK)),
      expected: 'not an .xlsx workbook',
    },
    {
      name: 'a CSV renamed to .xlsx',
      input: () => Promise.resolve(file('renamed.xlsx', 'id,title\n1,Open data\n')),
      expected: 'not an .xlsx workbook (an .xlsx file is a ZIP archive; this one is not)',
    },
    {
      name: 'a damaged ZIP',
      input: () =>
        Promise.resolve(file('zip.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...JUNK]))),
      expected: 'its ZIP archive cannot be unpacked',
    },
    {
      name: 'a legacy .xls',
      input: () =>
        Promise.resolve(
          file(
            'old.xlsx',
            new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...JUNK]),
          ),
        ),
      expected: 'legacy .xls workbook',
    },
    {
      name: 'an empty file',
      input: () => Promise.resolve(file('zero.xlsx', new Uint8Array(0))),
      expected: 'the file is empty',
    },
  ];

  it.each(errors)('rejects $name', async ({ input, expected }) => {
    const source = await input();
    const error = await readError(() => readXlsx(source));
    expect(error.fileName).toBe(source.name);
    expect(error.message).toContain(expected);
  });
});

describe('detectFormat', () => {
  const parquet = writeParquet([{ name: 'a', type: 'INT32', values: [1] }]);
  const xlsx = xlsxBytes([['a'], [1]]);

  const cases: { name: string; input: () => Promise<InputFile>; expected: string }[] = [
    ['data.csv', 'a,b\n1,2', 'csv'],
    ['data.tsv', 'a\tb', 'tsv'],
    ['DATA.CSV', 'a\tb', 'csv'],
    ['notes.txt', 'a,b', 'csv'],
    ['notes.txt', 'a\tb\n1,2', 'tsv'],
    ['c.json', '[{"a":1}]', 'json'],
    ['c.jsonl', '{"a":1}\n', 'json'],
    ['c.ndjson', 'not even json', 'json'],
    ['c.json', 'a,b', 'json'],
    ['download', '\uFEFF \n [ {"a":1}]', 'json'],
    ['export.csv', '{ "commitments": [] }', 'json'],
    ['export.csv', '[]', 'json'],
    ['brackets.csv', '[id],name\n1,x', 'csv'],
    ['braces', '{id}\tname', 'tsv'],
    ['download', 'a\tb\tc\n1\t2\t3', 'tsv'],
    ['download', 'a\tb,c', 'csv'],
    ['download.dat', 'a;b', 'csv'],
    ['', '', 'csv'],
    ['renamed.xlsx', 'id,title\n1,x', 'xlsx'],
  ]
    .map(([name, text, expected]) => ({
      name: `${name || '(no name)'} ${JSON.stringify(text)} → ${expected}`,
      input: () => Promise.resolve(file(name ?? '', text ?? '')),
      expected: expected ?? '',
    }))
    .concat([
      {
        name: 'x.parquet → parquet',
        input: async () => file('x.parquet', parquet),
        expected: 'parquet',
      },
      {
        name: 'no extension, PAR1 → parquet',
        input: async () => file('blob', parquet),
        expected: 'parquet',
      },
      {
        name: '.csv holding Parquet → parquet',
        input: async () => file('x.csv', parquet),
        expected: 'parquet',
      },
      { name: 'x.xlsx → xlsx', input: async () => file('x.xlsx', await xlsx), expected: 'xlsx' },
      {
        name: 'no extension, PK → xlsx',
        input: async () => file('sheet', await xlsx),
        expected: 'xlsx',
      },
      {
        name: '.json holding a ZIP → xlsx',
        input: async () => file('x.json', await xlsx),
        expected: 'xlsx',
      },
    ]);

  it.each(cases)('$name', async ({ input, expected }) => {
    expect(detectFormat(await input())).toBe(expected);
  });

  it('refuses files over the size limit before reading them', async () => {
    // Zero-filled pages are not touched, so this costs no real memory.
    const big = file('huge.json', new Uint8Array(MAX_FILE_BYTES + 1));
    const expected = 'Cannot read huge.json: the file is 150.1 MB; the limit is 150 MB.';
    expect(() => assertSize(big)).toThrow(expected);
    for (const read of [readJson, readParquet, readXlsx]) {
      expect((await readError(() => read(big))).message).toContain(expected);
    }
    expect(() => assertSize(file('ok.json', new Uint8Array(MAX_FILE_BYTES)))).not.toThrow();
    // CSV and TSV stream, so their limit is higher; a browser File is checked by its name.
    expect(sizeLimitFor('huge.json')).toBe(MAX_FILE_BYTES);
    expect(sizeLimitFor('x.XLSX')).toBe(MAX_FILE_BYTES);
    expect(sizeLimitFor('export.csv')).toBe(MAX_STREAMED_BYTES);
    expect(sizeLimitFor('export')).toBe(MAX_STREAMED_BYTES);
    expect(sizeLimitFor('a.constructor')).toBe(MAX_STREAMED_BYTES);
    expect(() => detectFormat(file('big.csv', new Uint8Array(MAX_FILE_BYTES + 1)))).not.toThrow();
    const huge = file('huge.csv', new Uint8Array(MAX_STREAMED_BYTES + 1));
    expect(() => detectFormat(huge)).toThrow(
      'Cannot read huge.csv: the file is 1024.1 MB; the limit is 1024 MB.',
    );
  });
});
