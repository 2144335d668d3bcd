import { toCsv } from './csv';

export interface CsvTable {
  header: readonly string[];
  rows: readonly (readonly unknown[])[];
}

/** Provenance repeated on every row, so a CSV cut from a spreadsheet still says where it came from. */
export interface CsvProvenance {
  dataset: string;
  simulated: boolean;
  rules: string;
  filters: string;
}

/** A chart's data as formula-safe CSV (src/lib/csv.ts), with its provenance columns. */
export function chartCsv(table: CsvTable, p: CsvProvenance): string {
  const extra = [p.dataset, p.simulated ? 'yes' : 'no', p.rules, p.filters];
  return toCsv(
    [...table.header, 'dataset', 'simulated_data', 'rules', 'filters'],
    table.rows.map((r) => [...r, ...extra]),
  );
}
