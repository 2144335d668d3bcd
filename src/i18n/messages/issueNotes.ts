import type { Messages } from './types';

/**
 * The quality report's row messages (src/ingest normalisers) in the UI language. The loader
 * writes them in English with row, column and value inside; src/i18n/issue-notes.ts reads them
 * back into these messages. Values stay as the file holds them.
 */
export const en = {
  idEmpty: 'row {row} rejected: the commitment identifier is empty',
  idDuplicate: 'row {row} rejected: identifier {id} was already loaded from {file} row {first}',
  dummy: 'row {row} skipped: Commitment Dummy = 0 (not a commitment row)',
  memberEmpty: 'row {row}: the member name is empty',
  kindEmpty: 'row {row}: no National/Local value; treated as national',
  unknownLabel: 'row {row}, column "{column}": unknown label "{value}"; stored as missing',
  notYear: 'row {row}, column "{column}": "{value}" is not a year',
  dateText:
    'row {row}, column "{column}": date "{value}" kept as text only (not a complete, unambiguous date)',
  planIdEmpty: 'row {row} rejected: the plan identifier is empty',
  planDuplicate: 'row {row} rejected: plan {id} was already given in row {first}',
  unknownValue: 'row {row}, column "{column}": unknown value "{value}"; stored as missing',
  notWhole: 'row {row}, column "{column}": "{value}" is not a whole number; stored as missing',
  unusedColumns:
    '{count, plural, one {# column} other {# columns}} not used by IRM Atlas (left as they are in the file): {names}',
} as const;

export const fr: Messages<typeof en> = {
  idEmpty: 'ligne {row} rejetée\u00a0: l’identifiant de l’engagement est vide',
  idDuplicate:
    'ligne {row} rejetée\u00a0: l’identifiant {id} a déjà été chargé depuis {file}, ligne {first}',
  dummy: 'ligne {row} ignorée\u00a0: Commitment Dummy = 0 (pas une ligne d’engagement)',
  memberEmpty: 'ligne {row}\u00a0: le nom du membre est vide',
  kindEmpty: 'ligne {row}\u00a0: aucune valeur national/local\u00a0; traité comme national',
  unknownLabel:
    'ligne {row}, colonne «\u00a0{column}\u00a0»\u00a0: libellé inconnu «\u00a0{value}\u00a0»\u00a0; enregistré comme manquant',
  notYear:
    'ligne {row}, colonne «\u00a0{column}\u00a0»\u00a0: «\u00a0{value}\u00a0» n’est pas une année',
  dateText:
    'ligne {row}, colonne «\u00a0{column}\u00a0»\u00a0: date «\u00a0{value}\u00a0» gardée en texte seulement (pas une date complète et sans ambiguïté)',
  planIdEmpty: 'ligne {row} rejetée\u00a0: l’identifiant du plan est vide',
  planDuplicate: 'ligne {row} rejetée\u00a0: le plan {id} figure déjà à la ligne {first}',
  unknownValue:
    'ligne {row}, colonne «\u00a0{column}\u00a0»\u00a0: valeur inconnue «\u00a0{value}\u00a0»\u00a0; enregistrée comme manquante',
  notWhole:
    'ligne {row}, colonne «\u00a0{column}\u00a0»\u00a0: «\u00a0{value}\u00a0» n’est pas un nombre entier\u00a0; enregistré comme manquant',
  unusedColumns:
    '{count, plural, one {# colonne non utilisée} other {# colonnes non utilisées}} par IRM Atlas (laissées telles quelles dans le fichier)\u00a0: {names}',
};

export const es: Messages<typeof en> = {
  idEmpty: 'fila {row} rechazada: el identificador del compromiso está vacío',
  idDuplicate: 'fila {row} rechazada: el identificador {id} ya se cargó desde {file}, fila {first}',
  dummy: 'fila {row} omitida: Commitment Dummy = 0 (no es una fila de compromiso)',
  memberEmpty: 'fila {row}: el nombre del miembro está vacío',
  kindEmpty: 'fila {row}: sin valor nacional/local; se trata como nacional',
  unknownLabel:
    'fila {row}, columna «{column}»: etiqueta desconocida «{value}»; guardada como faltante',
  notYear: 'fila {row}, columna «{column}»: «{value}» no es un año',
  dateText:
    'fila {row}, columna «{column}»: fecha «{value}» guardada solo como texto (no es una fecha completa y sin ambigüedad)',
  planIdEmpty: 'fila {row} rechazada: el identificador del plan está vacío',
  planDuplicate: 'fila {row} rechazada: el plan {id} ya figura en la fila {first}',
  unknownValue:
    'fila {row}, columna «{column}»: valor desconocido «{value}»; guardado como faltante',
  notWhole:
    'fila {row}, columna «{column}»: «{value}» no es un número entero; guardado como faltante',
  unusedColumns:
    '{count, plural, one {# columna no usada} other {# columnas no usadas}} por IRM Atlas (se dejan como están en el archivo): {names}',
};
