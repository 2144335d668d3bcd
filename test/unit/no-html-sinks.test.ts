import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../src', import.meta.url));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/** Ways text becomes markup or code. ECharts tooltips are HTML: their formatters escape. */
const SINKS = [
  /dangerouslySetInnerHTML/,
  /\.innerHTML\s*=/,
  /\.outerHTML\s*=/,
  /insertAdjacentHTML/,
  /document\.write/,
  /\beval\s*\(/,
  /new Function\s*\(/,
  /srcdoc/,
];

describe('no raw HTML or code sinks in src/', () => {
  it('finds none of them in any module', () => {
    const all = files(SRC);
    expect(all.length).toBeGreaterThan(100);
    const hits = all.flatMap((f) => {
      const text = readFileSync(f, 'utf8');
      return SINKS.filter((re) => re.test(text)).map((re) => `${f.slice(SRC.length)} ${re.source}`);
    });
    expect(hits).toEqual([]);
  });

  it('every tooltip formatter in the chart builders escapes what it returns', () => {
    const charts = files(join(SRC, 'charts')).filter((f) => f.endsWith('.option.ts'));
    const unescaped = charts.filter((f) => {
      const text = readFileSync(f, 'utf8');
      return /formatter\s*:/.test(text) && /tooltip/.test(text) && !/escapeHtml/.test(text);
    });
    expect(unescaped).toEqual([]);
  });
});
