import { normaliseHeader, normaliseLabel } from '../vocab';

/**
 * IRM Atlas's exports say on every row whether their data is simulated: the `data_status`
 * column, in the UI language (src/lib/export-table.ts, `explore.prov_simulated`). A file that
 * says so keeps its label when it is loaded again, so simulated data never comes back as real.
 */
export const STATUS_HEADER = normaliseHeader('data_status');

// The start of `explore.prov_simulated` in English, French and Spanish, folded.
const SIMULATED = /^(simulated|donnees simulees|datos simulados)\b/;

export function isSimulatedStatus(value: string | undefined): boolean {
  return value !== undefined && value !== '' && SIMULATED.test(normaliseLabel(value));
}

export interface SimulatedCount {
  count: number;
  read: number;
  first: number | null;
}

/** How many rows of a file say they are simulated, and the first of them. */
export class SimulatedRows implements SimulatedCount {
  count = 0;
  read = 0;
  first: number | null = null;

  /** Adds the count of the rows that follow the ones counted so far (a later cut's). */
  merge(later: SimulatedCount): void {
    this.count += later.count;
    this.read += later.read;
    this.first ??= later.first;
  }

  /** `firstRow`: the reported number of rows[0] (the header is row 0). */
  add(rows: readonly (readonly string[])[], column: number, firstRow: number): void {
    this.read += rows.length;
    // An export repeats one status on every row: fold it once per run of equal values.
    let last: string | undefined;
    let simulated = false;
    for (let i = 0; i < rows.length; i++) {
      const value = rows[i]![column];
      if (value !== last) simulated = isSimulatedStatus((last = value));
      if (!simulated) continue;
      this.count++;
      this.first ??= firstRow + i;
    }
  }
}
