/**
 * Page import: the text (or HTML) of an OGP commitment page or action-plan page, in English,
 * French or Spanish → one record in the canonical layout (src/model/canonical-layout.ts), with
 * every recognised field listed for a preview and the header lines it could not read.
 */
import type { Collector } from './collector';
import { detectKind } from './detect-kind';
import { htmlToText, looksLikeHtml } from './html';
import { detectLanguage } from './language';
import { parseActionPlan } from './parse-action-plan';
import { parseCommitment } from './parse-commitment';
import { segment, type PageLine } from './segment';
import type { PageImport } from './types';

export type { ImportedField, PageImport, PageKind, PageLanguage, RecordValue } from './types';
export { PAGE_LABELS, type LabelDef, type LabelId } from './labels';

export function importPage(text: string): PageImport {
  const plain = looksLikeHtml(text) ? htmlToText(text) : text;
  const lines = segment(plain);
  const language = detectLanguage(lines);
  const decision = detectKind(lines);
  if (
    decision.kind === 'unrecognised' ||
    (decision.kind === 'commitment' && decision.titleLine === null)
  ) {
    return {
      kind: 'unrecognised',
      language,
      record: {},
      fields: [],
      unrecognised_lines: [],
      message: decision.message ?? 'Not an OGP commitment page or action-plan page.',
    };
  }
  const c =
    decision.kind === 'commitment' && decision.titleLine !== null
      ? parseCommitment(lines, decision.titleLine)
      : parseActionPlan(lines, decision.titleLine);
  const result: PageImport = {
    kind: decision.kind,
    language,
    record: c.record,
    fields: c.fields,
    unrecognised_lines: [...unreadHeaderLines(lines, c), ...c.unrecognised],
  };
  const missing = (
    decision.kind === 'commitment' ? ['commitment_id', 'member'] : ['plan_id', 'member']
  ).filter((k) => c.record[k] === undefined || c.record[k] === null);
  if (missing.length > 0)
    result.message = `Required field(s) not found on the page: ${missing.join(', ')}.`;
  return result;
}

/** Lines above the page's prose that are neither a label, a value, nor the title. */
function unreadHeaderLines(lines: PageLine[], c: Collector): string[] {
  return lines
    .filter((l) => !l.inBody && !l.label && l.isValueOf === null && !c.used.has(l.index))
    .map((l) => l.text);
}
