import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import { dataStatus, parquetType, tableToCsv, tableToParquet } from '../../src/lib/export-table';
import { safeHttpUrl } from '../../src/lib/safe-url';
import { splitList } from '../../src/lib/text-list';
import { DEFAULT_SWITCHES } from '../../src/metrics';
import { exportProvenance, rulesText } from '../../src/queries/provenance';

const table = {
  names: ['commitment_id', 'title', 'year'],
  columns: [
    ['CO0111', 'FR0025'],
    ['=HYPERLINK("http://x")', 'Diffuser, "l\'innovation"'],
    [2023, null],
  ],
};
const sim = { dataset: 'Simulated OGP commitments', simulated: true, rules: 'defaults' };

describe('exports', () => {
  it('CSV names the dataset and says "simulated" on every row, formulas neutralised', () => {
    const lines = tableToCsv(table, sim).trim().split('\r\n');
    expect(lines[0]).toBe('commitment_id,title,year,dataset,data_status,rules_in_force');
    expect(lines[1]).toBe(
      `CO0111,"'=HYPERLINK(""http://x"")",2023,Simulated OGP commitments,"SIMULATED DATA, not real IRM results",defaults`,
    );
    expect(lines[2]).toContain('"Diffuser, ""l\'innovation"""');
    expect(lines).toHaveLength(3);
  });

  it('CSV of real data says it is not simulated; an empty selection keeps its header', () => {
    const csv = tableToCsv({ names: ['a'], columns: [[]] }, { ...sim, simulated: false });
    expect(csv).toBe('a,dataset,data_status,rules_in_force\r\n');
    expect(dataStatus(false)).toBe('as loaded (not simulated)');
  });

  it('Parquet carries the rows, provenance columns and key-value metadata', async () => {
    const bytes = tableToParquet(table, sim);
    const buffer = new Uint8Array(bytes).buffer;
    const meta = parquetMetadata(buffer);
    const kv = Object.fromEntries((meta.key_value_metadata ?? []).map((e) => [e.key, e.value]));
    expect(kv['irm_atlas.data_status']).toBe('SIMULATED DATA, not real IRM results');
    expect(kv['irm_atlas.dataset']).toBe('Simulated OGP commitments');
    const rows = await parquetReadObjects({ file: buffer });
    expect(rows).toEqual([
      {
        commitment_id: 'CO0111',
        title: '=HYPERLINK("http://x")',
        year: 2023,
        dataset: 'Simulated OGP commitments',
        data_status: 'SIMULATED DATA, not real IRM results',
        rules_in_force: 'defaults',
      },
      {
        commitment_id: 'FR0025',
        title: 'Diffuser, "l\'innovation"',
        year: null,
        dataset: 'Simulated OGP commitments',
        data_status: 'SIMULATED DATA, not real IRM results',
        rules_in_force: 'defaults',
      },
    ]);
  });

  it('picks the narrowest Parquet type', () => {
    expect(parquetType([1, null, 3])).toBe('INT32');
    expect(parquetType([1.5, 2])).toBe('DOUBLE');
    expect(parquetType([2 ** 40])).toBe('DOUBLE');
    expect(parquetType([true, null])).toBe('BOOLEAN');
    expect(parquetType(['a', 1])).toBe('STRING');
    expect(parquetType([null])).toBe('STRING');
  });

  it('names the rules in force', () => {
    expect(rulesText(DEFAULT_SWITCHES)).toMatch(/star rule: current formula.*\(defaults\)$/);
    const changed = rulesText({ ...DEFAULT_SWITCHES, starRule: '2015', denominator: 'all' });
    expect(changed).toContain('star rule: 2015-only');
    expect(changed).toContain('denominator: all commitments');
    expect(changed).toMatch(/switches changed from the defaults/);
    expect(exportProvenance({ name: 'd', simulated: true }, DEFAULT_SWITCHES).simulated).toBe(true);
  });
});

describe('links and lists from dataset text', () => {
  it.each([
    ['https://www.opengovpartnership.org/members/colombia/commitments/CO0111/', true],
    ['http://example.org/x', true],
    ['javascript:alert(1)', false],
    ['data:text/html,<script>', false],
    ['/relative/path', false],
    ['ftp://example.org', false],
    ['https://user:pw@example.org', false],
    ['  https://example.org/a b  ', true],
    ['', false],
  ])('%s → allowed %s', (url, ok) => {
    expect(safeHttpUrl(url) !== null).toBe(ok);
  });

  it('splits ";" lists and drops NA', () => {
    expect(splitList(' A; B ;;NA; c')).toEqual(['A', 'B', 'c']);
    expect(splitList(null)).toEqual([]);
  });
});
