import { CANONICAL_COMMITMENT_COLUMNS } from '../model/canonical-layout';
import { normaliseHeader } from '../vocab';
import type { ColumnMapping, Layout } from './load-types';
import {
  OGP_EXPORT_FIELDS,
  OGP_POLICY_AREA_COLUMNS,
  type OgpExportField,
} from './ogp-export-layout';
import { FileReadError, type RawTable } from './raw-table';
import { STATUS_HEADER } from './simulated-marker';

export type CanonicalField = (typeof CANONICAL_COMMITMENT_COLUMNS)[number];
export type InternalField = OgpExportField | CanonicalField;

export interface ColumnResolution {
  layout: Layout;
  /** Column index of each field the file provides. */
  fields: Partial<Record<InternalField, number>>;
  /** Export policy-area dummy columns present in the file. */
  policyAreas: { index: number; name: string }[];
  /** Headers IRM Atlas does not use; they stay in the raw table, untouched. */
  unused: string[];
  /** The `data_status` column of IRM Atlas's own exports (src/ingest/simulated-marker.ts). */
  status?: number;
}

/** Headers we could not place: the app offers a column-mapping step. */
export class UnmappedHeadersError extends Error {
  readonly required = ['commitment_id', 'member'];
  readonly canonicalColumns = [...CANONICAL_COMMITMENT_COLUMNS];
  constructor(
    readonly fileName: string,
    readonly headers: string[],
    readonly suggestions: Record<string, string | null>,
  ) {
    super(
      `${fileName}: the columns are neither OGP's commitments export nor IRM Atlas's canonical layout ` +
        `(no "Commitment Unique Identifier" or "commitment_id" column). Map the columns to continue.`,
    );
    this.name = 'UnmappedHeadersError';
  }
}

const EXPORT_BY_HEADER = new Map(
  Object.entries(OGP_EXPORT_FIELDS).map(([field, header]) => [
    normaliseHeader(header),
    field as OgpExportField,
  ]),
);
const POLICY_BY_HEADER = new Map(OGP_POLICY_AREA_COLUMNS.map((h) => [normaliseHeader(h), h]));
const CANONICAL_BY_HEADER = new Map(
  CANONICAL_COMMITMENT_COLUMNS.map((c) => [normaliseHeader(c), c as CanonicalField]),
);

export function resolveColumns(
  table: Pick<RawTable, 'fileName' | 'headers'>,
  mapping?: ColumnMapping,
): ColumnResolution {
  const norm = table.headers.map(normaliseHeader);
  if (norm.includes(normaliseHeader(OGP_EXPORT_FIELDS.commitment_id))) {
    return place(table, (h) => EXPORT_BY_HEADER.get(h), 'ogp_export', true);
  }
  if (norm.includes('commitment_id'))
    return place(table, (h) => CANONICAL_BY_HEADER.get(h), 'canonical', false);
  if (mapping && Object.values(mapping).includes('commitment_id')) {
    const byHeader = new Map(
      Object.entries(mapping)
        .filter(([, to]) => CANONICAL_BY_HEADER.has(to))
        .map(([from, to]) => [normaliseHeader(from), to as CanonicalField]),
    );
    return place(table, (h) => byHeader.get(h), 'mapped', false);
  }
  throw new UnmappedHeadersError(table.fileName, table.headers, suggestMapping(table.headers));
}

function place(
  table: Pick<RawTable, 'fileName' | 'headers'>,
  fieldOf: (normalisedHeader: string) => InternalField | undefined,
  layout: Layout,
  withPolicyAreas: boolean,
): ColumnResolution {
  const fields: Partial<Record<InternalField, number>> = {};
  const policyAreas: ColumnResolution['policyAreas'] = [];
  const unused: string[] = [];
  let status: number | undefined;
  table.headers.forEach((header, index) => {
    const key = normaliseHeader(header);
    const field = fieldOf(key);
    if (field) {
      const first = fields[field];
      if (first !== undefined) {
        throw new FileReadError(
          table.fileName,
          `columns ${first + 1} ("${table.headers[first]}") and ${index + 1} ("${header}") both give ${field}; remove one`,
        );
      }
      fields[field] = index;
    } else if (withPolicyAreas && POLICY_BY_HEADER.has(key)) {
      policyAreas.push({ index, name: POLICY_BY_HEADER.get(key)! });
    } else if (key === STATUS_HEADER && status === undefined) {
      status = index;
    } else {
      unused.push(header);
    }
  });
  return { layout, fields, policyAreas, unused, ...(status === undefined ? {} : { status }) };
}

/** Best guesses for the mapping form: a header whose normalised text is a canonical name. */
export function suggestMapping(headers: string[]): Record<string, string | null> {
  // fromEntries defines own properties, so a header named "__proto__" is kept as a key.
  return Object.fromEntries(
    headers.map((h) => {
      const key = normaliseHeader(h).replace(/[\s-]+/g, '_');
      const exportField = EXPORT_BY_HEADER.get(normaliseHeader(h));
      const canonical =
        CANONICAL_BY_HEADER.get(key) ?? (exportField && CANONICAL_BY_HEADER.get(exportField));
      // Own keys only: a header "constructor" must not suggest Object.prototype.constructor.
      const synonym = Object.hasOwn(SYNONYMS, key) ? SYNONYMS[key] : undefined;
      return [h, canonical ?? synonym ?? null];
    }),
  );
}

const SYNONYMS: Record<string, CanonicalField> = {
  id: 'commitment_id',
  commitment: 'commitment_id',
  identifier: 'commitment_id',
  country: 'member',
  pais: 'member',
  pays: 'member',
  membre: 'member',
  miembro: 'member',
  titre: 'title',
  titulo: 'title',
};

/** 1 for each of the file's `width` columns the normaliser reads, 0 for those it never looks at. */
export function columnsRead(cols: ColumnResolution, width: number): Uint8Array {
  const keep = new Uint8Array(width);
  for (const index of Object.values(cols.fields)) if (index !== undefined) keep[index] = 1;
  for (const p of cols.policyAreas) keep[p.index] = 1;
  if (cols.status !== undefined) keep[cols.status] = 1;
  return keep;
}
