/**
 * The quality report's row messages (src/ingest normalisers) in the UI language. The loader
 * writes them in English with row, column and value inside; src/i18n/issue-notes.ts reads them
 * back into these messages. Values stay as the file holds them.
 */
export const en = {
  idEmpty: 'row {row} rejected: the commitment identifier is empty',
  idDuplicate: 'row {row} rejected: identifier {id} was already loaded from {file} row {first}',
  dummy: 'row {row} skipped: Commitment Dummy = 0 (not a commitment row)',
  memberEmpty: 'row {row}: the member name is empty',
  kindEmpty: 'row {row}: no National/Local value; treated as national',
  unknownLabel: 'row {row}, column "{column}": unknown label "{value}"; stored as missing',
  notYear: 'row {row}, column "{column}": "{value}" is not a year',
  dateText:
    'row {row}, column "{column}": date "{value}" kept as text only (not a complete, unambiguous date)',
  planIdEmpty: 'row {row} rejected: the plan identifier is empty',
  planDuplicate: 'row {row} rejected: plan {id} was already given in row {first}',
  unknownValue: 'row {row}, column "{column}": unknown value "{value}"; stored as missing',
  notWhole: 'row {row}, column "{column}": "{value}" is not a whole number; stored as missing',
  unusedColumns:
    '{count, plural, one {# column} other {# columns}} not used by IRM Atlas (left as they are in the file): {names}',
  simulatedAll:
    'column "{column}" says every row ({count}) is simulated data: the dataset is labelled SIMULATED DATA',
  simulatedSome:
    'column "{column}" says {count, plural, one {# of {read} rows is} other {# of {read} rows are}} simulated data (the first at row {first}): the whole dataset is labelled SIMULATED DATA',
} as const;
