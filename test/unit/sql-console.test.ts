import { describe, expect, it } from 'vitest';
import { checkReadOnly, consoleSql, ROW_CAP } from '../../src/queries/sql-console';
import { lexSql } from '../../src/queries/sql-tokens';

describe('SQL console: statements it runs', () => {
  const allowed = [
    { name: 'select', sql: 'SELECT * FROM commitments', statement: 'SELECT * FROM commitments' },
    { name: 'lower case', sql: 'select 1', statement: 'select 1' },
    { name: 'with', sql: 'WITH a AS (SELECT 1 AS x) SELECT x FROM a', wrap: true },
    { name: 'from-first', sql: 'FROM commitments SELECT commitment_id' },
    { name: 'values', sql: 'VALUES (1, 2)' },
    { name: 'describe', sql: 'DESCRIBE commitments' },
    { name: 'summarize', sql: 'SUMMARIZE commitments' },
    { name: 'show tables', sql: 'SHOW TABLES' },
    { name: 'explain', sql: 'EXPLAIN SELECT 1', wrap: false },
    { name: 'explain analyze of a query', sql: 'EXPLAIN ANALYZE SELECT 1', wrap: false },
    {
      name: 'one trailing semicolon',
      sql: 'SELECT 1;  ',
      statement: 'SELECT 1',
    },
    {
      name: 'comments are stripped from what runs',
      sql: '-- count\nSELECT /* all */ count(*) FROM commitments -- done',
      statement: 'SELECT   count(*) FROM commitments',
    },
    {
      name: 'forbidden words inside strings are data',
      sql: "SELECT 'DROP TABLE commitments; DELETE' AS note",
    },
    { name: 'forbidden words as quoted names', sql: 'SELECT 1 AS "update"' },
    { name: 'a string in the select list', sql: "SELECT 'a', 'b.csv' FROM commitments" },
    { name: 'table names that start like a keyword', sql: 'SELECT * FROM load_issues' },
    {
      name: 'replace() is a string function',
      sql: "SELECT replace(title, 'a', 'b') FROM commitments",
    },
    { name: 'quoted table name', sql: 'SELECT * FROM "commitments"' },
    { name: 'doubled quotes in a string', sql: "SELECT 'it''s' AS s" },
    { name: 'accents in identifiers', sql: 'SELECT 1 AS année' },
  ];
  it.each(allowed)('$name', ({ sql, statement, wrap }) => {
    const check = checkReadOnly(sql);
    expect(check).toMatchObject({ ok: true });
    if (!check.ok) return;
    if (statement !== undefined) expect(check.statement).toBe(statement);
    if (wrap !== undefined) expect(check.wrap).toBe(wrap);
  });
});

describe('SQL console: statements it refuses', () => {
  const refused = [
    { name: 'drop', sql: 'DROP TABLE commitments', reason: /DROP is not allowed/ },
    { name: 'drop after a comment', sql: '/* hi */ drop table commitments', reason: /DROP/ },
    { name: 'delete', sql: 'DELETE FROM commitments', reason: /DELETE/ },
    { name: 'insert', sql: 'INSERT INTO members VALUES (1)', reason: /INSERT/ },
    { name: 'update', sql: "UPDATE commitments SET title = 'x'", reason: /UPDATE/ },
    { name: 'create', sql: 'CREATE TABLE x AS SELECT 1', reason: /CREATE/ },
    { name: 'copy', sql: "COPY commitments TO 'x.csv'", reason: /COPY/ },
    { name: 'attach', sql: "ATTACH 'x.db'", reason: /ATTACH/ },
    { name: 'install', sql: 'INSTALL httpfs', reason: /INSTALL/ },
    { name: 'load', sql: 'LOAD httpfs', reason: /LOAD/ },
    { name: 'pragma', sql: 'PRAGMA database_list', reason: /PRAGMA/ },
    { name: 'set', sql: "SET memory_limit = '1GB'", reason: /SET/ },
    { name: 'call', sql: 'CALL pragma_version()', reason: /CALL/ },
    { name: 'export', sql: "EXPORT DATABASE 'x'", reason: /EXPORT/ },
    { name: 'two statements', sql: 'SELECT 1; DROP TABLE commitments', reason: /one statement/ },
    { name: 'two selects', sql: 'SELECT 1; SELECT 2', reason: /one statement/ },
    { name: 'empty', sql: '  -- nothing\n', reason: /empty/ },
    { name: 'explain analyze of a write', sql: 'EXPLAIN ANALYZE DROP TABLE x', reason: /EXPLAIN/ },
    {
      name: 'a write keyword inside a query',
      sql: 'WITH d AS (DELETE FROM commitments RETURNING *) SELECT * FROM d',
      reason: /DELETE/,
    },
    { name: 'select into', sql: 'SELECT * INTO t FROM commitments', reason: /INTO/ },
    { name: 'read_csv', sql: "SELECT * FROM read_csv('/etc/passwd')", reason: /read_csv\(\)/ },
    { name: 'read_text', sql: "SELECT * FROM read_text('x')", reason: /read_text/ },
    { name: 'quoted function', sql: `SELECT * FROM "read_parquet"('x')`, reason: /read_parquet/ },
    { name: 'glob', sql: "SELECT * FROM glob('*')", reason: /glob/ },
    { name: 'query()', sql: "SELECT * FROM query('DROP TABLE x')", reason: /query\(\)/ },
    { name: 'parquet_scan', sql: "FROM parquet_scan('x')", reason: /parquet_scan/ },
    { name: 'a string as a table', sql: "SELECT * FROM 'data.csv'", reason: /read as a file/ },
    {
      name: 'a string after a join',
      sql: "FROM commitments JOIN 'x.csv' USING (a)",
      reason: /file/,
    },
    { name: 'a string in a from list', sql: "SELECT 1 FROM commitments, 'x.csv'", reason: /file/ },
    { name: 'a string after a function in from', sql: "FROM range(3) r, 'x.csv'", reason: /file/ },
    { name: 'describe a file', sql: "DESCRIBE 'x.parquet'", reason: /file/ },
    { name: 'summarize a file', sql: "SUMMARIZE 'x.parquet'", reason: /file/ },
    { name: 'a quoted file name', sql: 'SELECT * FROM "x.csv"', reason: /looks like a file/ },
    { name: 'a quoted url', sql: 'SELECT * FROM "https://e.org/x"', reason: /looks like a file/ },
    { name: 'unclosed string', sql: "SELECT 'abc", reason: /never closed/ },
    { name: 'unclosed comment', sql: 'SELECT 1 /* x', reason: /never closed/ },
    { name: 'nested comment', sql: 'SELECT /* a /* b */ DROP */ 1', reason: /nested/ },
    { name: 'escape string', sql: "SELECT E'\\'' ; DROP TABLE x", reason: /escape strings/ },
    { name: 'dollar quoting', sql: 'SELECT $$ x $$', reason: /\$/ },
    { name: 'begin', sql: 'BEGIN TRANSACTION', reason: /BEGIN/ },
    { name: 'checkpoint', sql: 'CHECKPOINT', reason: /CHECKPOINT/ },
  ];
  it.each(refused)('$name', ({ sql, reason }) => {
    const check = checkReadOnly(sql);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.reason).toMatch(reason);
  });
});

describe('SQL console: what it sends', () => {
  it('wraps a statement in the row cap and casts every column to text', () => {
    expect(consoleSql({ statement: 'SELECT 1', wrap: true }, 10)).toBe(
      'SELECT COLUMNS(*)::VARCHAR FROM (SELECT 1) AS console_result LIMIT 11',
    );
    expect(consoleSql({ statement: 'EXPLAIN SELECT 1', wrap: false })).toBe('EXPLAIN SELECT 1');
    expect(consoleSql({ statement: 'SELECT 1', wrap: true })).toContain(`LIMIT ${ROW_CAP + 1}`);
  });

  it('lexes quoted names and strings without their quotes, keeping doubled quotes', () => {
    const { tokens } = lexSql(`SELECT "a""b", 'c''d' -- x`);
    expect(tokens).toEqual([
      { kind: 'word', text: 'SELECT' },
      { kind: 'quoted', text: 'a"b' },
      { kind: 'symbol', text: ',' },
      { kind: 'string', text: "c'd" },
    ]);
  });
});
