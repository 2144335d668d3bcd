/**
 * DuckDB-WASM is built as an Emscripten MAIN_MODULE, so that extensions can be linked in at run
 * time: its wasm exports 75,011 symbols, 65,167 of them functions. At instantiation its glue
 * walks every export, makes a JS function and a `WebAssembly.Global` for each and adds every
 * function to the function table (`relocateExports` → `updateGOT` → `addFunction`). Only side
 * modules (extensions) ever look those symbols up, and IRM Atlas loads none: they are not
 * available offline and autoloading is switched off (connector.ts). The glue itself calls a few
 * hundred exports, by name.
 *
 * `keepExportsNamedIn` rewrites the export section to the exports whose names the glue's
 * sources mention. Function bodies, the table, memory and every other section stay byte for byte
 * as they are: removing an export renumbers nothing. Measured (bench/RESULTS.md, session 13):
 * instantiation in Node 1.24–1.37 s → 0.28–0.30 s, navigation → DuckDB ready in Chromium
 * 1.92 → 1.15 s, and 34.2 MB → 26.8 MB to download and compile.
 */

export interface SlimWasm {
  bytes: Uint8Array<ArrayBuffer>;
  /** Exports kept, and exports in the original. */
  kept: number;
  total: number;
}

const EXPORT_SECTION = 7;
const MAGIC = [0x00, 0x61, 0x73, 0x6d];

/**
 * The module with only the exports that `sources` (the glue's JS) name: as an identifier, as
 * Emscripten's `_name` alias, or as Emscripten's dynamically named `dynCall_*`.
 */
export function keepExportsNamedIn(wasm: Uint8Array, sources: readonly string[]): SlimWasm {
  const names = new Set<string>();
  for (const s of sources) for (const m of s.matchAll(/[A-Za-z_$][\w$]*/g)) names.add(m[0]);
  const named = (name: string) =>
    names.has(name) || names.has(`_${name}`) || name.startsWith('dynCall_');
  // `orig$name` is name's unlegalised twin (i64 arguments), which the glue only puts in the
  // table for side modules: kept with its name.
  return filterExports(wasm, (name) =>
    name.startsWith('orig$') ? named(name.slice(5)) : named(name),
  );
}

/** The module with only the exports `wanted` keeps; throws on bytes that are not a wasm module. */
export function filterExports(wasm: Uint8Array, wanted: (name: string) => boolean): SlimWasm {
  if (wasm.length < 8 || MAGIC.some((b, k) => wasm[k] !== b))
    throw new Error('not a WebAssembly module (no \\0asm header)');
  const reader = new ByteReader(wasm, 8);
  const parts: Uint8Array[] = [wasm.subarray(0, 8)];
  let kept = 0;
  let total = 0;
  let sawExports = false;
  while (reader.pos < wasm.length) {
    const sectionStart = reader.pos;
    const id = reader.byte();
    const size = reader.u32();
    const bodyStart = reader.pos;
    const end = bodyStart + size;
    if (end > wasm.length) throw new Error(`wasm section ${id} runs past the end of the module`);
    if (id !== EXPORT_SECTION) {
      parts.push(wasm.subarray(sectionStart, end));
      reader.pos = end;
      continue;
    }
    sawExports = true;
    total = reader.u32();
    const entries: Uint8Array[] = [];
    for (let k = 0; k < total; k++) {
      const entryStart = reader.pos;
      const name = reader.name();
      reader.byte(); // kind
      reader.u32(); // index
      if (!wanted(name)) continue;
      entries.push(wasm.subarray(entryStart, reader.pos));
      kept++;
    }
    if (reader.pos !== end) throw new Error('the wasm export section has bytes after its entries');
    const body = concat([uleb(kept), ...entries]);
    parts.push(concat([Uint8Array.of(EXPORT_SECTION), uleb(body.length), body]));
  }
  if (!sawExports) throw new Error('the wasm module has no export section');
  return { bytes: concat(parts), kept, total };
}

class ByteReader {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  constructor(
    private readonly bytes: Uint8Array,
    public pos: number,
  ) {}

  byte(): number {
    if (this.pos >= this.bytes.length) throw new Error('the wasm module ends mid-section');
    return this.bytes[this.pos++]!;
  }

  u32(): number {
    let result = 0;
    for (let shift = 0; shift < 35; shift += 7) {
      const b = this.byte();
      result += (b & 0x7f) * 2 ** shift;
      if ((b & 0x80) === 0) return result;
    }
    throw new Error('a LEB128 number in the wasm module is too long');
  }

  name(): string {
    const length = this.u32();
    const start = this.pos;
    this.pos += length;
    if (this.pos > this.bytes.length) throw new Error('a wasm export name runs past the end');
    return this.decoder.decode(this.bytes.subarray(start, this.pos));
  }
}

function uleb(value: number): Uint8Array {
  const out: number[] = [];
  do {
    let b = value & 0x7f;
    value = Math.floor(value / 128);
    if (value !== 0) b |= 0x80;
    out.push(b);
  } while (value !== 0);
  return Uint8Array.from(out);
}

function concat(parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
