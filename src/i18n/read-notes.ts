import type { en } from './messages/readNotes';
import type { Translator } from './translator';

type ReadKey = keyof typeof en;

/** Reasons written word for word by the readers (src/ingest/read-*.ts, resolve-columns.ts). */
const FIXED: Record<string, ReadKey> = {
  'the file is empty': 'empty',
  'the file is not valid UTF-8 text': 'notUtf8',
  'no header row was found': 'noHeader',
  'an action-plans file needs a "plan_id" column (see docs/data-formats.md)': 'planIdColumn',
  'not an .xlsx workbook (an .xlsx file is a ZIP archive; this one is not). If it is a CSV or text file, rename it to .csv':
    'xlsxNotZip',
  'this is a legacy .xls workbook, which is not supported; save it as .xlsx or CSV and load that':
    'xlsLegacy',
  'the .xlsx file is damaged: its ZIP archive cannot be unpacked': 'xlsxDamaged',
  'the first sheet is empty (only the first sheet is read)': 'xlsxFirstSheet',
  'a quoted value is never closed': 'csvQuote',
  'the file is not UTF-8 text (save it as "CSV UTF-8")': 'csvNotUtf8',
  'text follows the closing quote of a quoted value (a quote inside a quoted value must be doubled: "")':
    'csvAfterQuote',
  'string is never closed with "': 'jsonUnclosed',
  'control character (such as a raw line break) inside a string': 'jsonControl',
  'invalid \\u escape in a string': 'jsonEscapeU',
  'invalid escape sequence in a string': 'jsonEscape',
  'invalid number': 'jsonNumber',
};

/** The JSON scanner's reasons that end with what it found instead. */
const JSON_FOUND: [RegExp, ReadKey][] = [
  [/^unexpected text after the end of the JSON value, (.*)$/s, 'jsonAfter'],
  [/^expected a value, (.*)$/s, 'jsonValue'],
  [/^expected a property name in double quotes, (.*)$/s, 'jsonName'],
  [/^expected ':' after a property name, (.*)$/s, 'jsonColon'],
  [/^expected ',' or '\}' in an object, (.*)$/s, 'jsonObjComma'],
  [/^expected ',' or '\]' in an array, (.*)$/s, 'jsonArrComma'],
];

/** Reasons with parts of the file or the engine inside (named groups → placeholders). */
const PATTERNS: [RegExp, ReadKey][] = [
  [
    /^the file is (?<size>\d+) MB; the limit is (?<limit>\d+) MB\. Split it into smaller files or remove unused columns\.$/s,
    'tooLarge',
  ],
  [
    /^expected an array of objects, or an object with a "commitments", "rows" or "data" array; found an object with keys (?<keys>.*)$/s,
    'jsonObjectKeys',
  ],
  [/^expected an array of objects, one per row; found (?<what>.*)$/s, 'jsonFound'],
  [
    /^line (?<line>\d+) is (?<what>.*), not an object \(JSON Lines needs one object per line\)$/s,
    'jsonLine',
  ],
  [
    /^element at index (?<index>\d+)(?<container>.*?) is (?<what>.*), not an object \(each row must be an object of column: value\)$/s,
    'jsonElement',
  ],
  [
    /^row (?<row>\d+), "(?<key>.*)": the value is nested too deeply to be read as text$/s,
    'jsonDeep',
  ],
  [/^not a valid Parquet file \((?<reason>.*)\)$/s, 'parquetInvalid'],
  [/^the Parquet data is damaged or unsupported \((?<reason>.*)\)$/s, 'parquetDamaged'],
  [/^not a readable \.xlsx workbook \((?<reason>.*)\)$/s, 'xlsxUnreadable'],
  [
    /^row (?<row>\d+), column (?<column>[A-Z]+) holds (?<value>.*) but the header row \(row (?<header>\d+)\) has only (?<width>\d+) columns; add a header for it or delete the value$/s,
    'xlsxOverflow',
  ],
  [
    /^columns (?<a>\d+) \("(?<ha>.*)"\) and (?<b>\d+) \("(?<hb>.*)"\) both give (?<field>\S+); remove one$/s,
    'duplicateField',
  ],
  [/^expected (?<expected>\d+) columns \(as in the header\), found (?<found>\d+)$/s, 'csvColumns'],
  [
    /^the rows do not fit in the memory this tab gives DuckDB \(it stopped at row (?<row>\d+)\); load a smaller file, or split this one$/s,
    'outOfMemory',
  ],
];

/** "Cannot read x.csv: …" in the UI language; what it cannot place stays as written. */
export function translateReadError(fileName: string, detail: string, tr: Translator): string {
  return tr.t('readNotes.cannotRead', { file: fileName, detail: translateReadDetail(detail, tr) });
}

export function translateReadDetail(detail: string, tr: Translator): string {
  if (tr.lang === 'en') return detail;
  return translated(detail, tr) ?? detail;
}

function translated(detail: string, tr: Translator): string | null {
  const t = (key: ReadKey, values?: Record<string, string | number>) =>
    tr.t(`readNotes.${key}`, values);
  const fixed = Object.hasOwn(FIXED, detail) ? FIXED[detail] : undefined;
  if (fixed) return t(fixed);
  for (const [re, key] of PATTERNS) {
    const m = re.exec(detail);
    if (!m?.groups) continue;
    const values: Record<string, string> = { ...m.groups };
    if (values.what !== undefined) values.what = jsonValue(values.what, t);
    return t(key, values);
  }
  const json =
    /^invalid JSON (?:at line (\d+), column (\d+) \(position (\d+)\)|on line (\d+), column (\d+)): (.*)$/s.exec(
      detail,
    );
  if (json) {
    const reason = jsonReason(json[6] ?? '', t) ?? json[6] ?? '';
    return json[1] !== undefined
      ? t('jsonAt', { line: json[1], column: json[2] ?? '', position: json[3] ?? '', reason })
      : t('jsonOn', { line: json[4] ?? '', column: json[5] ?? '', reason });
  }
  const where = /^invalid JSON (.*)$/s.exec(detail);
  if (where) return t('invalidJson', { where: where[1] ?? '' });
  // CSV: a reason (ours or DuckDB's), maybe at a line, maybe with the line's start.
  const malformed = /^malformed CSV at line (\d+): (.*?)(?: \(the line starts: (.*)\))?$/s.exec(
    detail,
  );
  if (malformed) {
    const reason = translated(malformed[2] ?? '', tr) ?? malformed[2] ?? '';
    const withStart =
      malformed[3] !== undefined ? t('csvLineStarts', { reason, start: malformed[3] }) : reason;
    return t('csvMalformed', { line: malformed[1] ?? '', reason: withStart });
  }
  const unreadable = /^not a readable CSV: (.*)$/s.exec(detail);
  if (unreadable) {
    return t('csvNotReadable', {
      reason: translated(unreadable[1] ?? '', tr) ?? unreadable[1] ?? '',
    });
  }
  return null;
}

function jsonReason(reason: string, t: T): string | null {
  const fixed = Object.hasOwn(FIXED, reason) ? FIXED[reason] : undefined;
  if (fixed) return t(fixed);
  for (const [re, key] of JSON_FOUND) {
    const m = re.exec(reason);
    if (!m) continue;
    const what = m[1] ?? '';
    const found =
      what === 'found the end of the input'
        ? t('foundEnd')
        : t('foundChar', { char: what.replace(/^found /, '') });
    return t(key, { found });
  }
  return null;
}

type T = (key: ReadKey, values?: Record<string, string | number>) => string;

/** read-json.ts's describeValue: "null", "an array", "a number (42)", "a string ("x")"… */
function jsonValue(what: string, t: T): string {
  if (what === 'null') return t('valueNull');
  if (what === 'an array') return t('valueArray');
  if (what === 'an object') return t('valueObject');
  const m = /^a (string|number|boolean) \((.*)\)$/s.exec(what);
  if (!m) return what;
  const key =
    m[1] === 'string' ? 'valueString' : m[1] === 'number' ? 'valueNumber' : 'valueBoolean';
  return t(key, { text: m[2] ?? '' });
}
