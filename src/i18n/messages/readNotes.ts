/**
 * Why a file could not be read (src/ingest readers), in the UI language. The readers write these
 * in English; src/i18n/read-notes.ts reads them back into these messages. Text quoted from the
 * file or from the engine (DuckDB, the Parquet and Excel libraries) stays as it was.
 */
export const en = {
  cannotRead: 'Cannot read {file}: {detail}',
  empty: 'the file is empty',
  notUtf8: 'the file is not valid UTF-8 text',
  invalidJson: 'invalid JSON {where}',
  jsonObjectKeys:
    'expected an array of objects, or an object with a "commitments", "rows" or "data" array; found an object with keys {keys}',
  jsonFound: 'expected an array of objects, one per row; found {what}',
  jsonLine: 'line {line} is {what}, not an object (JSON Lines needs one object per line)',
  jsonElement:
    'element at index {index}{container} is {what}, not an object (each row must be an object of column: value)',
  jsonDeep: 'row {row}, "{key}": the value is nested too deeply to be read as text',
  noHeader: 'no header row was found',
  tooLarge:
    'the file is {size} MB; the limit is {limit} MB. Split it into smaller files or remove unused columns.',
  planIdColumn: 'an action-plans file needs a "plan_id" column (see docs/data-formats.md)',
  parquetInvalid: 'not a valid Parquet file ({reason})',
  parquetDamaged: 'the Parquet data is damaged or unsupported ({reason})',
  xlsxNotZip:
    'not an .xlsx workbook (an .xlsx file is a ZIP archive; this one is not). If it is a CSV or text file, rename it to .csv',
  xlsLegacy:
    'this is a legacy .xls workbook, which is not supported; save it as .xlsx or CSV and load that',
  xlsxDamaged: 'the .xlsx file is damaged: its ZIP archive cannot be unpacked',
  xlsxUnreadable: 'not a readable .xlsx workbook ({reason})',
  xlsxFirstSheet: 'the first sheet is empty (only the first sheet is read)',
  xlsxOverflow:
    'row {row}, column {column} holds {value} but the header row (row {header}) has only {width} columns; add a header for it or delete the value',
  duplicateField: 'columns {a} ("{ha}") and {b} ("{hb}") both give {field}; remove one',
  csvNotReadable: 'not a readable CSV: {reason}',
  csvMalformed: 'malformed CSV at line {line}: {reason}',
  csvLineStarts: '{reason} (the line starts: {start})',
  csvColumns: 'expected {expected} columns (as in the header), found {found}',
  csvQuote: 'a quoted value is never closed',
  csvNotUtf8: 'the file is not UTF-8 text (save it as "CSV UTF-8")',
  csvAfterQuote:
    'text follows the closing quote of a quoted value (a quote inside a quoted value must be doubled: "")',
  outOfMemory:
    'the rows do not fit in the memory this tab gives DuckDB (it stopped at row {row}); load a smaller file, or split this one',
  jsonAt: 'invalid JSON at line {line}, column {column} (position {position}): {reason}',
  jsonOn: 'invalid JSON on line {line}, column {column}: {reason}',
  jsonAfter: 'unexpected text after the end of the JSON value, {found}',
  jsonValue: 'expected a value, {found}',
  jsonName: 'expected a property name in double quotes, {found}',
  jsonColon: "expected ':' after a property name, {found}",
  jsonObjComma: "expected ',' or '}' in an object, {found}",
  jsonArrComma: "expected ',' or ']' in an array, {found}",
  foundEnd: 'found the end of the input',
  foundChar: 'found {char}',
  jsonUnclosed: 'string is never closed with "',
  jsonControl: 'control character (such as a raw line break) inside a string',
  jsonEscapeU: 'invalid \\u escape in a string',
  jsonEscape: 'invalid escape sequence in a string',
  jsonNumber: 'invalid number',
  valueNull: 'null',
  valueArray: 'an array',
  valueObject: 'an object',
  valueString: 'a string ({text})',
  valueNumber: 'a number ({text})',
  valueBoolean: 'a boolean ({text})',
} as const;
