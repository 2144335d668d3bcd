import type { en } from '../a11y';
import type { Messages } from '../types';

export const fr: Messages<typeof en> = {
  skipToMain: 'Aller au contenu principal',
  decalLabel: 'Motifs dans les graphiques',
  decalTitle:
    'Ajoute un motif à chaque couleur des graphiques, pour distinguer les séries sans la couleur',
  chartContext:
    '{filter}. {figures, plural, one {# valeur} other {# valeurs}}, n de {nMin} à {nMax}.',
  overviewChartName:
    'Part des engagements remplissant chaque indicateur dans {dataset}, tous les membres, sans filtre ; n jusqu’à {nMax} engagements évalués par indicateur ; le tableau ci-dessous contient les mêmes chiffres.',
  briefingChartName:
    '{metric} par cycle pour {member} : parts du membre, de la région et de l’ensemble ; n du membre de {nMin} à {nMax} engagements évalués par cycle ; le tableau ci-dessous contient les mêmes chiffres.',
  briefingPipelineName:
    'Entonnoir pour {member}, sur {count} engagements : vérifiables, ambitieux, très avancés, résultats solides ; le tableau ci-dessous contient les mêmes chiffres.',
  showAsTable: 'Afficher sous forme de tableau',
  filterBy: 'Filtrer sur {name}',
  filterHint:
    'Clavier : les boutons de la première colonne filtrent toutes les vues sur ce membre ou cette région, comme un clic sur le graphique.',
  briefingTableCaption:
    'Les chiffres des graphiques : part des engagements évalués par cycle (n = évalués)',
  pipelineTableCaption: 'Entonnoir : engagements à chaque étape, sur {count} engagements',
  colMetric: 'Indicateur',
  colCycle: 'Cycle du plan',
  colMember: 'Membre',
  colRegion: 'Région',
  colGlobal: 'Ensemble',
  colStep: 'Étape',
  colCommitments: 'Engagements',
  colShare: 'Part de tous les engagements',
  noData: 'aucune donnée',
};
