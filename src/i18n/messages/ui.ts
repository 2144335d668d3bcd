import type { Messages } from './types';

/** Shared building blocks (src/ui, src/tables, src/app/ErrorBoundary). */
export const en = {
  loading: 'Loading…',
  somethingWrong: 'Something went wrong',
  viewFailed: 'This view failed to render',
  exportFailed: 'Export failed: {message}',
  showAsTable: 'Show as table',
  stageStarting: 'Starting',
  stageDuckdb: 'Starting DuckDB',
  stageLoading: 'Loading {name}',
  stageNormalising: 'Normalising {name}',
  stageBuilding: 'Building tables',
  stageReady: 'Ready',
  previous: 'Previous',
  next: 'Next',
  pageOf: 'Page {page} of {pages} ({rows, plural, one {{rowsText} row} other {{rowsText} rows}})',
} as const;

export const fr: Messages<typeof en> = {
  loading: 'Chargement…',
  somethingWrong: 'Une erreur s’est produite',
  viewFailed: 'Cette vue n’a pas pu s’afficher',
  exportFailed: 'Échec de l’export : {message}',
  showAsTable: 'Afficher sous forme de tableau',
  stageStarting: 'Démarrage',
  stageDuckdb: 'Démarrage de DuckDB',
  stageLoading: 'Chargement de {name}',
  stageNormalising: 'Normalisation de {name}',
  stageBuilding: 'Construction des tables',
  stageReady: 'Prêt',
  previous: 'Précédente',
  next: 'Suivante',
  pageOf:
    'Page {page} sur {pages} ({rows, plural, one {{rowsText} ligne} other {{rowsText} lignes}})',
};

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
  stageReady: 'Listo',
  previous: 'Anterior',
  next: 'Siguiente',
  pageOf:
    'Página {page} de {pages} ({rows, plural, one {{rowsText} fila} other {{rowsText} filas}})',
};
