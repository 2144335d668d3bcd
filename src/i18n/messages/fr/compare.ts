import type { en } from '../compare';
import type { Messages } from '../types';

export const fr: Messages<typeof en> = {
  title: 'Comparer',
  view_heatmap: 'Membres × cycles',
  view_distribution: 'Répartition',
  view_quadrant: 'Conception et mise en œuvre',
  view_pipeline: 'Chaîne de résultats',
  metric: 'Indicateur',
  rating: 'Évaluation',
  hideStates: 'Masquer en attente, sans données, non examinés, sans objet et manquants',
  points: 'Points',
  unit_member: 'membres',
  unit_plan: 'plans d’action',
  sortBy: 'Trier les lignes par',
  sort_value: 'valeur',
  sort_name: 'nom',
  sort_region: 'région',
  erasSplit: 'Périodes séparées',
  erasPooled: 'Périodes regroupées',
  pooledNote:
    'Périodes regroupées : les évaluations d’avant 2020 et du Refresh sont comptées ensemble, bien que les deux méthodologies de l’IRM diffèrent.',
  emptyShort: 'Aucun engagement ne correspond à ces filtres. Retirez un filtre ci-dessus.',
  showingFirst: 'Affichage des {shown} premiers membres sur {total} (triés par {sort}). ',
  showingAll: 'Affichage des {total} membres. ',
  showAll: 'Afficher les {total}',
  showFirst: 'Afficher les 40 premiers',
  h_row: 'Ligne',
  h_region: 'Région',
  h_column: 'Colonne',
  h_cycle: 'Cycle',
  h_level: 'Niveau',
  h_era: 'Période',
  h_step: 'Étape',
  h_scope: 'Portée',
  h_unit: 'Unité',
  h_axis: 'Axe',
  h_share: 'Part',
  h_yes: 'Oui',
  h_commitments: 'Engagements',
  smallNMark: ' (petit n)',
  // Short: the heatmap's column header has the width of a year.
  era_pre2020: 'av. 2020',
  era_refresh: 'Refresh',
  allCycles: 'Tous les cycles',
  regionRow: '{region} (région)',
  regionPlans: '{region}, plans débutant en {year}',
  allPlans: 'Tous les membres, plans débutant en {year}',
  colPlans: 'plans débutant en {label}',
  colAllPooled: 'tous les cycles, périodes regroupées',
  colEraAll: '{label}, tous les cycles',
  heatIdle: 'Chargez un jeu de données pour comparer les membres.',
  heatEmpty:
    'Aucun engagement ne correspond à ces filtres. Retirez un filtre ci-dessus pour voir des membres.',
  heatTitle: '{metric} : membres × cycles de plan',
  heatLabel:
    '{title}. Chaque cellule donne la part et n ; le tableau ci-dessous contient les mêmes chiffres.',
  heatNote:
    'Cellules : part remplissant l’indicateur et n (engagements évalués). * et bordure en pointillés : moins de {smallN} évalués — à lire avec prudence. Cellules grises : rien d’évalué pour l’instant (en attente d’examen par l’IRM ou non évalué). Les lignes de référence utilisent les mêmes filtres sans la sélection de membres et de régions. Cliquez sur un membre ou une région pour filtrer dessus, sur une année pour garder les plans débutant cette année-là.',
  distIdle: 'Chargez un jeu de données pour voir la répartition des évaluations.',
  distTitle: '{field} : niveaux d’évaluation d’origine par membre',
  distNoteHidden:
    'Parts des engagements évalués seulement (en attente, sans données de l’IRM, non examinés, sans objet et manquants masqués).',
  distNoteAll: 'Parts de tous les engagements ; les segments gris ne sont pas des évaluations.',
  distLabel:
    '{title}. Barres empilées à 100 % ; le tableau ci-dessous contient les mêmes effectifs.',
  distNote:
    'Chaque barre représente 100 % de son n. Les niveaux d’échelles différentes ne sont jamais fusionnés : là où l’évaluation a changé d’échelle avec l’IRM Refresh, les niveaux d’avant 2020 sont en bleu et ceux du Refresh en bleu-vert. Cliquez sur une barre pour filtrer sur son membre ou sa région.',
  pipeIdle: 'Chargez un jeu de données pour voir la chaîne de résultats.',
  pipeTitle: 'Chaîne de résultats : vérifiable → ambitieux → achèvement élevé → résultats solides',
  bothPooled: 'Périodes regroupées',
  eraMethod: 'Méthodologie de l’IRM {era}',
  scopeSelection: 'Sélection',
  scopeAll: 'Tous les membres, mêmes filtres',
  pipeLabel:
    '{title}. Barres : part de la sélection qui franchit chaque étape jusque-là, avec les effectifs ; repères : tous les membres.',
  pipeNote:
    'Chaque étape compte les engagements qui la franchissent ainsi que toutes les étapes précédentes ; n compte ceux dont l’issue est connue (un engagement qui échoue à une étape antérieure compte comme un non, un engagement encore en attente ne compte pas). Repères noirs : tous les membres avec les mêmes filtres. Cliquez sur les barres d’une période pour filtrer sur cette période.',
  quadIdle: 'Chargez un jeu de données pour placer les membres.',
  quadTitle: 'Conception et mise en œuvre, {units} (taille des bulles = engagements)',
  quadLabel: '{title}. Le tableau ci-dessous donne les deux parts pour chaque point.',
  quadNote:
    'Conception : part des engagements évalués à la fois vérifiables et ambitieux ; mise en œuvre : part dont l’achèvement est substantiel ou complet. Lignes en pointillés et losange noir : tous les membres avec les mêmes filtres ; losanges de couleur : moyennes régionales.',
  quadUnplaced:
    '{count} points ({unit, select, plan {plans} other {membres}}) non placés : rien d’évalué pour l’instant sur un axe (par ex. achèvement en attente d’examen par l’IRM).',
  quadClick: 'Cliquez sur un point pour filtrer dessus.',
};
