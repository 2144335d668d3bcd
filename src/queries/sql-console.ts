/**
 * The SQL console: the ONE place in IRM Atlas where user-written SQL reaches DuckDB. Everywhere
 * else SQL is fixed text with bound parameters. Three independent guards, any one of which
 * refuses a write:
 *  1. lexical: one statement, comments stripped, first keyword one of the read-only statements,
 *     no write / session / file keyword anywhere, no table function that reads files or runs
 *     SQL text, no string or file-like name where a table goes (DuckDB would read it as a file);
 *  2. the statement is run exactly as checked (comments already removed), queries wrapped in a
 *     row cap;
 *  3. it runs inside BEGIN … ROLLBACK, so even a write that slipped through is undone.
 */
import type { ColumnarResult, Connector, Queryable } from '../db/connector';
import { lexSql, SqlLexError, type Token } from './sql-tokens';

export const READ_ONLY_STATEMENTS = [
  'SELECT',
  'WITH',
  'FROM',
  'VALUES',
  'DESCRIBE',
  'SUMMARIZE',
  'SHOW',
  'EXPLAIN',
] as const;
const QUERY_STARTS = new Set(['SELECT', 'WITH', 'FROM', 'VALUES']);

/** Words that only a write, a session change or a file operation needs. */
export const FORBIDDEN_WORDS = new Set(
  `INSERT UPDATE DELETE MERGE UPSERT CREATE DROP ALTER TRUNCATE RENAME COPY ATTACH DETACH INSTALL
   LOAD FORCE PRAGMA SET RESET CALL EXPORT IMPORT CHECKPOINT VACUUM ANALYZE ANALYSE BEGIN COMMIT
   ROLLBACK ABORT START TRANSACTION USE GRANT REVOKE PREPARE EXECUTE DEALLOCATE COMMENT SECRET
   INTO RETURNING`.split(/\s+/),
);

/** Table functions that read files or URLs, or run SQL text given as a string. */
const FILE_FUNCTION =
  /^(read_|parquet_|iceberg_|delta_|sqlite_|postgres_|mysql_|odbc_|ducklake_|json_execute|from_substrait|load_|install_)|_scan$|^(glob|query|query_table|sniff_csv|getenv|checkpoint|force_checkpoint|duckdb_secrets|which_secret|dbgen|dsdgen)$/;

/** Where a table name goes: a string or a path-like name there is read as a file by DuckDB. */
const TABLE_POSITION = new Set(['FROM', 'JOIN', 'DESCRIBE', 'SUMMARIZE', 'SHOW', 'TABLE']);
const CLAUSES = new Set(
  'SELECT FROM WHERE GROUP HAVING ORDER LIMIT OFFSET QUALIFY WINDOW UNION EXCEPT INTERSECT ON USING JOIN'.split(
    ' ',
  ),
);

export type ConsoleCheck =
  | {
      ok: true;
      statement: string;
      /** Run inside the row cap and cast to text (everything but EXPLAIN, which cannot nest). */
      wrap: boolean;
    }
  | { ok: false; reason: string };

const refuse = (reason: string): ConsoleCheck => ({ ok: false, reason });

export function checkReadOnly(sql: string): ConsoleCheck {
  let tokens: Token[];
  let stripped: string;
  try {
    ({ tokens, stripped } = lexSql(sql));
  } catch (e) {
    if (e instanceof SqlLexError) return refuse(e.message);
    throw e;
  }
  const semi = tokens.findIndex((t) => t.kind === 'symbol' && t.text === ';');
  if (semi !== -1 && semi !== tokens.length - 1)
    return refuse('only one statement at a time (remove the ";" between statements)');
  const body = semi === -1 ? tokens : tokens.slice(0, -1);
  const first = body[0];
  if (!first) return refuse('the statement is empty');
  const allowed = READ_ONLY_STATEMENTS as readonly string[];
  if (first.kind !== 'word' || !allowed.includes(first.text))
    return refuse(
      `${first.kind === 'word' ? first.text : 'this statement'} is not allowed: the console runs only ${READ_ONLY_STATEMENTS.join(', ')}`,
    );
  let start = 1;
  if (first.text === 'EXPLAIN') {
    if (body[1]?.kind === 'word' && (body[1].text === 'ANALYZE' || body[1].text === 'ANALYSE'))
      start = 2;
    const inner = body[start];
    if (!inner || inner.kind !== 'word' || !QUERY_STARTS.has(inner.text))
      return refuse('EXPLAIN works here only on a query (SELECT, WITH, FROM or VALUES)');
    start++;
  }
  const problem = scan(body, start);
  if (problem) return refuse(problem);
  const statement = stripped.trim().replace(/;\s*$/, '').trim();
  return { ok: true, statement, wrap: first.text !== 'EXPLAIN' };
}

function scan(tokens: Token[], start: number): string | null {
  const clause: string[] = [tokens[0]?.text ?? ''];
  for (let i = start; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if (t.kind === 'symbol' && t.text === '(') clause.push('');
    if (t.kind === 'symbol' && t.text === ')' && clause.length > 1) clause.pop();
    if (t.kind === 'word' && CLAUSES.has(t.text)) clause[clause.length - 1] = t.text;
    if (t.kind === 'word' && FORBIDDEN_WORDS.has(t.text))
      return `${t.text} is not allowed in the console (it is read-only; quote a column named like this: "${t.text.toLowerCase()}")`;
    const called = (t.kind === 'word' || t.kind === 'quoted') && next?.text === '(';
    if (called && FILE_FUNCTION.test(t.text.toLowerCase()))
      return `${t.text.toLowerCase()}() reads files or runs SQL text: the console queries only the loaded tables`;
    const tablePosition =
      (prev?.kind === 'word' && TABLE_POSITION.has(prev.text)) ||
      (prev?.text === ',' && clause[clause.length - 1] === 'FROM');
    if (tablePosition && t.kind === 'string')
      return 'a string where a table goes would be read as a file: query the loaded tables by name';
    if (tablePosition && t.kind === 'quoted' && /[./\\:*?]/.test(t.text))
      return `"${t.text}" looks like a file name: the console queries only the loaded tables`;
  }
  return null;
}

/** Rows shown and exported at most; one more is fetched to know the result was cut. */
export const ROW_CAP = 10_000;

/**
 * The SQL actually sent: the statement inside a row cap, every column cast to text so DATE,
 * DECIMAL, lists and structs print as DuckDB prints them (the Arrow path would lose their type).
 */
export function consoleSql(check: { statement: string; wrap: boolean }, cap = ROW_CAP): string {
  if (!check.wrap) return check.statement;
  return `SELECT COLUMNS(*)::VARCHAR FROM (${check.statement}) AS console_result LIMIT ${Math.trunc(cap) + 1}`;
}

export interface ConsoleResult extends ColumnarResult {
  truncated: boolean;
  ms: number;
}

export class ConsoleRefusal extends Error {}

/** Runs `fn` inside BEGIN … ROLLBACK: whatever it changed is undone, even when it throws. */
export async function inRollback<T>(conn: Queryable, fn: () => Promise<T>): Promise<T> {
  await conn.exec('BEGIN TRANSACTION');
  try {
    return await fn();
  } finally {
    await conn.exec('ROLLBACK');
  }
}

/** Checks, then runs the statement inside BEGIN … ROLLBACK; throws ConsoleRefusal if refused. */
export async function runReadOnly(conn: Connector, sql: string): Promise<ConsoleResult> {
  const check = checkReadOnly(sql);
  if (!check.ok) throw new ConsoleRefusal(`${check.reason}. Nothing was run.`);
  const started = performance.now();
  // A connection of its own: the ROLLBACK must never undo a dataset load running meanwhile.
  const side = await conn.connect();
  let result: ColumnarResult;
  try {
    result = await inRollback(side, () => side.queryColumns(consoleSql(check)));
  } finally {
    await side.close();
  }
  const height = result.columns[0]?.length ?? 0;
  const truncated = check.wrap && height > ROW_CAP;
  return {
    names: result.names,
    columns: truncated ? result.columns.map((c) => c.slice(0, ROW_CAP)) : result.columns,
    truncated,
    ms: Math.round(performance.now() - started),
  };
}
