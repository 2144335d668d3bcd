import type { en } from '../trends';
import type { Messages } from '../types';

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
