/** Builds a record and its preview fields together; the first value found for a field wins. */
import type { ImportedField, RecordValue } from './types';

export class Collector {
  readonly record: Record<string, RecordValue> = {};
  readonly fields: ImportedField[] = [];
  readonly unrecognised: string[] = [];
  /** indexes of page lines already used */
  readonly used = new Set<number>();

  has(field: string): boolean {
    return this.fields.some((f) => f.field === field);
  }

  /** Sets a record key (and its preview entry) unless it is already set. */
  set(field: string, label: string, raw: string, value: RecordValue, preview?: RecordValue): void {
    if (this.has(field)) return;
    this.record[field] = value;
    this.fields.push({ field, label, raw, value: preview === undefined ? value : preview });
  }

  /** A preview entry that is not a record key (e.g. the number of lead institutions). */
  note(field: string, label: string, raw: string, value: RecordValue): void {
    if (!this.has(field)) this.fields.push({ field, label, raw, value });
  }
}
