import type { en } from '../a11y';
import type { Messages } from '../types';

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
