import { createColumnHelper } from '@tanstack/react-table';
import type { MethodologyRule } from '../vocab';
import type { Features } from './features';

const helper = createColumnHelper<Features, MethodologyRule>();

const ERA_LABEL: Record<MethodologyRule['era'], string> = {
  pre2020: 'pre-2020',
  refresh: 'refresh (2020+)',
  both: 'both eras',
};

export const RULE_COLUMNS = helper.columns([
  helper.accessor('field', { header: 'Field' }),
  helper.accessor((r) => ERA_LABEL[r.era], { id: 'era', header: 'Era' }),
  helper.accessor('rule', { header: 'Rule', enableSorting: false }),
  helper.accessor('source', { header: 'Source' }),
  helper.accessor((r) => r.reproduces ?? '', { id: 'reproduces', header: 'Reproduces OGP column' }),
]);
