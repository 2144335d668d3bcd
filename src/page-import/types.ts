/** Shapes shared by the page importer (see index.ts). */
export type PageKind = 'commitment' | 'action_plan' | 'unrecognised';
export type PageLanguage = 'en' | 'fr' | 'es';
export type RecordValue = string | number | null;

/** One field recognised on the page, for a preview: where it came from and what it became. */
export interface ImportedField {
  /** A canonical key of src/model/canonical-layout.ts, or a derived one (e.g. lead_institutions_count). */
  field: string;
  /** The label as printed on the page (or "title" / "page text" for values found elsewhere). */
  label: string;
  raw: string;
  value: RecordValue;
}

export interface PageImport {
  kind: PageKind;
  language: PageLanguage | null;
  record: Record<string, RecordValue>;
  fields: ImportedField[];
  unrecognised_lines: string[];
  message?: string;
}
