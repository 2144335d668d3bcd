import { describe, expect, it } from 'vitest';
import { filterExports, keepExportsNamedIn } from '../../src/db/wasm-exports';

/** A module of three functions exported as a, b and c returning 1, 2, 3, and a custom section. */
const MODULE = Uint8Array.from([
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
  // type: () -> i32
  0x01, 0x05, 0x01, 0x60, 0x00, 0x01, 0x7f,
  // functions 0, 1, 2 of that type
  0x03, 0x04, 0x03, 0x00, 0x00, 0x00,
  // exports a → 0, b → 1, c → 2
  0x07, 0x0d, 0x03, 0x01, 0x61, 0x00, 0x00, 0x01, 0x62, 0x00, 0x01, 0x01, 0x63, 0x00, 0x02,
  // bodies: i32.const 1 / 2 / 3
  0x0a, 0x10, 0x03, 0x04, 0x00, 0x41, 0x01, 0x0b, 0x04, 0x00, 0x41, 0x02, 0x0b, 0x04, 0x00, 0x41,
  0x03, 0x0b,
  // custom section "x" holding 0xff
  0x00, 0x03, 0x01, 0x78, 0xff,
]);

const instance = (bytes: Uint8Array<ArrayBuffer>) =>
  new WebAssembly.Instance(new WebAssembly.Module(bytes)).exports as Record<string, () => number>;

describe('dropping wasm exports the glue never names', () => {
  it('keeps the chosen exports callable, and every other section as it was', () => {
    const slim = filterExports(MODULE, (name) => name !== 'b');
    expect([slim.kept, slim.total]).toEqual([2, 3]);
    const exports = instance(slim.bytes);
    expect(Object.keys(exports)).toEqual(['a', 'c']);
    expect([exports.a!(), exports.c!()]).toEqual([1, 3]);
    const sections = (m: WebAssembly.Module) => WebAssembly.Module.customSections(m, 'x');
    expect(new Uint8Array(sections(new WebAssembly.Module(slim.bytes))[0]!)).toEqual(
      Uint8Array.of(0xff),
    );
    // One entry of 4 bytes less: its name length, name, kind and index.
    expect(slim.bytes.length).toBe(MODULE.length - 4);
  });

  it('keeps a name the sources use as an identifier or as _name, not as part of a word', () => {
    const slim = keepExportsNamedIn(MODULE, ['wasmExports.a(); Module._c(); var bb = "b2";']);
    expect(Object.keys(instance(slim.bytes))).toEqual(['a', 'c']);
  });

  it('can keep no export at all', () => {
    const slim = filterExports(MODULE, () => false);
    expect(Object.keys(instance(slim.bytes))).toEqual([]);
    expect(slim.kept).toBe(0);
  });

  it('refuses bytes that are not a module, or a module cut short', () => {
    expect(() => filterExports(new TextEncoder().encode('<html>404</html>'), () => true)).toThrow(
      /not a WebAssembly module/,
    );
    expect(() => filterExports(MODULE.subarray(0, 30), () => true)).toThrow(/past the end/);
  });
});
