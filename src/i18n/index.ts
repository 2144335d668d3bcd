export { LANGS, LANG_NAMES, DEFAULT_LANG, isLang, type Lang } from './langs';
export {
  EN_CATALOG,
  catalogFor,
  isMessageId,
  loadCatalog,
  type Catalog,
  type MessageId,
} from './catalog';
export { EN, translator, type Translator, type MessageValues } from './translator';
export { useT } from './use-t';
export type { Messages } from './messages/types';
export { translateRuleNote } from './rule-notes';
export { translateIssueNote } from './issue-notes';
export { translateReadError, translateReadDetail } from './read-notes';
