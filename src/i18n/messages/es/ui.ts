import type { en } from '../ui';
import type { Messages } from '../types';

export const es: Messages<typeof en> = {
  loading: 'Cargando…',
  somethingWrong: 'Algo salió mal',
  viewFailed: 'Esta vista no se pudo mostrar',
  exportFailed: 'Error al exportar: {message}',
  showAsTable: 'Mostrar como tabla',
  stageStarting: 'Iniciando',
  stageDuckdb: 'Iniciando DuckDB',
  stageLoading: 'Cargando {name}',
  stageNormalising: 'Normalizando {name}',
  stageBuilding: 'Construyendo las tablas',
  stageRows: '{rows, plural, one {{rowsText} fila leída} other {{rowsText} filas leídas}}',
  stageLeftSeconds: 'quedan unos {n} s',
  stageLeftMinutes: 'quedan unos {n} min',
  stageReady: 'Listo',
  previous: 'Anterior',
  next: 'Siguiente',
  pageOf:
    'Página {page} de {pages} ({rows, plural, one {{rowsText} fila} other {{rowsText} filas}})',
};
