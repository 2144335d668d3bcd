import type { Messages } from './types';

/** The Trends view (src/views/trends). */
export const en = {
  title: 'Trends',
  idle: 'Load a dataset to see trends.',
  chartTitle: '{metric} by plan start year',
  label: '{title}: lines with 95% bands; the table below has every point with its n.',
  h_line: 'Line',
  h_year: 'Plan start year',
  h_era: 'Era',
  h_cycle: 'Cycle',
  era_pre2020: 'pre-2020',
  era_refresh: 'refresh',
  bothPooled: 'both pooled',
  chooseMembers: 'Choose members in the filter bar to add their lines. ',
  unrated: 'Nothing rated yet for plans starting {years} (not drawn). ',
  dropped: 'Only the first {max} members are drawn (left out: {names}). ',
  note: "Points are plans by start year (a member's cycle in the tooltip); shaded bands are 95% intervals; hollow points rest on fewer than {smallN} rated commitments. Dashed lines: regions, black: all members, under the same filters without the member and region selection. Click a region line to filter by that region.",
} as const;

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

export const es: Messages<typeof en> = {
  title: 'Tendencias',
  idle: 'Cargue un conjunto de datos para ver las tendencias.',
  chartTitle: '{metric} por año de inicio del plan',
  label: '{title}: líneas con bandas del 95 %; la tabla de abajo tiene cada punto con su n.',
  h_line: 'Línea',
  h_year: 'Año de inicio del plan',
  h_era: 'Etapa',
  h_cycle: 'Ciclo',
  era_pre2020: 'antes de 2020',
  era_refresh: 'Refresh',
  bothPooled: 'ambas agrupadas',
  chooseMembers: 'Elija miembros en la barra de filtros para añadir sus líneas. ',
  unrated: 'Nada evaluado aún para los planes que empiezan en {years} (no se dibujan). ',
  dropped: 'Solo se dibujan los primeros {max} miembros (quedan fuera: {names}). ',
  note: 'Los puntos son planes por año de inicio (el ciclo del miembro en la información emergente); las bandas sombreadas son intervalos del 95 %; los puntos huecos se basan en menos de {smallN} compromisos evaluados. Líneas discontinuas: regiones; negra: todos los miembros, con los mismos filtros sin la selección de miembros y regiones. Haga clic en la línea de una región para filtrar por esa región.',
};
