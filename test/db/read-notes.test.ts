import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/connector';
import { translateReadDetail, translateReadError, translator } from '../../src/i18n';
import { loadDataset, type InputFile } from '../../src/ingest';
import { testConnector } from '../helpers/db';

const bytes = (name: string, data: string | number[]): InputFile => ({
  name,
  bytes: typeof data === 'string' ? new TextEncoder().encode(data) : new Uint8Array(data),
});
const HEADER = 'commitment_id,member,title\n';

/** One file per way the readers refuse a file; the refusal's detail is what we translate. */
const BAD: { case: string; commitments?: InputFile; plans?: InputFile }[] = [
  { case: 'empty CSV', commitments: bytes('a.csv', '') },
  { case: 'ragged row', commitments: bytes('a.csv', `${HEADER}A,B,C,D\n`) },
  { case: 'text after a closing quote', commitments: bytes('a.csv', `${HEADER}"A"x,B,c\n`) },
  { case: 'open quote', commitments: bytes('a.csv', `${HEADER}"A,B,c\n`) },
  {
    case: 'Latin-1',
    commitments: bytes('a.csv', [
      ...new TextEncoder().encode(HEADER),
      0x41,
      0x2c,
      0xe9,
      0x2c,
      0x63,
      0x0a,
    ]),
  },
  { case: 'invalid JSON', commitments: bytes('a.json', '{"a":') },
  { case: 'JSON, no colon', commitments: bytes('a.json', '[{"a" 1}]') },
  { case: 'JSON Lines, an open string', commitments: bytes('a.jsonl', '{"commitment_id":"A}\n') },
  { case: 'JSON scalar', commitments: bytes('a.json', '42') },
  { case: 'JSON object without rows', commitments: bytes('a.json', '{"foo": 1}') },
  { case: 'JSON Lines, a number', commitments: bytes('a.jsonl', '{"commitment_id":"A"}\n42\n') },
  { case: 'JSON array of numbers', commitments: bytes('a.json', '[1]') },
  { case: 'Parquet junk', commitments: bytes('a.parquet', 'PAR1 not really') },
  { case: 'xlsx junk', commitments: bytes('a.xlsx', 'hello') },
  {
    case: 'plans without plan_id',
    commitments: bytes('a.csv', `${HEADER}A,B,c\n`),
    plans: bytes('action-plans.csv', 'member\nX\n'),
  },
];

const details = new Map<string, string>();
let conn: Connector;

beforeAll(async () => {
  conn = await testConnector();
  for (const c of BAD) {
    try {
      await loadDataset(
        conn,
        {
          commitments: c.commitments ? [c.commitments] : [],
          actionPlans: c.plans ? [c.plans] : [],
        },
        { id: 'bad', name: 'bad', simulated: false, asOf: '2026-11-23' },
      );
    } catch (e) {
      if (e instanceof Error && e.name === 'FileReadError') {
        details.set(c.case, (e as Error & { detail: string }).detail);
      }
    }
  }
});

/** English phrases the readers use; none may survive translation. */
const ENGLISH =
  /\b(the file|expected|not a|found|line break|workbook|column|is empty|invalid|an? (number|string|array)| and )\b/;

describe('file-reader refusals in the UI language', () => {
  it('every bad file is refused by a reader with a detail', () => {
    expect([...details.keys()]).toEqual(BAD.map((c) => c.case));
  });

  it.each(['fr', 'es'] as const)('every refusal reads in %s', (lang) => {
    const tr = translator(lang);
    const left = [...details.entries()]
      .map(([k, d]) => [k, translateReadDetail(d, tr)] as const)
      .filter(([, text]) => ENGLISH.test(text.replace(/\([^)]*\)/g, '')));
    expect(left).toEqual([]);
  });

  it('keeps English as written, and the engine’s own words quoted', () => {
    const ragged = details.get('ragged row') ?? '';
    expect(translateReadError('a.csv', ragged, translator('en'))).toBe(
      `Cannot read a.csv: ${ragged}`,
    );
    expect(translateReadDetail(ragged, translator('fr'))).toMatch(
      /^CSV mal formé à la ligne \d+\u00a0: \d colonnes attendues \(comme dans l’en-tête\), \d trouvées/,
    );
    expect(
      translateReadDetail(
        'the file is 745 MB; the limit is 150 MB. Split it into smaller files or remove unused columns.',
        translator('es'),
      ),
    ).toBe(
      'el archivo tiene 745 MB; el límite es 150 MB. Divídalo en archivos más pequeños o quite columnas que no se usan.',
    );
  });
});
