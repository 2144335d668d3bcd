import { EN, type Translator } from '../i18n/translator';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { toCsv } from './csv';

/** A query result as columns (names in SELECT order), as Connector.queryColumns returns it. */
export interface ExportTable {
  names: string[];
  columns: unknown[][];
}

/** Where exported rows come from; every export names its dataset and says if it is simulated. */
export interface ExportProvenance {
  dataset: string;
  simulated: boolean;
  /** The harmonisation rules in force, in words. */
  rules: string;
  /** The data status in words, in the UI language (else English: dataStatus). */
  status?: string;
}

export const PROVENANCE_COLUMNS = ['dataset', 'data_status', 'rules_in_force'] as const;

export function dataStatus(simulated: boolean, tr: Translator = EN): string {
  return tr.t(simulated ? 'explore.prov_simulated' : 'explore.prov_real');
}

function provenanceValues(p: ExportProvenance): string[] {
  return [p.dataset, p.status ?? dataStatus(p.simulated), p.rules];
}

function rowCount(t: ExportTable): number {
  return t.columns[0]?.length ?? 0;
}

/** CSV with the provenance as trailing columns on every row; formulas neutralised. */
export function tableToCsv(t: ExportTable, p: ExportProvenance): string {
  const extra = provenanceValues(p);
  const rows = Array.from({ length: rowCount(t) }, (_, r) => [
    ...t.columns.map((c) => cellValue(c[r])),
    ...extra,
  ]);
  return toCsv([...t.names, ...PROVENANCE_COLUMNS], rows);
}

function cellValue(v: unknown): string | number | boolean | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (Array.isArray(v)) return v.map((x) => String(x)).join('; ');
  return String(v);
}

type ParquetType = 'STRING' | 'INT32' | 'DOUBLE' | 'BOOLEAN';

/** The narrowest Parquet type that holds every non-null value; mixed columns become text. */
export function parquetType(values: readonly unknown[]): ParquetType {
  const present = values.filter((v) => v !== null && v !== undefined);
  if (present.length === 0) return 'STRING';
  if (present.every((v) => typeof v === 'boolean')) return 'BOOLEAN';
  if (present.every((v) => typeof v === 'number')) {
    const ints = present.every(
      (v) => Number.isInteger(v) && (v as number) >= -(2 ** 31) && (v as number) < 2 ** 31,
    );
    return ints ? 'INT32' : 'DOUBLE';
  }
  return 'STRING';
}

/**
 * Parquet written in JS (DuckDB's parquet extension is not available offline), with the
 * provenance twice: as key-value metadata and as columns, so it survives tools that drop either.
 */
export function tableToParquet(t: ExportTable, p: ExportProvenance): Uint8Array {
  const n = rowCount(t);
  const columnData = t.names.map((name, i) => {
    const raw = t.columns[i] ?? [];
    const type = parquetType(raw);
    const data = raw.map((v) => {
      const c = cellValue(v);
      return type === 'STRING' && c !== null ? String(c) : c;
    });
    return { name, data, type, nullable: true };
  });
  const extra = provenanceValues(p).map((value, i) => ({
    name: PROVENANCE_COLUMNS[i] ?? `provenance_${i}`,
    data: Array.from({ length: n }, () => value),
    type: 'STRING' as const,
    nullable: true,
  }));
  const buffer = parquetWriteBuffer({
    columnData: [...columnData, ...extra],
    kvMetadata: [
      { key: 'irm_atlas.dataset', value: p.dataset },
      { key: 'irm_atlas.data_status', value: p.status ?? dataStatus(p.simulated) },
      { key: 'irm_atlas.rules_in_force', value: p.rules },
    ],
  });
  return new Uint8Array(buffer);
}
