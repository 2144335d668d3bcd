import type { ColumnSpec, Connector } from '../db/connector';
import { quoteIdent, quoteLiteral } from '../lib/sql-quote';

/** DuckDB's row group: checkpoints that each seal less than one keep the table's work flat. */
export const CHECKPOINT_ROWS = 122_880;

/**
 * Rows appended batch by batch under a side name, then swapped in for `table` in one step:
 * a load that fails half-way leaves the table users were looking at as it was.
 *
 * While it fills, the table checkpoints itself, just before its open row group would overflow,
 * instead of letting DuckDB do it. DuckDB checkpoints an in-memory database whenever the
 * committed inserts pass `checkpoint_threshold` (16 MiB) — with this table, every insert or two
 * — and those checkpoints grew with the table: appending 800k rows took 56 s. After a checkpoint
 * DuckDB starts a new row group, so a checkpoint every 120,000 rows seals one group of 120,000
 * each time: 1M rows of the export in Node, 50 inserts of 20,000, took 16 s to append and 10 s
 * for the 8 checkpoints; a checkpoint every 140,000 rows, which leaves a sliver of a group open
 * each time, took 29 s for 7 checkpoints, the later ones 6–7 s each, and twice the memory
 * (bench/RESULTS.md). The checkpoint is also what compresses the rows (800k rows: 74 MB after
 * one, 1.7 GB before), so it is held back, not skipped.
 */
export class StagingTable {
  private readonly staging: string;
  private created = false;
  private committed = false;
  private rowsSinceCheckpoint = 0;
  /** The largest append so far: what the next one may bring (a file's last batch is smaller). */
  private largestAppend = 0;
  /** The threshold found before the load, restored when it ends; null while not overridden. */
  private savedThreshold: string | null = null;

  constructor(
    private readonly conn: Connector,
    private readonly table: string,
    private readonly columns: readonly ColumnSpec[],
    private readonly checkpointRows = CHECKPOINT_ROWS,
  ) {
    this.staging = `${table}__loading`;
  }

  async append(data: Record<string, readonly unknown[]>): Promise<void> {
    const n = data[this.columns[0]!.name]?.length ?? 0;
    if (n === 0 && this.created) return;
    await this.appendWith(n, (append) =>
      this.conn.insertColumns(this.staging, this.columns, data, { append }),
    );
  }

  /** `n` rows already encoded by columnsToArrowIPC with this table's columns (e.g. by a worker). */
  async appendIPC(ipc: Uint8Array, n: number): Promise<void> {
    if (n === 0) return;
    await this.appendWith(n, (append) => this.conn.insertArrowIPC(this.staging, ipc, { append }));
  }

  private async appendWith(n: number, insert: (append: boolean) => Promise<void>): Promise<void> {
    if (!this.created) await this.holdAutomaticCheckpoints();
    await insert(this.created);
    this.created = true;
    this.rowsSinceCheckpoint += n;
    this.largestAppend = Math.max(this.largestAppend, n);
    // The next batch could overflow the open row group.
    if (this.rowsSinceCheckpoint + this.largestAppend > this.checkpointRows)
      await this.checkpoint();
  }

  async commit(): Promise<void> {
    if (!this.created) await this.append(Object.fromEntries(this.columns.map((c) => [c.name, []])));
    await this.conn.exec(
      `DROP TABLE IF EXISTS ${quoteIdent(this.table)}; ALTER TABLE ${quoteIdent(this.staging)} RENAME TO ${quoteIdent(this.table)}`,
    );
    this.committed = true;
    if (this.rowsSinceCheckpoint > 0) await this.checkpoint();
    await this.releaseAutomaticCheckpoints();
  }

  /** Drops what a failed load left behind; nothing after commit. */
  async discard(): Promise<void> {
    try {
      if (this.committed || !this.created) return;
      await this.conn.exec(`DROP TABLE IF EXISTS ${quoteIdent(this.staging)}`);
    } finally {
      await this.releaseAutomaticCheckpoints();
    }
  }

  private async holdAutomaticCheckpoints(): Promise<void> {
    if (this.savedThreshold !== null) return;
    const [row] = await this.conn.query<{ v: string }>(
      "SELECT current_setting('checkpoint_threshold') AS v",
    );
    this.savedThreshold = row?.v ?? '16MiB';
    await this.conn.exec("SET checkpoint_threshold = '1TB'");
  }

  private async releaseAutomaticCheckpoints(): Promise<void> {
    if (this.savedThreshold === null) return;
    const saved = this.savedThreshold;
    this.savedThreshold = null;
    await this.conn.exec(`SET checkpoint_threshold = ${quoteLiteral(saved)}`);
  }

  private async checkpoint(): Promise<void> {
    this.rowsSinceCheckpoint = 0;
    try {
      await this.conn.exec('CHECKPOINT');
    } catch {
      // DuckDB refuses while another connection has a write open (a SQL console user's
      // BEGIN; INSERT …): the rows then stay uncompressed until a later checkpoint, which
      // costs memory, not data.
    }
  }
}
