import type { en } from '../ui';
import type { Messages } from '../types';

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
  stageRows: '{rows, plural, one {{rowsText} ligne lue} other {{rowsText} lignes lues}}',
  stageLeftSeconds: 'encore environ {n} s',
  stageLeftMinutes: 'encore environ {n} min',
  stageReady: 'Prêt',
  previous: 'Précédente',
  next: 'Suivante',
  pageOf:
    'Page {page} sur {pages} ({rows, plural, one {{rowsText} ligne} other {{rowsText} lignes}})',
};
