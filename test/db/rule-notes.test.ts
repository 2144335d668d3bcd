import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFromPaths } from '../../cli/load-file';
import type { Connector } from '../../src/db/connector';
import { createNodeConnector } from '../../src/db/node-connector';
import { translateRuleNote, translator } from '../../src/i18n';

const path = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const FILES = [
  path('../../data/simulated/ogp-export-simulated.csv'),
  path('../../../shared/data/ogp-export-sample.csv'),
  path('../../data/seed-sample/commitments.csv'),
];

/** Words only the English notes use: a translated note must contain none of them. */
const ENGLISH =
  /\b(rating|rated|relevant|completion|value flag|Potential|Early Results|submitted|Starred|Promising|level)\b/;

const notes = new Set<string>();
let conn: Connector;

beforeAll(async () => {
  conn = await createNodeConnector();
  for (const file of FILES) {
    await loadFromPaths(conn, file, { asOf: '2026-11-23' });
    const cols = (
      await conn.query<{ name: string }>(
        "SELECT column_name AS name FROM duckdb_columns() WHERE table_name = 'commitments' AND column_name LIKE '%rule'",
      )
    ).map((c) => c.name);
    for (const col of cols) {
      const rows = await conn.query<{ v: string | null }>(
        `SELECT DISTINCT "${col}" AS v FROM commitments`,
      );
      for (const r of rows) if (r.v) notes.add(r.v);
    }
  }
}, 120_000);

afterAll(async () => {
  await conn?.close();
});

describe('harmonisation notes in the UI language', () => {
  it('gathers the notes of three real-shaped datasets', () => {
    expect(notes.size).toBeGreaterThan(40);
  });

  it.each(['fr', 'es'] as const)('translates every note into %s', (lang) => {
    const tr = translator(lang);
    const untranslated = [...notes].filter((n) => ENGLISH.test(translateRuleNote(n, tr)));
    expect(untranslated).toEqual([]);
  });

  it('keeps the raw label as printed and English as stored', () => {
    const note =
      'Potential Impact Modéré; Moderate/Transformative and relevant (OGP High Ambition)';
    expect(translateRuleNote(note, translator('en'))).toBe(note);
    expect(translateRuleNote(note, translator('fr'))).toBe(
      'Impact potentiel Modéré\u00a0; modéré/transformateur et pertinent («\u00a0High Ambition\u00a0» de l’OGP)',
    );
    expect(
      translateRuleNote(
        'end-of-term completion: Substantial/Complete → yes (OGP High Completion)',
        translator('es'),
      ),
    ).toBe(
      'cumplimiento al final del período: sustancial/completo → sí («High Completion» de OGP)',
    );
    expect(
      translateRuleNote(
        'no Starred (current formula) end of term or Starred (current formula) mid-term value',
        translator('es'),
      ),
    ).toBe(
      'sin valor de Estelar (fórmula actual) al final del período o Estelar (fórmula actual) a medio término',
    );
    expect(translateRuleNote('a note nobody wrote', translator('fr'))).toBe('a note nobody wrote');
  });
});
