import { z } from 'zod';
import simulatedCsv from '../../data/simulated/ogp-export-simulated.csv?url';
import simulatedManifest from '../../data/simulated/manifest.json';
import seedCommitments from '../../data/seed-sample/commitments.csv?url';
import seedPlans from '../../data/seed-sample/action-plans.csv?url';
import seedManifest from '../../data/seed-sample/manifest.json';
import type { InputFile } from '../ingest';

/** The manifest fields the app reads; anything else in the file is ignored. */
const manifestSchema = z.object({
  name: z.string(),
  simulated: z.boolean(),
  asOf: z.string().optional(),
});

export interface BuiltinDataset {
  id: string;
  name: string;
  simulated: boolean;
  asOf: string | undefined;
  /** Same-origin URLs of hashed build assets, fetched on demand. */
  commitments: { name: string; url: string }[];
  actionPlans: { name: string; url: string }[];
}

function builtin(
  id: string,
  manifest: unknown,
  commitments: BuiltinDataset['commitments'],
  actionPlans: BuiltinDataset['actionPlans'] = [],
): BuiltinDataset {
  const m = manifestSchema.parse(manifest);
  return { id, name: m.name, simulated: m.simulated, asOf: m.asOf, commitments, actionPlans };
}

export const BUILTIN_DATASETS: readonly BuiltinDataset[] = [
  builtin('simulated', simulatedManifest, [
    { name: 'ogp-export-simulated.csv', url: simulatedCsv },
  ]),
  builtin(
    'seed-sample',
    seedManifest,
    [{ name: 'commitments.csv', url: seedCommitments }],
    [{ name: 'action-plans.csv', url: seedPlans }],
  ),
];

export const DEFAULT_DATASET_ID = 'simulated';

export async function fetchFile(
  file: { name: string; url: string },
  onProgress?: (stage: string) => void,
): Promise<InputFile> {
  onProgress?.(`Loading ${file.name}`);
  const res = await fetch(file.url);
  if (!res.ok) throw new Error(`Cannot fetch ${file.name}: HTTP ${res.status}`);
  return { name: file.name, bytes: new Uint8Array(await res.arrayBuffer()) };
}
