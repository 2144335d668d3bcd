import type { en } from '../trends';
import type { Messages } from '../types';

export const fr: Messages<typeof en> = {
  title: 'Tendances',
  idle: 'Chargez un jeu de données pour voir les tendances.',
  chartTitle: '{metric} par année de début du plan',
  label:
    '{title} : courbes avec bandes à 95 % ; le tableau ci-dessous donne chaque point avec son n.',
  h_line: 'Courbe',
  h_year: 'Année de début du plan',
  h_era: 'Période',
  h_cycle: 'Cycle',
  era_pre2020: 'avant 2020',
  era_refresh: 'Refresh',
  bothPooled: 'les deux regroupées',
  chooseMembers: 'Choisissez des membres dans la barre de filtres pour ajouter leurs courbes. ',
  unrated: 'Rien d’évalué pour l’instant pour les plans débutant en {years} (non tracés). ',
  dropped: 'Seuls les {max} premiers membres sont tracés (laissés de côté : {names}). ',
  note: 'Les points sont les plans par année de début (le cycle du membre dans l’infobulle) ; les bandes ombrées sont les intervalles à 95 % ; les points creux reposent sur moins de {smallN} engagements évalués. Lignes en tirets : régions ; noire : tous les membres, avec les mêmes filtres sans la sélection de membres et de régions. Cliquez sur la courbe d’une région pour filtrer sur cette région.',
};
