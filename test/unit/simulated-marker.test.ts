import { describe, expect, it } from 'vitest';
import { isSimulatedStatus, SimulatedRows } from '../../src/ingest/simulated-marker';
import { en } from '../../src/i18n/messages/explore';
import { es } from '../../src/i18n/messages/es/explore';
import { fr } from '../../src/i18n/messages/fr/explore';

describe('isSimulatedStatus', () => {
  it('reads the data status our exports write, in each UI language', () => {
    for (const m of [en, fr, es]) {
      expect(isSimulatedStatus(m.prov_simulated), m.prov_simulated).toBe(true);
      expect(isSimulatedStatus(m.prov_real), m.prov_real).toBe(false);
    }
  });

  it('takes other cases and spacing, and nothing that does not start by saying so', () => {
    expect(isSimulatedStatus('  Données  simulées')).toBe(true);
    expect(isSimulatedStatus('simulated')).toBe(true);
    expect(isSimulatedStatus('not simulated')).toBe(false);
    expect(isSimulatedStatus('simulatedness')).toBe(false);
    expect(isSimulatedStatus('')).toBe(false);
    expect(isSimulatedStatus(undefined)).toBe(false);
  });
});

describe('SimulatedRows', () => {
  it('counts the rows that say so across batches and keeps the first one’s number', () => {
    const s = new SimulatedRows();
    s.add(
      [
        ['a', en.prov_real],
        ['b', ''],
      ],
      1,
      1,
    );
    s.add([['c', en.prov_simulated], ['d'], ['e', fr.prov_simulated]], 1, 3);
    expect({ count: s.count, read: s.read, first: s.first }).toEqual({
      count: 2,
      read: 5,
      first: 3,
    });
  });
});
