import type { Translations } from '../../catalog';
import { es as a11y } from './a11y';
import { es as charts } from './charts';
import { es as commitment } from './commitment';
import { es as common } from './common';
import { es as compare } from './compare';
import { es as data } from './data';
import { es as explore } from './explore';
import { es as filters } from './filters';
import { es as format } from './format';
import { es as issueNotes } from './issueNotes';
import { es as member } from './member';
import { es as metrics } from './metrics';
import { es as overview } from './overview';
import { es as pageImport } from './pageImport';
import { es as plans } from './plans';
import { es as readNotes } from './readNotes';
import { es as ruleNotes } from './ruleNotes';
import { es as rules } from './rules';
import { es as trends } from './trends';
import { es as ui } from './ui';
import { es as url } from './url';

/**
 * Every namespace in Spanish: a chunk of its own, fetched only when the UI switches to
 * Spanish (src/i18n/catalog.ts). The type makes a missing namespace a compile error.
 */
export const es: Translations = {
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
