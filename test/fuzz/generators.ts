/**
 * fast-check generators of commitment files, well-formed and malformed, for every reader
 * (CSV/TSV, JSON/JSON Lines, Parquet, XLSX, plus binary junk), used by scripts/fuzz.ts and
 * test/fuzz/fuzz.test.ts.
 *
 * A case is generated as a plain-data spec (so fast-check can shrink it), then `buildCase` turns
 * it into files plus the ground truth the file carries where it has one: how many data records
 * it holds, and for each record the identifier (trimmed) and title a loader must keep.
 *
 * The files are serialised here, independently of the readers under test; Parquet and XLSX are
 * written by the writers the project already uses (src/ingest/write-parquet.ts, write-excel-file).
 */
import fc from 'fast-check';
import writeXlsxFile, { type Row as XlsxRow } from 'write-excel-file/universal';
import { writeParquet, type ParquetColumn } from '../../src/ingest/write-parquet';

export type Expect = 'load' | 'fail' | 'either';

export interface FuzzFile {
  name: string;
  bytes: Uint8Array;
}

/** What the loader must keep of one data record; null / undefined = not checked. */
export interface ExpectedRow {
  /** The identifier as the loader trims it; null when the cell is not a plain string. */
  id: string | null;
  /** The title exactly; undefined when not checked. */
  title?: string | null;
}

export interface FuzzCase {
  /** Family and variant, e.g. "csv:none", "json:truncate", "pair(csv:none+parquet:flip)". */
  kind: string;
  files: FuzzFile[];
  /** True number of data records over all files, when the files have a definite one. */
  records: number | null;
  /** load: must load; fail: must be refused (FileReadError / UnmappedHeadersError); either. */
  expect: Expect;
  /** Per file name, the data records in file order (source_row = index + 1), when known. */
  rows: Record<string, ExpectedRow[]>;
}

export interface GeneratorOptions {
  /** Most data rows per file. */
  maxRows: number;
  /** Longest "long" cell in ordinary cases (characters). */
  maxLong: number;
  /** Whether a few cases carry one field of up to ~1 MB. */
  huge: boolean;
  /** Whether a few cases have hundreds of columns. */
  wide: boolean;
}

export const SMALL: GeneratorOptions = { maxRows: 10, maxLong: 2_000, huge: false, wide: false };
export const FULL: GeneratorOptions = { maxRows: 30, maxLong: 20_000, huge: true, wide: true };

// ---------------------------------------------------------------------------------------------
// Cells

/** A cell as generated: JSON keeps the type, text formats render it (renderText). */
export type CellValue = string | number | boolean | null | { nested: unknown };

type Role =
  | 'id'
  | 'member'
  | 'title'
  | 'kind'
  | 'label'
  | 'flag'
  | 'year'
  | 'int'
  | 'dummy'
  | 'date'
  | 'values'
  | 'free';

const LABELS = [
  'Substantial',
  'Limited',
  'Complete',
  'Not started',
  'ND',
  'NR',
  'NA',
  'N/A',
  'Yes',
  'No',
  'High',
  'Medium',
  'Low',
  'None',
  'Minor',
  'Moderate',
  'Transformative',
  'Modest',
  'Unclear',
  'Major',
  'Marginal',
  'Worsened',
  'Did not change',
  'Outstanding',
  'Significant',
  'No notable results',
  'Pending IRM review',
  'Substantiel',
  'Sustancial',
  'limitée',
  "n'a pas changé",
  '-',
  '?',
  '1',
  '0',
];

/** Characters and sequences that break naive CSV, JSON or XML handling. */
const TRICKY = [
  '"',
  '""',
  ',',
  ';',
  '\t',
  '|',
  '\n',
  '\r',
  '\r\n',
  ' ',
  '\u0000',
  '\uFEFF',
  '=',
  '+',
  '-',
  '@',
  "'",
  '\\',
  '\\"',
  'é',
  'É',
  'ñ',
  'ç',
  'e\u0301',
  'ø',
  '😀',
  '👩🏽‍🚒',
  '\u2028',
  '\u00a0',
  '\u200b',
  'ا',
  '中',
  '\uD800',
  '\uDFFF',
  '{',
  '[',
  '<',
  '&amp;',
  ']]>',
  '.',
  ':',
  '*',
  '¿',
  'constructor',
  '__proto__',
  'toString',
  'a',
  'b',
];

const word = fc.string({
  unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 '),
  minLength: 1,
  maxLength: 12,
});
const tricky = fc.array(fc.constantFrom(...TRICKY), { maxLength: 10 }).map((a) => a.join(''));
const formula = fc
  .tuple(fc.constantFrom('=', '+', '-', '@', '\t', '\r'), word)
  .map(([p, w]) => `${p}${w}`);

/** prefix + unit × times + suffix, capped at `max` characters. */
function repeated(max: number, minTimes = 1) {
  return fc
    .record({
      prefix: fc.oneof(fc.constant(''), word, tricky),
      unit: fc.oneof(
        word,
        fc.constantFrom(...TRICKY),
        fc.string({ unit: 'grapheme', maxLength: 4 }),
        // Runs of one character: what backtracking regular expressions choke on.
        fc.constantFrom('.', '-', '*', ' ', ',', ';', ':', '!', '?', '=', '0', '"', '\n', 'é'),
      ),
      times: fc.integer({ min: minTimes, max: Math.max(minTimes, max) }),
      suffix: fc.oneof(fc.constant(''), word, tricky),
    })
    .map(({ prefix, unit, times, suffix }) => {
      const u = unit === '' ? 'x' : unit;
      return prefix + u.repeat(Math.max(1, Math.min(times, Math.floor(max / u.length)))) + suffix;
    });
}

function textArb(o: GeneratorOptions) {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constant('') },
    { weight: 6, arbitrary: word },
    { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 24 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
    { weight: 4, arbitrary: tricky },
    { weight: 2, arbitrary: formula },
    { weight: 1, arbitrary: repeated(o.maxLong) },
  );
}

const nested: fc.Arbitrary<CellValue> = fc
  .jsonValue({ maxDepth: 3 })
  .filter((v) => typeof v === 'object' && v !== null)
  .map((v) => ({ nested: v }));

function cellArb(o: GeneratorOptions): fc.Arbitrary<CellValue> {
  return fc.oneof(
    { weight: 14, arbitrary: textArb(o) },
    { weight: 1, arbitrary: fc.integer() },
    { weight: 1, arbitrary: fc.double() },
    { weight: 1, arbitrary: fc.boolean() },
    { weight: 1, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: nested },
  );
}

function roleArb(role: Role, o: GeneratorOptions): fc.Arbitrary<CellValue> {
  const cell = cellArb(o);
  const mix = (values: readonly string[]) =>
    fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...values) }, { weight: 1, arbitrary: cell });
  switch (role) {
    case 'member':
      return mix([
        'Colombia',
        'France',
        'Bogotá, Colombia',
        "Côte d'Ivoire",
        'Scotland, United Kingdom',
      ]);
    case 'kind':
      return mix(['National', 'Local', 'Legacy Local', 'Other', 'subnacional', '', 'constructor']);
    case 'label':
      return mix(LABELS);
    case 'flag':
      return mix(['1', '0', '', 'Yes', 'No', 'x']);
    case 'year':
      return fc.oneof(
        { weight: 3, arbitrary: fc.integer({ min: 1985, max: 2105 }).map(String) },
        { weight: 1, arbitrary: fc.constantFrom('', '20xx', ' 2015 ', '2015.0') },
        { weight: 1, arbitrary: cell },
      );
    case 'int':
      return fc.oneof(fc.nat({ max: 40 }).map(String), fc.constantFrom('', '1234567', '-1'), cell);
    case 'dummy':
      return fc.constantFrom<CellValue>('1', '1', '1', '0', ' 0 ', '', 'x', 0, 1);
    case 'date':
      return mix([
        '1/1/2024',
        'July 2014',
        'décembre 2023',
        '2023-02-30',
        '2019-07',
        'NA',
        'Not specified',
        'constructor 2020',
      ]);
    case 'values':
      return mix(['Access to Information; Civic Participation', 'ati,cp', 'Public Accountability']);
    case 'id':
    case 'title':
    case 'free':
      return cell;
  }
}

/** How an identifier cell is made: unique by default, sometimes blank, repeated or random. */
type IdToken =
  | { k: 'auto'; pre: string; post: string }
  | { k: 'blank'; text: string }
  | { k: 'dup' }
  | { k: 'raw'; v: CellValue };

// Decorations contain no digit, "I", "D" or "-", so "ID-<n>-" stays unique after trimming.
const DECOR = [
  '',
  '',
  '',
  ' ',
  '  ',
  '\t',
  'é',
  '😀',
  '"',
  ',',
  ';',
  '\n',
  '=',
  "'",
  '\uFEFF',
  'x',
];
function idTokenArb(o: GeneratorOptions): fc.Arbitrary<IdToken> {
  return fc.oneof(
    {
      weight: 12,
      arbitrary: fc.record({
        k: fc.constant('auto' as const),
        pre: fc.constantFrom(...DECOR),
        post: fc.constantFrom(...DECOR),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        k: fc.constant('blank' as const),
        text: fc.constantFrom('', ' ', '\t'),
      }),
    },
    { weight: 1, arbitrary: fc.constant({ k: 'dup' as const }) },
    { weight: 1, arbitrary: fc.record({ k: fc.constant('raw' as const), v: cellArb(o) }) },
  );
}

// ---------------------------------------------------------------------------------------------
// Tables

interface Column {
  header: string;
  role: Role;
  /** A column that gives a field (export or canonical name): duplicating it must fail. */
  known: boolean;
}

/** Export policy-area columns: known, but a repeated one is not an error. */
const POLICY_AREAS = new Set(['Open Data', 'Gender']);

export interface Table {
  layout: 'export' | 'canonical';
  columns: Column[];
  /** Row-major cells, columns in the order above. */
  rows: CellValue[][];
}

const EXPORT_COLUMNS: readonly (readonly [string, Role])[] = [
  ['Country/Locality', 'member'],
  ['Commitment Title', 'title'],
  ['Action Plan Number', 'int'],
  ['Commitment Number', 'free'],
  ['Code', 'free'],
  ['Region', 'free'],
  ['National Or Local', 'kind'],
  ['Commitment Dummy', 'dummy'],
  ['Year Of Submission', 'year'],
  ['Action Plan End Year', 'year'],
  ['Theme', 'free'],
  ['Full Text', 'free'],
  ['Specificity', 'label'],
  ['Verifiable', 'label'],
  ['OGP Value Access To Information', 'flag'],
  ['OGP Value Civic Participation', 'flag'],
  ['OGP Value Public Accountability', 'flag'],
  ['_Relevant', 'flag'],
  ['Potential Impact', 'label'],
  ['Completion (Progress Report)', 'label'],
  ['Potential for Results', 'label'],
  ['Completion (End Of Term)', 'label'],
  ['Early Results', 'label'],
  ['Did It Open Government (Overall)', 'label'],
  ['Did It Open Government: Public Accountability', 'label'],
  ['Starred (Current Formula) End of Term', 'flag'],
  ['Starred (2015 Only)', 'flag'],
  ['Start Date', 'date'],
  ['End Date', 'date'],
  ['Action Plan ID', 'free'],
  ['URL', 'free'],
  ['High Ambition', 'flag'],
  ['Open Data', 'flag'],
  ['Gender', 'flag'],
];

const CANONICAL_COLUMNS: readonly (readonly [string, Role])[] = [
  ['member', 'member'],
  ['title', 'title'],
  ['member_code', 'free'],
  ['kind', 'kind'],
  ['region', 'free'],
  ['parent_country', 'free'],
  ['action_plan_id', 'free'],
  ['plan_number', 'int'],
  ['year_submission', 'year'],
  ['year_end', 'year'],
  ['commitment_number', 'free'],
  ['short_title', 'free'],
  ['full_text', 'free'],
  ['policy_areas', 'free'],
  ['ogp_values', 'values'],
  ['start_date', 'date'],
  ['end_date', 'date'],
  ['specificity', 'label'],
  ['verifiable', 'label'],
  ['relevant', 'label'],
  ['potential_impact', 'label'],
  ['potential_results', 'label'],
  ['ambition', 'label'],
  ['completion_midterm', 'label'],
  ['completion_eot', 'label'],
  ['diog_overall', 'label'],
  ['diog_cp', 'label'],
  ['early_results', 'label'],
  ['starred', 'flag'],
  ['promising', 'flag'],
  ['source', 'free'],
];

/** Spellings the loader must accept for the same header (case, spacing). */
type Spelling = 'as-is' | 'upper' | 'lower' | 'spaced';
const spellingArb = fc.constantFrom<Spelling>(
  'as-is',
  'as-is',
  'as-is',
  'upper',
  'lower',
  'spaced',
);
function spell(header: string, s: Spelling): string {
  if (s === 'upper') return header.toUpperCase();
  if (s === 'lower') return header.toLowerCase();
  if (s === 'spaced') return ` ${header.replaceAll(' ', '  ')} `;
  return header;
}

/** Headers the loader does not know ("zz" starts no export or canonical column). */
const unknownHeader = fc.oneof(
  { weight: 4, arbitrary: word.map((w) => `zz ${w}`) },
  { weight: 2, arbitrary: tricky.map((t) => `zz${t}`) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 10 }).map((t) => `zz${t}`) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('', 'constructor', '__proto__', 'toString', 'hasOwnProperty'),
  },
);

function tableArb(o: GeneratorOptions): fc.Arbitrary<Table> {
  return fc
    .record({
      layout: fc.constantFrom<Table['layout']>('export', 'canonical'),
      idSpelling: spellingArb,
      hasMember: fc.double({ min: 0, max: 1, noNaN: true }).map((x) => x < 0.85),
      picks: fc.array(fc.tuple(fc.nat(), spellingArb), { maxLength: 8 }),
      unknown: o.wide
        ? fc.oneof(
            { weight: 30, arbitrary: fc.array(unknownHeader, { maxLength: 3 }) },
            { weight: 1, arbitrary: fc.array(unknownHeader, { minLength: 50, maxLength: 300 }) },
          )
        : fc.array(unknownHeader, { maxLength: 3 }),
      order: fc.array(fc.nat(), { maxLength: 8 }),
      n: fc.integer({ min: 0, max: o.maxRows }),
    })
    .chain(({ layout, idSpelling, hasMember, picks, unknown, order, n }) => {
      const catalogue = layout === 'export' ? EXPORT_COLUMNS : CANONICAL_COLUMNS;
      const idHeader = layout === 'export' ? 'Commitment Unique Identifier' : 'commitment_id';
      const columns: Column[] = [{ header: spell(idHeader, idSpelling), role: 'id', known: true }];
      const used = new Set<string>();
      const add = (index: number, spelling: Spelling) => {
        const entry = catalogue[index % catalogue.length];
        if (!entry || used.has(entry[0])) return;
        used.add(entry[0]);
        columns.push({
          header: spell(entry[0], spelling),
          role: entry[1],
          known: !POLICY_AREAS.has(entry[0]),
        });
      };
      if (hasMember) add(0, 'as-is');
      for (const [index, spelling] of picks) add(index, spelling);
      for (const header of unknown) columns.push({ header, role: 'free', known: false });
      if (columns.length < 2) columns.push({ header: 'zz extra', role: 'free', known: false });
      // Shuffle deterministically from the generated order.
      order.forEach((k, i) => {
        const a = i % columns.length;
        const b = k % columns.length;
        [columns[a], columns[b]] = [columns[b]!, columns[a]!];
      });
      const perColumn = columns.map((c) =>
        c.role === 'id'
          ? fc.constant<CellValue[]>([])
          : fc.array(roleArb(c.role, o), { minLength: n, maxLength: n }),
      );
      return fc
        .record({
          ids: fc.array(idTokenArb(o), { minLength: n, maxLength: n }),
          cells: fc.tuple(...perColumn),
        })
        .map(({ ids, cells }): Table => {
          const idValues = resolveIds(ids);
          const rows = Array.from({ length: n }, (_, r) =>
            columns.map((c, ci) => (c.role === 'id' ? idValues[r]! : (cells[ci]?.[r] ?? ''))),
          );
          return { layout, columns, rows };
        });
    });
}

function resolveIds(tokens: IdToken[]): CellValue[] {
  const out: CellValue[] = [];
  tokens.forEach((t, i) => {
    if (t.k === 'auto') out.push(`${t.pre}ID-${i}-${t.post}`);
    else if (t.k === 'blank') out.push(t.text);
    else if (t.k === 'dup') out.push(out[0] ?? `ID-${i}-`);
    else out.push(t.v);
  });
  return out;
}

/** A table whose every row keeps its identifier: for the "good" file of a pair. */
function plainTableArb(o: GeneratorOptions): fc.Arbitrary<Table> {
  return tableArb({ ...o, wide: false }).map((t) => ({
    ...t,
    rows: t.rows.map((row, r) =>
      row.map((v, c) => (t.columns[c]?.role === 'id' ? `GOOD-${r}` : v)),
    ),
  }));
}

// ---------------------------------------------------------------------------------------------
// Text rendering and ground truth

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The text a cell becomes in a text format (CSV/TSV) or in a STRING column. */
export function renderText(v: CellValue): string {
  if (v === null) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return JSON.stringify(v.nested);
}

/** Lone surrogates cannot be encoded: UTF-8 writers put U+FFFD in their place. */
export function wellFormed(s: string): string {
  return decoder.decode(encoder.encode(s));
}

function expectedRows(table: Table, asText: boolean): ExpectedRow[] {
  const idCol = table.columns.findIndex((c) => c.role === 'id');
  const titleCol = table.columns.findIndex((c) => c.role === 'title');
  return table.rows.map((row) => {
    const id = idCol === -1 ? undefined : row[idCol];
    const title = titleCol === -1 ? undefined : row[titleCol];
    const text = (v: CellValue | undefined) =>
      v === undefined ? null : asText || typeof v === 'string' ? wellFormed(renderText(v)) : null;
    const idText = text(id);
    return {
      id: idText === null ? null : idText.trim(),
      title:
        titleCol === -1
          ? null
          : asText || typeof title === 'string'
            ? text(title) || null
            : undefined,
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Byte-level corruption

export type Corruption =
  | { c: 'none' }
  | { c: 'truncate'; at: number }
  | { c: 'flip'; flips: { at: number; xor: number }[] }
  | { c: 'zero'; at: number; length: number }
  | { c: 'append'; junk: Uint8Array };

const fraction = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });

const corruptionArb: fc.Arbitrary<Corruption> = fc.oneof(
  fc.record({ c: fc.constant('truncate' as const), at: fraction }),
  fc.record({
    c: fc.constant('flip' as const),
    flips: fc.array(fc.record({ at: fraction, xor: fc.integer({ min: 1, max: 255 }) }), {
      minLength: 1,
      maxLength: 8,
    }),
  }),
  fc.record({
    c: fc.constant('zero' as const),
    at: fraction,
    length: fc.integer({ min: 1, max: 64 }),
  }),
  fc.record({
    c: fc.constant('append' as const),
    junk: fc.uint8Array({ minLength: 1, maxLength: 64 }),
  }),
);

function corrupt(bytes: Uint8Array, k: Corruption): Uint8Array {
  const pos = (f: number) => Math.min(bytes.length - 1, Math.floor(f * bytes.length));
  switch (k.c) {
    case 'none':
      return bytes;
    case 'truncate':
      return bytes.slice(0, Math.floor(k.at * bytes.length));
    case 'flip': {
      const out = bytes.slice();
      for (const f of k.flips) if (out.length > 0) out[pos(f.at)]! ^= f.xor;
      return out;
    }
    case 'zero': {
      const out = bytes.slice();
      out.fill(0, pos(k.at), pos(k.at) + k.length);
      return out;
    }
    case 'append': {
      const out = new Uint8Array(bytes.length + k.junk.length);
      out.set(bytes);
      out.set(k.junk, bytes.length);
      return out;
    }
  }
}

/** Whether a corruption leaves bytes [0, end) untouched and the file's length as it was. */
function onlyTouches(bytes: Uint8Array, k: Corruption, from: number, to: number): boolean {
  const pos = (f: number) => Math.min(bytes.length - 1, Math.floor(f * bytes.length));
  if (k.c === 'flip') return k.flips.every((f) => pos(f.at) >= from && pos(f.at) < to);
  if (k.c === 'zero') return pos(k.at) >= from && pos(k.at) + k.length <= to;
  return false;
}

// ---------------------------------------------------------------------------------------------
// CSV / TSV

type Delimiter = ',' | '\t' | ';' | '|';
type Eol = 'LF' | 'CRLF' | 'CR' | 'mixed';

interface DelimitedFormat {
  delimiter: Delimiter;
  ext: string;
  eol: Eol;
  /** For eol = mixed: which line break ends record i (cycled). */
  eolPicks: number[];
  bom: boolean;
  quoteAll: boolean;
  trailingEol: boolean;
}

type DelimitedMutation =
  | { m: 'none' }
  | { m: 'ragged'; row: number; extra: boolean }
  | { m: 'blank-lines'; after: number[]; whitespace: boolean }
  | { m: 'stray-quote'; at: number }
  | { m: 'drop-char'; at: number }
  | { m: 'truncate'; at: number }
  | { m: 'nul-bytes'; at: number[] }
  | { m: 'latin1' }
  | { m: 'utf16' }
  | { m: 'duplicate-header'; column: number; exact: boolean }
  | { m: 'no-id' }
  | { m: 'rename'; ext: string };

const EXT_BY_DELIMITER: Record<Delimiter, string[]> = {
  ',': ['csv', 'csv', 'txt', 'CSV', ''],
  '\t': ['tsv', 'tsv', 'txt', '', 'csv'],
  ';': ['csv', 'txt', ''],
  '|': ['csv', 'txt'],
};

const delimitedFormatArb: fc.Arbitrary<DelimitedFormat> = fc
  .constantFrom<Delimiter>(',', ',', ',', '\t', '\t', ';', '|')
  .chain((delimiter) =>
    fc.record({
      delimiter: fc.constant(delimiter),
      ext: fc.constantFrom(...EXT_BY_DELIMITER[delimiter]),
      eol: fc.constantFrom<Eol>('LF', 'LF', 'CRLF', 'CRLF', 'CR', 'mixed'),
      eolPicks: fc.array(fc.nat({ max: 2 }), { minLength: 1, maxLength: 6 }),
      bom: fc.boolean(),
      quoteAll: fc.boolean(),
      trailingEol: fc.double({ min: 0, max: 1, noNaN: true }).map((x) => x < 0.85),
    }),
  );

const delimitedMutationArb: fc.Arbitrary<DelimitedMutation> = fc.oneof(
  { weight: 6, arbitrary: fc.constant({ m: 'none' as const }) },
  {
    weight: 1,
    arbitrary: fc.record({ m: fc.constant('ragged' as const), row: fraction, extra: fc.boolean() }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      m: fc.constant('blank-lines' as const),
      after: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
      whitespace: fc.boolean(),
    }),
  },
  { weight: 1, arbitrary: fc.record({ m: fc.constant('stray-quote' as const), at: fraction }) },
  { weight: 1, arbitrary: fc.record({ m: fc.constant('drop-char' as const), at: fraction }) },
  { weight: 1, arbitrary: fc.record({ m: fc.constant('truncate' as const), at: fraction }) },
  {
    weight: 1,
    arbitrary: fc.record({
      m: fc.constant('nul-bytes' as const),
      at: fc.array(fraction, { minLength: 1, maxLength: 4 }),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ m: 'latin1' as const }) },
  { weight: 1, arbitrary: fc.constant({ m: 'utf16' as const }) },
  {
    weight: 1,
    arbitrary: fc.record({
      m: fc.constant('duplicate-header' as const),
      column: fc.nat(),
      exact: fc.boolean(),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ m: 'no-id' as const }) },
  {
    weight: 1,
    arbitrary: fc.record({
      m: fc.constant('rename' as const),
      ext: fc.constantFrom(
        'json',
        'jsonl',
        'parquet',
        'xlsx',
        'bin',
        'tsv',
        'csv',
        '',
        'constructor',
        '__proto__',
      ),
    }),
  },
);

const LINE_BREAKS = ['\n', '\r\n', '\r'] as const;

function quoteCell(text: string, f: DelimitedFormat, header: boolean): string {
  const needs =
    text.includes(f.delimiter) || /["\r\n]/.test(text) || (header && /[,;\t|]/.test(text));
  return needs || f.quoteAll ? `"${text.replaceAll('"', '""')}"` : text;
}

function serialiseDelimited(
  headers: string[],
  rows: string[][],
  f: DelimitedFormat,
  blankAfter: ReadonlySet<number> = new Set(),
  blank = '',
): string {
  const eolAt = (i: number): string => {
    if (f.eol === 'LF') return '\n';
    if (f.eol === 'CRLF') return '\r\n';
    if (f.eol === 'CR') return '\r';
    return LINE_BREAKS[(f.eolPicks[i % f.eolPicks.length] ?? 0) % 3]!;
  };
  const records = [headers, ...rows].map((r, i) =>
    r.map((c) => quoteCell(c, f, i === 0)).join(f.delimiter),
  );
  let text = f.bom ? '\uFEFF' : '';
  records.forEach((rec, i) => {
    const last = i === records.length - 1;
    text += rec;
    if (!last || f.trailingEol) text += eolAt(i);
    if (blankAfter.has(i) && (!last || f.trailingEol)) text += blank + eolAt(i);
  });
  return text;
}

interface DelimitedSpec {
  t: 'delimited';
  table: Table;
  fmt: DelimitedFormat;
  mutation: DelimitedMutation;
}

function buildDelimited(spec: DelimitedSpec, prefix = ''): FuzzCase {
  const { table, fmt, mutation } = spec;
  let columns = table.columns;
  let rows = table.rows;
  const name = (ext: string) => `${prefix}fuzz${ext === '' ? '' : `.${ext}`}`;
  let fileName = name(fmt.ext);
  let expect: Expect = 'load';
  let records: number | null = rows.length;
  let truth = true;
  let blankAfter = new Set<number>();
  let blank = '';

  if (mutation.m === 'duplicate-header') {
    const known = columns.filter((c) => c.known);
    const pick = known[mutation.column % known.length];
    if (pick) {
      const at = columns.indexOf(pick);
      const copy = { ...pick, header: mutation.exact ? pick.header : pick.header.toUpperCase() };
      columns = [...columns, copy];
      rows = rows.map((r) => [...r, r[at] ?? '']);
      expect = 'fail';
    }
  } else if (mutation.m === 'no-id') {
    const at = columns.findIndex((c) => c.role === 'id');
    columns = columns.filter((_, i) => i !== at);
    rows = rows.map((r) => r.filter((_, i) => i !== at));
    expect = 'fail';
    truth = false;
  } else if (mutation.m === 'blank-lines') {
    blankAfter = new Set(mutation.after.map((a) => a % (rows.length + 1)));
    blank = mutation.whitespace ? ' ' : '';
    // An empty line is no record; a line of spaces is a ragged record of one field.
    expect = mutation.whitespace ? 'either' : 'load';
  } else if (mutation.m === 'rename') {
    fileName = name(mutation.ext);
    expect = 'either';
  }

  const headerTexts = columns.map((c) => c.header);
  let rowTexts = rows.map((r) => r.map(renderText));
  if (mutation.m === 'ragged' && rowTexts.length > 0) {
    const at = Math.floor(mutation.row * rowTexts.length);
    rowTexts = rowTexts.map((r, i) =>
      i !== at ? r : mutation.extra ? [...r, 'extra'] : r.slice(0, Math.max(1, r.length - 1)),
    );
    // A single-column header cannot lose a field; the row then stays well-formed.
    if (rowTexts[at]!.length !== headerTexts.length) expect = 'fail';
  }
  const text = serialiseDelimited(headerTexts, rowTexts, fmt, blankAfter, blank);
  let bytes = encoder.encode(text);

  switch (mutation.m) {
    case 'stray-quote':
    case 'drop-char':
    case 'truncate':
    case 'nul-bytes': {
      const chars = [...text];
      const at = (f: number) => Math.floor(f * chars.length);
      if (mutation.m === 'stray-quote') chars.splice(at(mutation.at), 0, '"');
      else if (mutation.m === 'drop-char') chars.splice(at(mutation.at), 1);
      else if (mutation.m === 'truncate') chars.length = at(mutation.at);
      else for (const f of mutation.at) chars.splice(at(f), 0, '\u0000');
      bytes = encoder.encode(chars.join(''));
      expect = 'either';
      records = null;
      truth = false;
      break;
    }
    case 'latin1': {
      bytes = Uint8Array.from([...text.replace(/^\uFEFF/, '')], (ch) => {
        const code = ch.codePointAt(0)!;
        return code <= 0xff ? code : 0x3f;
      });
      expect = 'either';
      truth = false;
      break;
    }
    case 'utf16': {
      const units = `\uFEFF${text.replace(/^\uFEFF/, '')}`;
      bytes = new Uint8Array(units.length * 2);
      for (let i = 0; i < units.length; i++) {
        const u = units.charCodeAt(i);
        bytes[2 * i] = u & 0xff;
        bytes[2 * i + 1] = u >> 8;
      }
      expect = 'either';
      records = null;
      truth = false;
      break;
    }
    default:
      break;
  }
  return {
    kind: `csv:${mutation.m}`,
    files: [{ name: fileName, bytes }],
    records,
    expect,
    rows: truth ? { [fileName]: expectedRows({ ...table, columns, rows }, true) } : {},
  };
}

// ---------------------------------------------------------------------------------------------
// JSON

interface JsonFormat {
  shape: 'array' | 'wrapper' | 'lines' | 'lines-as-json';
  wrapperKey: 'commitments' | 'rows' | 'data';
  bom: boolean;
  indent: 0 | 2;
  /** null cells become missing keys. */
  omitNull: boolean;
  crlf: boolean;
}

type JsonMutation =
  | { m: 'none' }
  | { m: 'truncate'; at: number }
  | { m: 'non-object'; at: number; value: unknown }
  | { m: 'scalar'; value: unknown }
  | { m: 'other-object' }
  | { m: 'invalid-utf8'; at: number }
  | { m: 'deep'; depth: number; row: number; column: number }
  | { m: 'no-id' }
  | { m: 'duplicate-key' }
  | { m: 'empty-objects' };

const jsonFormatArb: fc.Arbitrary<JsonFormat> = fc.record({
  shape: fc.constantFrom<JsonFormat['shape']>(
    'array',
    'array',
    'wrapper',
    'lines',
    'lines-as-json',
  ),
  wrapperKey: fc.constantFrom<JsonFormat['wrapperKey']>('commitments', 'rows', 'data'),
  bom: fc.boolean(),
  indent: fc.constantFrom<0 | 2>(0, 2),
  omitNull: fc.boolean(),
  crlf: fc.boolean(),
});

const jsonMutationArb: fc.Arbitrary<JsonMutation> = fc.oneof(
  { weight: 6, arbitrary: fc.constant({ m: 'none' as const }) },
  { weight: 1, arbitrary: fc.record({ m: fc.constant('truncate' as const), at: fraction }) },
  {
    weight: 1,
    arbitrary: fc.record({
      m: fc.constant('non-object' as const),
      at: fraction,
      value: fc
        .jsonValue({ maxDepth: 1 })
        .filter((v) => typeof v !== 'object' || v === null || Array.isArray(v)),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      m: fc.constant('scalar' as const),
      value: fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.boolean()),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ m: 'other-object' as const }) },
  { weight: 1, arbitrary: fc.record({ m: fc.constant('invalid-utf8' as const), at: fraction }) },
  {
    weight: 1,
    arbitrary: fc.record({
      m: fc.constant('deep' as const),
      depth: fc.oneof(
        fc.integer({ min: 10, max: 2_000 }),
        fc.integer({ min: 2_000, max: 200_000 }),
      ),
      row: fraction,
      column: fc.nat(),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ m: 'no-id' as const }) },
  { weight: 1, arbitrary: fc.constant({ m: 'duplicate-key' as const }) },
  { weight: 1, arbitrary: fc.constant({ m: 'empty-objects' as const }) },
);

function jsonValueOf(v: CellValue): unknown {
  return typeof v === 'object' && v !== null ? v.nested : v;
}

interface JsonSpec {
  t: 'json';
  table: Table;
  fmt: JsonFormat;
  mutation: JsonMutation;
}

function buildJson(spec: JsonSpec, prefix = ''): FuzzCase {
  const { table, fmt, mutation } = spec;
  const lines = fmt.shape === 'lines' || fmt.shape === 'lines-as-json';
  const fileName = `${prefix}fuzz.${fmt.shape === 'lines' ? 'jsonl' : 'json'}`;
  let columns = table.columns;
  let rows = table.rows;
  let expect: Expect = 'load';
  let records: number | null = rows.length;
  let truth = true;
  if (mutation.m === 'no-id') {
    const at = columns.findIndex((c) => c.role === 'id');
    columns = columns.filter((_, i) => i !== at);
    rows = rows.map((r) => r.filter((_, i) => i !== at));
    expect = 'fail';
  }
  let objects: Record<string, unknown>[] = rows.map((row) =>
    Object.fromEntries(
      columns.flatMap((c, i) => {
        const v = row[i] ?? null;
        return v === null && fmt.omitNull ? [] : [[c.header, jsonValueOf(v)]];
      }),
    ),
  );
  // Each object has every key but omitted nulls: the first one lists the id (canonical check).
  if (mutation.m === 'duplicate-key' && objects.length > 0) {
    const id = columns.find((c) => c.role === 'id');
    if (id) {
      objects[0] = { ...objects[0], [id.header.trim().toUpperCase() + ' ']: 'dup' };
      expect = 'fail';
    }
  }
  if (mutation.m === 'empty-objects') {
    objects = objects.map(() => ({}));
    expect = 'fail';
  }
  if (mutation.m === 'deep' && objects.length > 0) {
    const r = Math.floor(mutation.row * objects.length);
    const key = columns[mutation.column % columns.length]?.header ?? 'zz deep';
    // Spliced in as text (see stringify below): JSON.stringify could not write a value this deep.
    const deep = { __raw: `${'['.repeat(mutation.depth)}${']'.repeat(mutation.depth)}` };
    objects[r] = { ...objects[r], [key]: deep };
    const role = columns[mutation.column % columns.length]?.role;
    if (role === 'id' || role === 'title') truth = false;
    expect = 'either';
  }
  // No object names the identifier (all null and omitted, or no rows): refusing is right too.
  const idHeader = columns.find((c) => c.role === 'id')?.header;
  if (
    expect === 'load' &&
    !objects.some((o) => idHeader !== undefined && Object.hasOwn(o, idHeader))
  )
    expect = 'either';
  let items: unknown[] = objects;
  if (mutation.m === 'non-object' && items.length > 0) {
    items = [...items];
    items[Math.floor(mutation.at * items.length)] = mutation.value;
    expect = 'fail';
  }
  const stringify = (v: unknown, indent: number) =>
    JSON.stringify(v, null, indent).replace(/\{"__raw":"(\[*\]*)"\}/g, '$1');
  let text: string;
  const nl = fmt.crlf ? '\r\n' : '\n';
  if (mutation.m === 'scalar') {
    text = JSON.stringify(mutation.value) ?? 'null';
    expect = 'fail';
    records = null;
  } else if (mutation.m === 'other-object') {
    text = JSON.stringify({ meta: { version: 1 }, items: objects }, null, fmt.indent);
    expect = 'fail';
    records = null;
  } else if (lines) {
    text = items.map((o) => stringify(o, 0)).join(nl) + (items.length > 0 ? nl : '');
    if (fmt.shape === 'lines-as-json' && items.length < 2) expect = 'either';
    if (items.length === 0) expect = 'fail';
  } else if (fmt.shape === 'wrapper') {
    text = stringify({ source: 'fuzz', [fmt.wrapperKey]: items }, fmt.indent);
  } else {
    text = stringify(items, fmt.indent);
  }
  if (fmt.indent === 2 && fmt.crlf && !lines) text = text.replaceAll('\n', '\r\n');
  let bytes = encoder.encode((fmt.bom ? '\uFEFF' : '') + text);
  if (mutation.m === 'truncate') {
    bytes = bytes.slice(0, Math.floor(mutation.at * bytes.length));
    expect = 'either';
    records = null;
    truth = false;
  } else if (mutation.m === 'invalid-utf8') {
    const at = Math.floor(mutation.at * bytes.length);
    bytes = Uint8Array.from([...bytes.slice(0, at), 0xc3, 0x28, 0xff, ...bytes.slice(at)]);
    expect = 'fail';
    records = null;
    truth = false;
  }
  return {
    kind: `json:${fmt.shape}:${mutation.m}`,
    files: [{ name: fileName, bytes }],
    records,
    expect,
    rows:
      truth && expect !== 'fail'
        ? { [fileName]: expectedRows({ ...table, columns, rows }, false) }
        : {},
  };
}

// ---------------------------------------------------------------------------------------------
// Parquet

type ParquetType = ParquetColumn['type'];

interface ParquetSpec {
  t: 'parquet';
  table: Table;
  /** Type of each non-identifier column (cycled); values that do not fit become null. */
  types: ParquetType[];
  nullBlank: boolean;
  corruption: Corruption;
}

function toParquetValue(v: CellValue, type: ParquetType): string | number | boolean | null {
  if (v === null) return null;
  switch (type) {
    case 'STRING':
      return renderText(v);
    case 'BOOLEAN':
      return typeof v === 'boolean' ? v : null;
    case 'DOUBLE':
      return typeof v === 'number' ? v : Number.isFinite(Number(v)) && v !== '' ? Number(v) : null;
    case 'INT32': {
      const n = typeof v === 'number' ? v : Number(v);
      return Number.isInteger(n) && Math.abs(n) < 2 ** 31 && v !== '' ? n : null;
    }
  }
}

function buildParquet(spec: ParquetSpec, prefix = ''): FuzzCase {
  const { table } = spec;
  // hyparquet-writer cannot write two columns of one name; the second gets a suffix.
  const names = new Set<string>();
  const unique = (name: string): string => {
    let n = name;
    while (names.has(n)) n = `${n}_`;
    names.add(n);
    return n;
  };
  const columns: ParquetColumn[] = table.columns.map((c, ci) => {
    const type: ParquetType =
      c.role === 'id' || c.role === 'title'
        ? 'STRING'
        : (spec.types[ci % Math.max(1, spec.types.length)] ?? 'STRING');
    return {
      name: unique(c.header),
      type,
      values: table.rows.map((r) => {
        const v = toParquetValue(r[ci] ?? null, type);
        return spec.nullBlank && v === '' ? null : v;
      }),
    };
  });
  const clean = writeParquet(columns);
  const bytes = corrupt(clean, spec.corruption);
  const fileName = `${prefix}fuzz.parquet`;
  // The footer (metadata, its length and "PAR1") states the row count; flips and zeroed runs
  // before it leave that count as the truth. Anything else makes the count unknowable.
  const footerLength = new DataView(clean.buffer, clean.byteOffset + clean.length - 8, 4).getUint32(
    0,
    true,
  );
  const dataEnd = clean.length - 8 - footerLength;
  const intact = spec.corruption.c === 'none' || onlyTouches(clean, spec.corruption, 4, dataEnd);
  const rows = expectedRows(table, true);
  const exact = spec.corruption.c === 'none';
  return {
    kind: `parquet:${spec.corruption.c}`,
    files: [{ name: fileName, bytes }],
    records: intact ? table.rows.length : null,
    expect: exact ? 'load' : 'either',
    rows: exact ? { [fileName]: rows } : {},
  };
}

// ---------------------------------------------------------------------------------------------
// XLSX

interface XlsxSpec {
  t: 'xlsx';
  table: Table;
  leadingBlankRows: number;
  /** A value right of the header's last column: the reader must refuse the file. */
  overflow: { row: number; value: string } | null;
  corruption: Corruption;
}

/**
 * XML 1.0 cannot carry C0 controls (but tab and line feed) or U+FFFE/U+FFFF, and XML parsers
 * turn CR into LF; write-excel-file also drops U+FFFD (and so lone surrogates).
 */
function xmlSafe(s: string): string {
  // eslint-disable-next-line no-control-regex
  return wellFormed(s).replace(/[\u0000-\u0008\u000B-\u001F\uFFFD\uFFFE\uFFFF]/g, '');
}

/**
 * write-excel-file looks shared strings up in a plain object, so "toString" or "constructor"
 * is written as the text of a function: a writer bug, kept out of the generated workbooks.
 */
function xlsxText(s: string): string {
  const safe = xmlSafe(s);
  return safe in {} ? `${safe}!` : safe;
}

function xlsxCell(v: CellValue): XlsxRow[number] {
  if (v === null) return null;
  if (typeof v === 'string') return xlsxText(v).trim() === '' ? null : xlsxText(v);
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'boolean') return v;
  return xlsxText(JSON.stringify(v.nested));
}

async function buildXlsx(spec: XlsxSpec, prefix = ''): Promise<FuzzCase> {
  const { table } = spec;
  const header: XlsxRow = table.columns.map((c) => xlsxText(c.header).trim() || 'zz blank');
  const body: XlsxRow[] = table.rows.map((r) => r.map(xlsxCell));
  let expect: Expect = 'load';
  if (spec.overflow && body.length > 0) {
    const at = Math.floor(spec.overflow.row * body.length);
    body[at] = [...(body[at] ?? []), xlsxText(spec.overflow.value) || 'x'];
    expect = 'fail';
  }
  const blank: XlsxRow[] = Array.from({ length: spec.leadingBlankRows }, () => [null]);
  const blob = await writeXlsxFile([...blank, header, ...body]).toBlob();
  const clean = new Uint8Array(await blob.arrayBuffer());
  const bytes = corrupt(clean, spec.corruption);
  const fileName = `${prefix}fuzz.xlsx`;
  const idCol = table.columns.findIndex((c) => c.role === 'id');
  const kept = body.flatMap((row) => {
    if (row.every((c) => c === null)) return [];
    const id = row[idCol];
    return [
      { id: typeof id === 'string' ? id.trim() : id === null ? '' : null } satisfies ExpectedRow,
    ];
  });
  const exact = spec.corruption.c === 'none';
  return {
    kind: `xlsx:${spec.overflow ? 'overflow' : spec.corruption.c}`,
    files: [{ name: fileName, bytes }],
    records: exact ? kept.length : null,
    expect: exact ? expect : 'either',
    rows: exact && expect === 'load' ? { [fileName]: kept } : {},
  };
}

// ---------------------------------------------------------------------------------------------
// Binary junk, huge fields, pairs

interface JunkSpec {
  t: 'junk';
  prefix: 'none' | 'PAR1' | 'PK' | 'BOM' | 'json-object' | 'json-array' | 'header';
  bytes: Uint8Array;
  ext: string;
}

const JUNK_PREFIX: Record<JunkSpec['prefix'], number[]> = {
  none: [],
  PAR1: [0x50, 0x41, 0x52, 0x31],
  PK: [0x50, 0x4b, 0x03, 0x04],
  BOM: [0xef, 0xbb, 0xbf],
  'json-object': [...encoder.encode('{"')],
  'json-array': [...encoder.encode('[{')],
  header: [...encoder.encode('commitment_id,member\n')],
};

function buildJunk(spec: JunkSpec, prefix = ''): FuzzCase {
  const name = `${prefix}junk${spec.ext === '' ? '' : `.${spec.ext}`}`;
  return {
    kind: `junk:${spec.prefix}`,
    files: [{ name, bytes: Uint8Array.from([...JUNK_PREFIX[spec.prefix], ...spec.bytes]) }],
    records: null,
    expect: 'either',
    rows: {},
  };
}

interface HugeSpec {
  t: 'huge';
  inner: DelimitedSpec | JsonSpec | ParquetSpec;
  row: number;
  column: number;
  value: string;
}

function withHugeCell(spec: HugeSpec): DelimitedSpec | JsonSpec | ParquetSpec {
  const { table } = spec.inner;
  if (table.rows.length === 0) return spec.inner;
  const r = Math.floor(spec.row * table.rows.length);
  const c = spec.column % table.columns.length;
  const rows = table.rows.map((row, ri) =>
    ri !== r ? row : row.map((v, ci) => (ci === c ? spec.value : v)),
  );
  return { ...spec.inner, table: { ...table, rows } };
}

interface PairSpec {
  t: 'pair';
  good: DelimitedSpec | JsonSpec;
  other: Spec;
  goodFirst: boolean;
}

type Spec = DelimitedSpec | JsonSpec | ParquetSpec | XlsxSpec | JunkSpec | HugeSpec | PairSpec;
export type CaseSpec = Spec;

// ---------------------------------------------------------------------------------------------
// The case arbitrary

function delimitedArb(
  o: GeneratorOptions,
  mutation = delimitedMutationArb,
): fc.Arbitrary<DelimitedSpec> {
  return fc.record({
    t: fc.constant('delimited' as const),
    table: tableArb(o),
    fmt: delimitedFormatArb,
    mutation,
  });
}

function jsonArb(o: GeneratorOptions, mutation = jsonMutationArb): fc.Arbitrary<JsonSpec> {
  return fc.record({
    t: fc.constant('json' as const),
    table: tableArb(o),
    fmt: jsonFormatArb,
    mutation,
  });
}

function parquetArb(o: GeneratorOptions): fc.Arbitrary<ParquetSpec> {
  return fc.record({
    t: fc.constant('parquet' as const),
    table: tableArb(o),
    types: fc.array(
      fc.constantFrom<ParquetType>('STRING', 'STRING', 'INT32', 'DOUBLE', 'BOOLEAN'),
      {
        minLength: 1,
        maxLength: 6,
      },
    ),
    nullBlank: fc.boolean(),
    corruption: fc.oneof(
      { weight: 1, arbitrary: fc.constant<Corruption>({ c: 'none' }) },
      { weight: 1, arbitrary: corruptionArb },
    ),
  });
}

function xlsxArb(o: GeneratorOptions): fc.Arbitrary<XlsxSpec> {
  return fc.record({
    t: fc.constant('xlsx' as const),
    table: tableArb({ ...o, wide: false }),
    leadingBlankRows: fc.nat({ max: 2 }),
    overflow: fc.oneof(
      { weight: 6, arbitrary: fc.constant(null) },
      { weight: 1, arbitrary: fc.record({ row: fraction, value: word }) },
    ),
    corruption: fc.oneof(
      { weight: 1, arbitrary: fc.constant<Corruption>({ c: 'none' }) },
      { weight: 1, arbitrary: corruptionArb },
    ),
  });
}

const junkArb: fc.Arbitrary<JunkSpec> = fc.record({
  t: fc.constant('junk' as const),
  prefix: fc.constantFrom<JunkSpec['prefix']>(
    'none',
    'PAR1',
    'PK',
    'BOM',
    'json-object',
    'json-array',
    'header',
  ),
  bytes: fc.uint8Array({ maxLength: 2_000 }),
  ext: fc.constantFrom('csv', 'tsv', 'json', 'jsonl', 'parquet', 'xlsx', 'bin', '', 'txt'),
});

function hugeArb(o: GeneratorOptions): fc.Arbitrary<HugeSpec> {
  const small = { ...o, maxRows: Math.min(o.maxRows, 8), wide: false };
  return fc.record({
    t: fc.constant('huge' as const),
    inner: fc.oneof(
      delimitedArb(small, fc.constant({ m: 'none' as const })),
      jsonArb(small, fc.constant({ m: 'none' as const })),
      parquetArb(small).map((p) => ({ ...p, corruption: { c: 'none' } as Corruption })),
    ),
    row: fraction,
    column: fc.nat(),
    value: repeated(1_000_000, 100_000),
  });
}

/** Every family of file, weighted; `o` bounds the sizes. */
export function caseSpecArb(o: GeneratorOptions): fc.Arbitrary<CaseSpec> {
  const single = fc.oneof(
    { weight: 40, arbitrary: delimitedArb(o) },
    { weight: 18, arbitrary: jsonArb(o) },
    { weight: 10, arbitrary: parquetArb(o) },
    { weight: 10, arbitrary: xlsxArb(o) },
    { weight: 5, arbitrary: junkArb },
  );
  const good = fc.oneof(
    fc.record({
      t: fc.constant('delimited' as const),
      table: plainTableArb(o),
      fmt: delimitedFormatArb,
      mutation: fc.constant({ m: 'none' as const }),
    }),
    fc.record({
      t: fc.constant('json' as const),
      table: plainTableArb(o),
      fmt: jsonFormatArb,
      mutation: fc.constant({ m: 'none' as const }),
    }),
  );
  const pair = fc.record({
    t: fc.constant('pair' as const),
    good,
    other: single,
    goodFirst: fc.boolean(),
  });
  return fc.oneof(
    { weight: 83, arbitrary: single },
    { weight: 6, arbitrary: pair },
    ...(o.huge ? [{ weight: 1, arbitrary: hugeArb(o) }] : []),
  );
}

export async function buildCase(spec: CaseSpec, prefix = ''): Promise<FuzzCase> {
  switch (spec.t) {
    case 'delimited':
      return buildDelimited(spec, prefix);
    case 'json':
      return buildJson(spec, prefix);
    case 'parquet':
      return buildParquet(spec, prefix);
    case 'xlsx':
      return buildXlsx(spec, prefix);
    case 'junk':
      return buildJunk(spec, prefix);
    case 'huge': {
      const built = await buildCase(withHugeCell(spec), prefix);
      return { ...built, kind: `huge:${built.kind}` };
    }
    case 'pair': {
      const good = await buildCase(spec.good, 'a-');
      const other = await buildCase(spec.other, 'b-');
      const both = [good, other];
      return {
        kind: `pair(${other.kind})`,
        files: (spec.goodFirst ? both : both.reverse()).flatMap((c) => c.files),
        records:
          good.records !== null && other.records !== null ? good.records + other.records : null,
        expect:
          other.expect === 'fail'
            ? 'fail'
            : other.expect === 'load' && good.expect === 'load'
              ? 'load'
              : 'either',
        rows: { ...good.rows, ...other.rows },
      };
    }
  }
}
