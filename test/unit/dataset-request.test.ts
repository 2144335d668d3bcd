import { describe, expect, it } from 'vitest';
import { BUILTIN_DATASETS } from '../../src/datasets/builtin-datasets';
import { prepareLoad, readBrowserFiles } from '../../src/datasets/dataset-request';

const file = (name: string) => ({ name, bytes: new Uint8Array([0x61]) });

describe('prepareLoad', () => {
  it('names an upload after its files and dates it today', async () => {
    const stages: string[] = [];
    const p = await prepareLoad(
      { kind: 'files', commitments: [file('Export 2024.csv'), file('b.csv')], actionPlans: [] },
      (s) => stages.push(s),
      '2026-11-23',
    );
    expect(p.options).toEqual({
      id: 'export-2024-csv-b-csv',
      name: 'Export 2024.csv + 1 more',
      simulated: false,
      asOf: '2026-11-23',
    });
    expect(p.input.commitments.map((f) => f.name)).toEqual(['Export 2024.csv', 'b.csv']);
    expect(stages).toEqual([]);
  });

  it('ships the simulated dataset (flagged simulated) and the seed sample (not simulated)', () => {
    expect(BUILTIN_DATASETS.map((d) => [d.id, d.simulated])).toEqual([
      ['simulated', true],
      ['seed-sample', false],
    ]);
    const seed = BUILTIN_DATASETS[1]!;
    expect(seed.commitments.map((f) => f.name)).toEqual(['commitments.csv']);
    expect(seed.actionPlans.map((f) => f.name)).toEqual(['action-plans.csv']);
  });
});

describe('readBrowserFiles', () => {
  it('refuses a file over the size limit from File.size, before reading a byte', async () => {
    let read = false;
    const file = (name: string, size: number) =>
      ({
        name,
        size,
        arrayBuffer: () => {
          read = true;
          return Promise.resolve(new ArrayBuffer(0));
        },
      }) as unknown as File;
    // CSV streams, so it may be larger than a JSON file, which is read whole.
    await expect(readBrowserFiles([file('big.json', 600 * 2 ** 20)])).rejects.toThrow(
      'Cannot read big.json: the file is 600 MB; the limit is 150 MB.',
    );
    const huge = {
      name: 'huge.csv',
      size: 1100 * 2 ** 20,
      arrayBuffer: () => {
        read = true;
        return Promise.resolve(new ArrayBuffer(0));
      },
    } as unknown as File;
    await expect(readBrowserFiles([huge])).rejects.toThrow(
      'Cannot read huge.csv: the file is 1100 MB; the limit is 1024 MB.',
    );
    expect(read).toBe(false);
  });
});
