import type { ColumnSpec, Connector } from '../db/connector';
import { quoteIdent } from '../lib/sql-quote';

/**
 * Rows appended batch by batch under a side name, then swapped in for `table` in one step:
 * a load that fails half-way leaves the table users were looking at as it was.
 */
export class StagingTable {
  private readonly staging: string;
  private created = false;
  private committed = false;

  constructor(
    private readonly conn: Connector,
    private readonly table: string,
    private readonly columns: readonly ColumnSpec[],
  ) {
    this.staging = `${table}__loading`;
  }

  async append(data: Record<string, readonly unknown[]>): Promise<void> {
    const n = data[this.columns[0]!.name]?.length ?? 0;
    if (n === 0 && this.created) return;
    await this.conn.insertColumns(this.staging, this.columns, data, { append: this.created });
    this.created = true;
  }

  async commit(): Promise<void> {
    if (!this.created) await this.append(Object.fromEntries(this.columns.map((c) => [c.name, []])));
    await this.conn.exec(
      `DROP TABLE IF EXISTS ${quoteIdent(this.table)}; ALTER TABLE ${quoteIdent(this.staging)} RENAME TO ${quoteIdent(this.table)}`,
    );
    this.committed = true;
  }

  /** Drops what a failed load left behind; nothing after commit. */
  async discard(): Promise<void> {
    if (this.committed || !this.created) return;
    await this.conn.exec(`DROP TABLE IF EXISTS ${quoteIdent(this.staging)}`);
  }
}
