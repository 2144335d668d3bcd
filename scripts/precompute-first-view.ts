import { readFileSync, writeFileSync } from 'node:fs';
import { createNodeConnector } from '../src/db/node-connector';
import { loadDataset } from '../src/ingest';
import { DEFAULT_SWITCHES } from '../src/metrics';
import { summarize } from '../src/queries';

/**
 * Writes data/simulated/first-view.json: the default dataset's overview under the default rules,
 * computed by the same loader and SQL the app runs (test/db/first-view.test.ts keeps it honest).
 */
export async function computeFirstView() {
  const manifest = JSON.parse(
    readFileSync(new URL('../data/simulated/manifest.json', import.meta.url), 'utf8'),
  ) as { name: string; simulated: boolean; file: string; asOf: string };
  const conn = await createNodeConnector();
  try {
    const bytes = readFileSync(new URL(`../data/simulated/${manifest.file}`, import.meta.url));
    await loadDataset(
      conn,
      { commitments: [{ name: manifest.file, bytes }] },
      { id: 'simulated', name: manifest.name, simulated: manifest.simulated, asOf: manifest.asOf },
    );
    const [all] = await summarize(conn, { by: [], switches: DEFAULT_SWITCHES });
    return {
      datasetId: 'simulated',
      dataset: {
        name: manifest.name,
        simulated: manifest.simulated,
        files: [manifest.file],
        asOf: manifest.asOf,
      },
      values: all?.metrics ?? {},
    };
  } finally {
    await conn.close();
  }
}

if (process.argv[1]?.endsWith('precompute-first-view.ts')) {
  const view = await computeFirstView();
  writeFileSync(
    new URL('../data/simulated/first-view.json', import.meta.url),
    `${JSON.stringify(view, null, 2)}\n`,
  );
  console.log('wrote data/simulated/first-view.json');
}
