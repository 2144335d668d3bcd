import { describe, expect, it } from 'vitest';
import { mappingKey, recallMapping, rememberMapping } from '../../src/state/mapping-store';
import { initialMapping, missingRequired } from '../../src/views/data/mapping-form-state';

class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(k: string) {
    return this.items.get(k) ?? null;
  }
  key(i: number) {
    return [...this.items.keys()][i] ?? null;
  }
  removeItem(k: string) {
    this.items.delete(k);
  }
  setItem(k: string, v: string) {
    this.items.set(k, v);
  }
}

const NEEDED = {
  fileName: 'custom.csv',
  headers: ['ID', 'Country', 'Title', 'Notes'],
  suggestions: { ID: 'commitment_id', Country: 'member', Title: 'title', Notes: null },
  required: ['commitment_id', 'member'],
  canonicalColumns: ['commitment_id', 'member', 'title', 'region'],
};

describe('column mapping memory', () => {
  it('keys a mapping by the sorted header list, so column order does not matter', () => {
    expect(mappingKey(['b', 'a'])).toBe(mappingKey(['a', 'b']));
    expect(mappingKey(['a', 'b'])).not.toBe(mappingKey(['a', 'b', 'c']));
  });

  it('remembers and recalls a mapping; ignores malformed stored values', () => {
    const storage = new MemoryStorage();
    expect(recallMapping(['ID', 'Country'], storage)).toBeNull();
    rememberMapping(['ID', 'Country'], { ID: 'commitment_id', Country: 'member' }, storage);
    expect(recallMapping(['Country', 'ID'], storage)).toEqual({
      ID: 'commitment_id',
      Country: 'member',
    });
    storage.setItem(mappingKey(['x']), '{"x": 3}');
    expect(recallMapping(['x'], storage)).toBeNull();
    storage.setItem(mappingKey(['y']), 'not json');
    expect(recallMapping(['y'], storage)).toBeNull();
  });

  it('survives storage that throws (private mode, quota)', () => {
    const broken = new MemoryStorage();
    broken.setItem = () => {
      throw new Error('QuotaExceededError');
    };
    expect(() => rememberMapping(['a'], { a: 'member' }, broken)).not.toThrow();
  });
});

describe('mapping form state', () => {
  it('starts from the suggestions, "" for not used', () => {
    expect(initialMapping(NEEDED, null)).toEqual({
      ID: 'commitment_id',
      Country: 'member',
      Title: 'title',
      Notes: '',
    });
  });

  it('prefers the remembered mapping and drops targets that are not canonical columns', () => {
    expect(
      initialMapping(NEEDED, { ID: 'commitment_id', Notes: 'region', Title: 'bogus' }),
    ).toEqual({ ID: 'commitment_id', Country: '', Title: '', Notes: 'region' });
  });

  it('lists the required columns nothing maps to yet', () => {
    expect(missingRequired(NEEDED.required, { ID: 'commitment_id', Country: '' })).toEqual([
      'member',
    ]);
    expect(missingRequired(NEEDED.required, initialMapping(NEEDED, null))).toEqual([]);
  });
});
