import type { Translations } from '../../catalog';
import { fr as a11y } from './a11y';
import { fr as charts } from './charts';
import { fr as commitment } from './commitment';
import { fr as common } from './common';
import { fr as compare } from './compare';
import { fr as data } from './data';
import { fr as explore } from './explore';
import { fr as filters } from './filters';
import { fr as format } from './format';
import { fr as issueNotes } from './issueNotes';
import { fr as member } from './member';
import { fr as metrics } from './metrics';
import { fr as overview } from './overview';
import { fr as pageImport } from './pageImport';
import { fr as plans } from './plans';
import { fr as readNotes } from './readNotes';
import { fr as ruleNotes } from './ruleNotes';
import { fr as rules } from './rules';
import { fr as trends } from './trends';
import { fr as ui } from './ui';
import { fr as url } from './url';

/**
 * Every namespace in French: a chunk of its own, fetched only when the UI switches to
 * French (src/i18n/catalog.ts). The type makes a missing namespace a compile error.
 */
export const fr: Translations = {
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
};
