import { z } from 'zod';
import { CanonicalActionPlanRow, CanonicalCommitmentRow } from './canonical-layout';

/** JSON Schemas of the canonical layout, generated from the zod schemas (never hand-written). */
export function canonicalSchemas(): Record<string, unknown> {
  return {
    'canonical-commitments.schema.json': {
      title: 'IRM Atlas canonical commitment row',
      ...z.toJSONSchema(CanonicalCommitmentRow),
    },
    'canonical-action-plans.schema.json': {
      title: 'IRM Atlas canonical action-plan row',
      ...z.toJSONSchema(CanonicalActionPlanRow),
    },
  };
}
