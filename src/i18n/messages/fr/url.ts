import type { en } from '../url';
import type { Messages } from '../types';

export const fr: Messages<typeof en> = {
  unknownView: 'vue inconnue « {text} »',
  needsId: '« {text} » demande un identifiant',
  switches: 'paramètres de méthodologie illisibles',
  decal: 'réglage des motifs illisible',
  year: 'année illisible « {text} »',
  lang: 'langue inconnue « {text} »',
  separator: ' ; ',
};
