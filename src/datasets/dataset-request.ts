import {
  assertSizeOf,
  sizeLimitFor,
  type InputFile,
  type LoadInput,
  type LoadOptions,
} from '../ingest';
import { slugify } from '../lib/slug';
import { fetchFile, type BuiltinDataset } from './builtin-datasets';

/** What the user asked to load. */
export type LoadRequest =
  | { kind: 'builtin'; dataset: BuiltinDataset }
  | { kind: 'files'; commitments: InputFile[]; actionPlans: InputFile[] };

/** A request with its bytes in hand, ready for loadDataset (and for a retry with a mapping). */
export interface PreparedLoad {
  input: LoadInput;
  options: Omit<LoadOptions, 'mapping' | 'onProgress'>;
}

export async function prepareLoad(
  req: LoadRequest,
  onProgress: (stage: string) => void,
  today: string = new Date().toISOString().slice(0, 10),
): Promise<PreparedLoad> {
  if (req.kind === 'builtin') {
    const d = req.dataset;
    const commitments = await Promise.all(d.commitments.map((f) => fetchFile(f, onProgress)));
    const actionPlans = await Promise.all(d.actionPlans.map((f) => fetchFile(f, onProgress)));
    return {
      input: { commitments, actionPlans },
      options: { id: d.id, name: d.name, simulated: d.simulated, asOf: d.asOf ?? today },
    };
  }
  return {
    input: { commitments: req.commitments, actionPlans: req.actionPlans },
    options: {
      id: slugify(req.commitments.map((f) => f.name).join('-')) || 'upload',
      name: uploadName(req.commitments.map((f) => f.name)),
      simulated: false,
      asOf: today,
    },
  };
}

function uploadName(names: string[]): string {
  const [first, ...rest] = names;
  if (!first) return 'Uploaded files';
  return rest.length === 0 ? first : `${first} + ${rest.length} more`;
}

/**
 * Reads browser File objects into the loader's InputFile shape. The size limit is checked on
 * File.size first, so a file too large for the engine is refused before the tab reads it into
 * memory.
 */
export async function readBrowserFiles(files: readonly File[]): Promise<InputFile[]> {
  for (const f of files) assertSizeOf(f.name, f.size, sizeLimitFor(f.name));
  return Promise.all(
    files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
  );
}
