/** Shared bench helpers: the machine's name, summary statistics, Chromium, arguments. */
import { cpus, loadavg, totalmem } from 'node:os';
import { readFileSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../test/browser/chromium-args';

export interface Machine {
  cpu: string;
  cores: number;
  memory_gib: number;
  /** 1-minute load average when the bench started and when it ended. */
  load_start: number;
  load_end?: number;
  chromium: string;
  node: string;
}

/** CPU model from /proc/cpuinfo (os.cpus() as a fallback), cores, memory, load average. */
export function machine(): Machine {
  let cpu = cpus()[0]?.model ?? 'unknown CPU';
  try {
    const m = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (m?.[1]) cpu = m[1].trim();
  } catch {
    // not Linux: os.cpus() it is
  }
  return {
    cpu,
    cores: cpus().length,
    memory_gib: Math.round(totalmem() / 2 ** 30),
    load_start: load1(),
    chromium: '',
    node: process.version,
  };
}

export const load1 = (): number => Math.round((loadavg()[0] ?? 0) * 100) / 100;

export interface Spread {
  median: number;
  min: number;
  max: number;
  runs: number;
}

const round = (x: number, digits = 0) => Math.round(x * 10 ** digits) / 10 ** digits;

/** Median, min and max (NaN samples left out). */
export function spread(xs: readonly number[], digits = 0): Spread {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return { median: NaN, min: NaN, max: NaN, runs: 0 };
  const mid = s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
  return {
    median: round(mid, digits),
    min: round(s[0]!, digits),
    max: round(s[s.length - 1]!, digits),
    runs: s.length,
  };
}

/** Nearest-rank quantile. */
export function quantile(xs: readonly number[], q: number): number {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  const i = Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1));
  return round(s[i] ?? NaN, 1);
}

export function launch(extra: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [...CHROMIUM_ARGS, ...extra],
  });
}

/** `--name value` from argv, or undefined. */
export function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

export const flag = (name: string): boolean => process.argv.includes(`--${name}`);

/** True when the module is the script node was started with. */
export function isMain(url: string): boolean {
  const entry = process.argv[1];
  return !!entry && url.endsWith(entry.replace(/^.*\/bench\//, '/bench/'));
}
