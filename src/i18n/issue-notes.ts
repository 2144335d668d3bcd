import type { en } from './messages/issueNotes';
import type { Translator } from './translator';

type IssueKey = keyof typeof en;

/**
 * The loader's row messages and its note on simulated rows, word for word as src/ingest writes
 * them; named groups become the message's placeholders. Values come last and greedy, so quotes
 * inside a value stay in it.
 */
const PATTERNS: [RegExp, IssueKey][] = [
  [/^row (?<row>\d+) rejected: the commitment identifier is empty$/s, 'idEmpty'],
  [
    /^row (?<row>\d+) rejected: identifier (?<id>.*) was already loaded from (?<file>.*) row (?<first>\d+)$/s,
    'idDuplicate',
  ],
  [/^row (?<row>\d+) skipped: Commitment Dummy = 0 \(not a commitment row\)$/s, 'dummy'],
  [/^row (?<row>\d+): the member name is empty$/s, 'memberEmpty'],
  [/^row (?<row>\d+): no National\/Local value; treated as national$/s, 'kindEmpty'],
  [
    /^row (?<row>\d+), column "(?<column>[^"]*)": unknown label "(?<value>.*)"; stored as missing$/s,
    'unknownLabel',
  ],
  [/^row (?<row>\d+), column "(?<column>[^"]*)": "(?<value>.*)" is not a year$/s, 'notYear'],
  [
    /^row (?<row>\d+), column "(?<column>[^"]*)": date "(?<value>.*)" kept as text only \(not a complete, unambiguous date\)$/s,
    'dateText',
  ],
  [/^row (?<row>\d+) rejected: the plan identifier is empty$/s, 'planIdEmpty'],
  [
    /^row (?<row>\d+) rejected: plan (?<id>.*) was already given in row (?<first>\d+)$/s,
    'planDuplicate',
  ],
  [
    /^row (?<row>\d+), column "(?<column>[^"]*)": unknown value "(?<value>.*)"; stored as missing$/s,
    'unknownValue',
  ],
  [
    /^row (?<row>\d+), column "(?<column>[^"]*)": "(?<value>.*)" is not a whole number; stored as missing$/s,
    'notWhole',
  ],
  [
    /^column "(?<column>[^"]*)" says every row \((?<count>\d+)\) is simulated data: the dataset is labelled SIMULATED DATA$/s,
    'simulatedAll',
  ],
  [
    /^column "(?<column>[^"]*)" says (?<count>\d+) of (?<read>\d+) rows (?:is|are) simulated data \(the first at row (?<first>\d+)\): the whole dataset is labelled SIMULATED DATA$/s,
    'simulatedSome',
  ],
];

const UNUSED = /^(\d+) column\(s\) not used by IRM Atlas \(left as they are in the file\): (.*)$/s;

/**
 * A quality-report message in the UI language. Messages this table does not know (file-level
 * reader errors, which quote DuckDB or the parser) are shown as written rather than guessed.
 */
export function translateIssueNote(message: string, tr: Translator): string {
  if (tr.lang === 'en') return message;
  for (const [re, key] of PATTERNS) {
    const m = re.exec(message);
    if (m?.groups) {
      const values: Record<string, string | number> = { ...m.groups };
      for (const k of ['row', 'first', 'count', 'read'])
        if (k in values) values[k] = Number(values[k]);
      return tr.t(`issueNotes.${key}`, values);
    }
  }
  const unused = UNUSED.exec(message);
  if (unused) {
    return tr.t('issueNotes.unusedColumns', { count: Number(unused[1]), names: unused[2] ?? '' });
  }
  return message;
}
