/**
 * Compares the simulated export with the real sample: header, rating-level shares per IRM era, and
 * OGP's derived columns against the rules that reproduce them. Prints Markdown (used in
 * docs/simulated-data.md). The real sample is OGP's data and stays outside the repository: it is
 * read from ../shared/data at development time only.
 *
 *   npx tsx scripts/check-simulated-calibration.ts [--real path] [--sim path]
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? resolve(args[i + 1] ?? '') : fallback;
};
const REAL = arg('--real', resolve(root, '../shared/data/ogp-export-sample.csv'));
const SIM = arg('--sim', resolve(root, 'data/simulated/ogp-export-simulated.csv'));

/** RFC 4180: quoted fields, doubled quotes, CRLF or LF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (quoted) {
      if (c === '"' && text.charAt(i + 1) === '"') [field, i] = [field + '"', i + 1];
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') [row, field] = [[...row, field], ''];
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text.charAt(i + 1) === '\n') i++;
      rows.push([...row, field]);
      [row, field] = [[], ''];
    } else field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

type Rec = Record<string, string>;
function load(path: string): { header: string[]; rows: Rec[] } {
  const [header = [], ...body] = parseCsv(readFileSync(path, 'utf8'));
  return {
    header,
    rows: body.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']))),
  };
}

const SPEC = ['None', 'Low', 'Medium', 'High'];
const PI = ['None', 'Minor', 'Moderate', 'Transformative'];
const PFR = ['Unclear', 'Modest', 'Substantial'];
const COMPLETION = ['Withdrawn', 'Unclear', 'Not Started', 'Limited', 'Substantial', 'Complete'];
const DIOG = [
  'Worsens',
  'Did Not Change',
  'No early results to report yet',
  'Marginal',
  'Major',
  'Outstanding',
];
const DIOG_VALUE = ['Worsens', 'Did Not Change', 'Marginal', 'Major', 'Outstanding'];
const EARLY = ['No notable results', 'Moderate', 'Significant', 'Outstanding'];
const YES_NO = ['No', 'Yes'];
const FLAG = ['0', '1'];

/** irm-methodology.md §1: refresh if Potential for Results is rated, pre2020 if Specificity or
 * Potential Impact is, else by Year Of Submission. */
function era(r: Rec): 'pre2020' | 'refresh' {
  if (PFR.includes(r['Potential for Results'] ?? '')) return 'refresh';
  if (SPEC.includes(r['Specificity'] ?? '') || PI.includes(r['Potential Impact'] ?? ''))
    return 'pre2020';
  return Number(r['Year Of Submission']) >= 2020 ? 'refresh' : 'pre2020';
}

const yesNo = (v: string) => (v === '1' ? 'Yes' : v === '0' ? 'No' : v);
const FIELDS: ReadonlyArray<readonly [string, readonly string[], (v: string) => string]> = [
  ['Specificity', SPEC, (v) => v],
  ['Verifiable', YES_NO, yesNo],
  ['_Relevant', FLAG, (v) => v],
  ['Potential Impact', PI, (v) => v],
  ['Potential for Results', PFR, (v) => v],
  ['Completion (Progress Report)', COMPLETION, (v) => v],
  ['Completion (End Of Term)', COMPLETION, (v) => v],
  ['Did It Open Government (Overall)', DIOG, (v) => v],
  ['Did It Open Government (Access To Information)', DIOG_VALUE, (v) => v],
  ['Did It Open Government (Civic Participation)', DIOG_VALUE, (v) => v],
  ['Did It Open Government: Public Accountability', DIOG_VALUE, (v) => v],
  ['Early Results', EARLY, (v) => v],
  ['High Ambition', FLAG, (v) => v],
  ['High Completion', FLAG, (v) => v],
  ['High DIOG', FLAG, (v) => v],
];

function counts(
  rows: Rec[],
  e: string,
  field: string,
  levels: readonly string[],
  norm: (v: string) => string,
) {
  const c = new Map<string, number>(levels.map((l) => [l, 0]));
  for (const r of rows) {
    if (era(r) !== e) continue;
    const v = norm(r[field] ?? '');
    if (c.has(v)) c.set(v, (c.get(v) ?? 0) + 1);
  }
  const n = [...c.values()].reduce((s, x) => s + x, 0);
  return { c, n };
}

const pct = (k: number, n: number) => (n === 0 ? '–' : `${((100 * k) / n).toFixed(1)}%`);

/** OGP's three derived columns against the rules of irm-methodology.md §4. */
function ruleCheck(rows: Rec[]): string {
  const out: string[] = [];
  const check = (name: string, rule: (r: Rec) => string | null) => {
    let n = 0;
    let ok = 0;
    for (const r of rows) {
      const ogp = r[name] ?? '';
      const ours = rule(r);
      if ((ogp === '0' || ogp === '1') && ours !== null)
        [n, ok] = [n + 1, ok + (ogp === ours ? 1 : 0)];
    }
    out.push(`${name} ${ok}/${n}`);
  };
  const rated = (v: string | undefined, scale: readonly string[]) =>
    v !== undefined && scale.includes(v);
  check('High Ambition', (r) => {
    if (era(r) !== 'pre2020' || !rated(r['Potential Impact'], PI)) return null;
    const rel = r['_Relevant'];
    if (rel !== '0' && rel !== '1') return null;
    return ['Moderate', 'Transformative'].includes(r['Potential Impact'] ?? '') && rel === '1'
      ? '1'
      : '0';
  });
  check('High Completion', (r) => {
    const eot = r['Completion (End Of Term)'];
    const c = rated(eot, COMPLETION) ? eot : r['Completion (Progress Report)'];
    if (!rated(c, COMPLETION)) return null;
    return c === 'Substantial' || c === 'Complete' ? '1' : '0';
  });
  check('High DIOG', (r) => {
    const er = r['Early Results'] ?? '';
    const dg = r['Did It Open Government (Overall)'] ?? '';
    if (EARLY.includes(er)) return EARLY.indexOf(er) >= 2 ? '1' : '0';
    if (DIOG.includes(dg)) return ['Major', 'Outstanding'].includes(dg) ? '1' : '0';
    return null;
  });
  return out.join(', ');
}

const real = load(REAL);
const sim = load(SIM);
const sameHeader =
  real.header.length === sim.header.length && real.header.every((h, i) => h === sim.header[i]);
const ids = new Set(sim.rows.map((r) => r['Commitment Unique Identifier']));
const kinds = new Map<string, Set<string>>();
for (const r of sim.rows) {
  const k = r['National Or Local'] ?? '';
  kinds.set(k, (kinds.get(k) ?? new Set()).add(r['Country/Locality'] ?? ''));
}

console.log(`Header: ${sameHeader ? 'identical' : 'DIFFERENT'} (${sim.header.length} columns)`);
console.log(
  `Simulated: ${sim.rows.length} rows, ${ids.size} unique identifiers; members ${[...kinds]
    .map(([k, m]) => `${k} ${m.size}`)
    .join(', ')}`,
);
console.log(`Derived-column rules, real: ${ruleCheck(real.rows)}`);
console.log(`Derived-column rules, simulated: ${ruleCheck(sim.rows)}`);
console.log('');
console.log(
  "Share of each level among rated values (states ND / NR / NA / Not Applicable excluded; for OGP's 0/1 columns High … every row counts, as OGP codes unrated commitments 0).",
);
console.log('');
console.log('| Field | Era | Level | Real | Simulated |');
console.log('|---|---|---|---|---|');
for (const e of ['pre2020', 'refresh'] as const) {
  for (const [field, levels, norm] of FIELDS) {
    const a = counts(real.rows, e, field, levels, norm);
    const b = counts(sim.rows, e, field, levels, norm);
    if (a.n === 0 && b.n === 0) continue;
    console.log(`| **${field}** | ${e} | *n* | ${a.n} | ${b.n} |`);
    for (const l of levels) {
      const x = a.c.get(l) ?? 0;
      const y = b.c.get(l) ?? 0;
      if (x === 0 && y === 0) continue;
      console.log(`| | | ${l} | ${pct(x, a.n)} | ${pct(y, b.n)} |`);
    }
  }
}
