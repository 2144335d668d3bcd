import type { Lang } from './langs';
import * as charts from './messages/charts';
import * as common from './messages/common';
import * as commitment from './messages/commitment';
import * as compare from './messages/compare';
import * as explore from './messages/explore';
import * as filters from './messages/filters';
import * as data from './messages/data';
import * as format from './messages/format';
import * as member from './messages/member';
import * as metrics from './messages/metrics';
import * as plans from './messages/plans';
import * as rules from './messages/rules';
import * as trends from './messages/trends';
import * as ui from './messages/ui';
import * as overview from './messages/overview';
import * as url from './messages/url';
import * as a11y from './messages/a11y';
import * as pageImport from './messages/pageImport';
import * as ruleNotes from './messages/ruleNotes';
import * as issueNotes from './messages/issueNotes';
import * as readNotes from './messages/readNotes';

/**
 * Every namespace, registered once. A namespace is a module exporting `en` (the source) and
 * `fr`, `es` typed `Messages<typeof en>`. Message ids are `namespace.key`.
 * (namespaces register here)
 */
const NAMESPACES = {
  common,
  format,
  charts,
  url,
  metrics,
  filters,
  compare,
  ui,
  overview,
  data,
  trends,
  explore,
  commitment,
  member,
  plans,
  rules,
  a11y,
  pageImport,
  ruleNotes,
  issueNotes,
  readNotes,
} as const;

type Namespaces = typeof NAMESPACES;
export type MessageId = {
  [N in keyof Namespaces]: `${N & string}.${keyof Namespaces[N]['en'] & string}`;
}[keyof Namespaces];

function flatten(lang: Lang): Record<MessageId, string> {
  const out: Record<string, string> = {};
  for (const [ns, mod] of Object.entries(NAMESPACES)) {
    for (const [key, text] of Object.entries(mod[lang])) out[`${ns}.${key}`] = text;
  }
  return out as Record<MessageId, string>;
}

export const CATALOGS: Record<Lang, Record<MessageId, string>> = {
  en: flatten('en'),
  fr: flatten('fr'),
  es: flatten('es'),
};
