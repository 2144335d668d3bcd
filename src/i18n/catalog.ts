import type { Lang } from './langs';
import type { Messages } from './messages/types';
import { en as charts } from './messages/charts';
import { en as common } from './messages/common';
import { en as commitment } from './messages/commitment';
import { en as compare } from './messages/compare';
import { en as explore } from './messages/explore';
import { en as filters } from './messages/filters';
import { en as data } from './messages/data';
import { en as format } from './messages/format';
import { en as member } from './messages/member';
import { en as metrics } from './messages/metrics';
import { en as plans } from './messages/plans';
import { en as rules } from './messages/rules';
import { en as trends } from './messages/trends';
import { en as ui } from './messages/ui';
import { en as overview } from './messages/overview';
import { en as url } from './messages/url';
import { en as a11y } from './messages/a11y';
import { en as pageImport } from './messages/pageImport';
import { en as ruleNotes } from './messages/ruleNotes';
import { en as issueNotes } from './messages/issueNotes';
import { en as readNotes } from './messages/readNotes';

/**
 * Every namespace in English, registered once. A namespace is a module exporting `en` (the
 * source); its French and Spanish twins live in messages/fr/ and messages/es/, typed
 * `Messages<typeof en>`. Message ids are `namespace.key`.
 * (namespaces register here, and in messages/fr/index.ts and messages/es/index.ts)
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
  [N in keyof Namespaces]: `${N & string}.${keyof Namespaces[N] & string}`;
}[keyof Namespaces];

/** Another language's namespaces: every English one, each with exactly the English keys. */
export type Translations = { readonly [N in keyof Namespaces]: Messages<Namespaces[N]> };

export type Catalog = Readonly<Record<MessageId, string>>;

function flatten(namespaces: Translations): Catalog {
  const out: Record<string, string> = {};
  for (const [ns, messages] of Object.entries(namespaces)) {
    for (const [key, text] of Object.entries(messages)) out[`${ns}.${key}`] = text;
  }
  return out as Catalog;
}

/** English is always there: the source language, and the fallback for a missing message. */
export const EN_CATALOG: Catalog = flatten(NAMESPACES);

// French and Spanish are ≈ 2/3 of all UI text: fetched only when that language is chosen, so an
// English cold load does not download them.
const LOADERS: Record<Exclude<Lang, 'en'>, () => Promise<Translations>> = {
  fr: () => import('./messages/fr').then((m) => m.fr),
  es: () => import('./messages/es').then((m) => m.es),
};

const loaded = new Map<Lang, Catalog>([['en', EN_CATALOG]]);
const loading = new Map<Lang, Promise<Catalog>>();

/** The language's catalog if it has arrived; undefined while loadCatalog() is still at work. */
export function catalogFor(lang: Lang): Catalog | undefined {
  return loaded.get(lang);
}

/** Fetches a language's catalog once; a failed fetch is forgotten so a later call retries. */
export function loadCatalog(lang: Lang): Promise<Catalog> {
  const known = loaded.get(lang);
  if (known) return Promise.resolve(known);
  let pending = loading.get(lang);
  if (!pending) {
    pending = LOADERS[lang as Exclude<Lang, 'en'>]()
      .then((namespaces) => {
        const catalog = flatten(namespaces);
        loaded.set(lang, catalog);
        return catalog;
      })
      .finally(() => loading.delete(lang));
    loading.set(lang, pending);
  }
  return pending;
}

export function isMessageId(id: string): id is MessageId {
  return id in EN_CATALOG;
}
