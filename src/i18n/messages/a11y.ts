import type { Messages } from './types';

/** Accessibility: skip link, chart names and table alternatives, patterns, keyboard filtering. */
export const en = {
  skipToMain: 'Skip to main content',
  decalLabel: 'Patterns in charts',
  decalTitle:
    'Adds a pattern to each colour in the charts, so series can be told apart without colour',
  chartContext:
    '{filter}. {figures, plural, one {# figure} other {# figures}}, n from {nMin} to {nMax}.',
  overviewChartName:
    'Share of commitments meeting each metric in {dataset}, all members, no filter; n up to {nMax} rated commitments per metric; the table below has the same numbers.',
  briefingChartName:
    '{metric} by cycle for {member}: member, region and global shares; the member’s n from {nMin} to {nMax} rated commitments per cycle; the table below has the same numbers.',
  briefingPipelineName:
    'Pipeline for {member}, of {count} commitments: verifiable, ambitious, high completion, strong results; the table below has the same numbers.',
  showAsTable: 'Show as table',
  filterBy: 'Filter by {name}',
  filterHint:
    'Keyboard: the buttons in the first column filter every view by that member or region, as clicking the chart does.',
  briefingTableCaption: 'The charts’ numbers: share of rated commitments by cycle (n = rated)',
  pipelineTableCaption: 'Pipeline: commitments at each step, of {count} commitments',
  colMetric: 'Metric',
  colCycle: 'Cycle',
  colMember: 'Member',
  colRegion: 'Region',
  colGlobal: 'Global',
  colStep: 'Step',
  colCommitments: 'Commitments',
  colShare: 'Share of all commitments',
  noData: 'no data',
} as const;

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

export const es: Messages<typeof en> = {
  skipToMain: 'Ir al contenido principal',
  decalLabel: 'Tramas en los gráficos',
  decalTitle:
    'Añade una trama a cada color de los gráficos, para distinguir las series sin depender del color',
  chartContext:
    '{filter}. {figures, plural, one {# valor} other {# valores}}, n de {nMin} a {nMax}.',
  overviewChartName:
    'Proporción de compromisos que cumplen cada indicador en {dataset}, todos los miembros, sin filtro; n hasta {nMax} compromisos evaluados por indicador; la tabla de abajo tiene las mismas cifras.',
  briefingChartName:
    '{metric} por ciclo para {member}: proporciones del miembro, de la región y del conjunto; n del miembro de {nMin} a {nMax} compromisos evaluados por ciclo; la tabla de abajo tiene las mismas cifras.',
  briefingPipelineName:
    'Embudo para {member}, de {count} compromisos: verificables, ambiciosos, completados en gran medida, resultados sólidos; la tabla de abajo tiene las mismas cifras.',
  showAsTable: 'Mostrar como tabla',
  filterBy: 'Filtrar por {name}',
  filterHint:
    'Teclado: los botones de la primera columna filtran todas las vistas por ese miembro o región, como un clic en el gráfico.',
  briefingTableCaption:
    'Las cifras de los gráficos: proporción de compromisos evaluados por ciclo (n = evaluados)',
  pipelineTableCaption: 'Embudo: compromisos en cada etapa, de {count} compromisos',
  colMetric: 'Indicador',
  colCycle: 'Ciclo',
  colMember: 'Miembro',
  colRegion: 'Región',
  colGlobal: 'Conjunto',
  colStep: 'Etapa',
  colCommitments: 'Compromisos',
  colShare: 'Proporción de todos los compromisos',
  noData: 'sin datos',
};
