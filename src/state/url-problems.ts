import { EN, type Translator } from '../i18n/translator';

/**
 * What a link held that could not be read, kept structured so the notice is written in the UI
 * language when it is shown (the English `notice` string stays for logs and tests).
 */
export type UrlProblem =
  | { kind: 'view'; text: string }
  | { kind: 'needsId'; text: string }
  | { kind: 'switches' }
  | { kind: 'decal' }
  | { kind: 'year'; text: string }
  | { kind: 'lang'; text: string }
  | { kind: 'param'; key: string; text: string };

export function problemText(p: UrlProblem, tr: Translator = EN): string {
  switch (p.kind) {
    case 'view':
      return tr.t('url.unknownView', { text: p.text });
    case 'needsId':
      return tr.t('url.needsId', { text: p.text });
    case 'switches':
      return tr.t('url.switches');
    case 'decal':
      return tr.t('url.decal');
    case 'year':
      return tr.t('url.year', { text: p.text });
    case 'lang':
      return tr.t('url.lang', { text: p.text });
    case 'param':
      return `${p.key} "${p.text}"`;
  }
}

/** "Link not fully understood (…): defaults used.", or null when every part was read. */
export function noticeText(problems: readonly UrlProblem[], tr: Translator = EN): string | null {
  if (problems.length === 0) return null;
  return tr.t('common.linkNotUnderstood', {
    problems: problems.map((p) => problemText(p, tr)).join(tr.t('url.separator')),
  });
}
