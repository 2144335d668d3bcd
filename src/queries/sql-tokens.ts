/** A lexical token of DuckDB SQL, as far as the console's read-only check needs to know. */
export interface Token {
  kind: 'word' | 'quoted' | 'string' | 'number' | 'symbol';
  /** Words upper-cased; quoted identifiers and strings without their quotes. */
  text: string;
}

export interface Lexed {
  tokens: Token[];
  /** The SQL with every comment replaced by a space: the text that is checked is the text run. */
  stripped: string;
}

export class SqlLexError extends Error {}

/**
 * Splits SQL into words, quoted identifiers, strings, numbers and symbols, dropping comments.
 * Anything whose reading could differ between this lexer and DuckDB's parser is refused rather
 * than guessed: nested block comments, escape strings (E'…'), dollar quoting and `$` parameters.
 */
export function lexSql(sql: string): Lexed {
  const tokens: Token[] = [];
  let out = '';
  let i = 0;
  const n = sql.length;
  while (i < n) {
    const c = sql[i] ?? '';
    const next = sql[i + 1] ?? '';
    if (c === '-' && next === '-') {
      const end = sql.indexOf('\n', i);
      i = end === -1 ? n : end;
      out += ' ';
      continue;
    }
    if (c === '/' && next === '*') {
      const end = sql.indexOf('*/', i + 2);
      if (end === -1) throw new SqlLexError('a /* comment is never closed');
      if (sql.slice(i + 2, end).includes('/*'))
        throw new SqlLexError('nested /* comments are not accepted');
      i = end + 2;
      out += ' ';
      continue;
    }
    if (c === "'" || c === '"') {
      if (c === "'" && /[eE]$/.test(out) && !/[\w$]$/.test(out.slice(0, -1)))
        throw new SqlLexError("escape strings (E'…') are not accepted");
      let j = i + 1;
      let text = '';
      for (;;) {
        if (j >= n)
          throw new SqlLexError(`a ${c === "'" ? 'string' : 'quoted name'} is never closed`);
        if (sql[j] === c) {
          if (sql[j + 1] === c) {
            text += c;
            j += 2;
            continue;
          }
          break;
        }
        text += sql[j];
        j++;
      }
      tokens.push({ kind: c === "'" ? 'string' : 'quoted', text });
      out += sql.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (c === '$') throw new SqlLexError('$ (parameters, dollar-quoted strings) is not accepted');
    const word = /^[A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*/.exec(sql.slice(i, i + 256));
    if (word) {
      tokens.push({ kind: 'word', text: word[0].toUpperCase() });
      out += word[0];
      i += word[0].length;
      continue;
    }
    const num = /^\d[\d_]*(\.\d*)?([eE][+-]?\d+)?/.exec(sql.slice(i, i + 64));
    if (num) {
      tokens.push({ kind: 'number', text: num[0] });
      out += num[0];
      i += num[0].length;
      continue;
    }
    if (!/\s/.test(c)) tokens.push({ kind: 'symbol', text: c });
    out += c;
    i++;
  }
  return { tokens, stripped: out };
}
