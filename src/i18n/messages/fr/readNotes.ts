import type { en } from '../readNotes';
import type { Messages } from '../types';

export const fr: Messages<typeof en> = {
  cannotRead: 'Impossible de lire {file}\u00a0: {detail}',
  empty: 'le fichier est vide',
  notUtf8: 'le fichier n’est pas du texte UTF-8 valide',
  invalidJson: 'JSON invalide {where}',
  jsonObjectKeys:
    'un tableau d’objets était attendu, ou un objet avec un tableau «\u00a0commitments\u00a0», «\u00a0rows\u00a0» ou «\u00a0data\u00a0»\u00a0; trouvé un objet avec les clés {keys}',
  jsonFound: 'un tableau d’objets, un par ligne, était attendu\u00a0; trouvé {what}',
  jsonLine: 'la ligne {line} est {what}, pas un objet (JSON Lines demande un objet par ligne)',
  jsonElement:
    'l’élément d’indice {index}{container} est {what}, pas un objet (chaque ligne doit être un objet colonne\u00a0: valeur)',
  jsonDeep:
    'ligne {row}, «\u00a0{key}\u00a0»\u00a0: la valeur est trop imbriquée pour être lue comme du texte',
  noHeader: 'aucune ligne d’en-tête n’a été trouvée',
  tooLarge:
    'le fichier fait {size} Mo\u00a0; la limite est de {limit} Mo. Découpez-le en fichiers plus petits ou retirez les colonnes inutiles.',
  planIdColumn:
    'un fichier de plans d’action doit avoir une colonne «\u00a0plan_id\u00a0» (voir docs/data-formats.md)',
  parquetInvalid: 'pas un fichier Parquet valide ({reason})',
  parquetDamaged: 'les données Parquet sont endommagées ou non prises en charge ({reason})',
  xlsxNotZip:
    'pas un classeur .xlsx (un fichier .xlsx est une archive ZIP, celui-ci non). Si c’est un fichier CSV ou texte, renommez-le en .csv',
  xlsLegacy:
    'c’est un ancien classeur .xls, non pris en charge\u00a0; enregistrez-le en .xlsx ou en CSV et chargez ce fichier',
  xlsxDamaged:
    'le fichier .xlsx est endommagé\u00a0: son archive ZIP ne peut pas être décompressée',
  xlsxUnreadable: 'classeur .xlsx illisible ({reason})',
  xlsxFirstSheet: 'la première feuille est vide (seule la première feuille est lue)',
  xlsxOverflow:
    'ligne {row}, colonne {column}\u00a0: {value}, mais la ligne d’en-tête (ligne {header}) n’a que {width} colonnes\u00a0; ajoutez-lui un en-tête ou supprimez la valeur',
  duplicateField:
    'les colonnes {a} («\u00a0{ha}\u00a0») et {b} («\u00a0{hb}\u00a0») donnent toutes deux {field}\u00a0; retirez-en une',
  csvNotReadable: 'CSV illisible\u00a0: {reason}',
  csvMalformed: 'CSV mal formé à la ligne {line}\u00a0: {reason}',
  csvLineStarts: '{reason} (la ligne commence par\u00a0: {start})',
  csvColumns: '{expected} colonnes attendues (comme dans l’en-tête), {found} trouvées',
  csvQuote: 'une valeur entre guillemets n’est jamais fermée',
  csvNotUtf8: 'le fichier n’est pas du texte UTF-8 (enregistrez-le en «\u00a0CSV UTF-8\u00a0»)',
  csvAfterQuote:
    'du texte suit le guillemet fermant d’une valeur entre guillemets (un guillemet à l’intérieur d’une valeur entre guillemets doit être doublé\u00a0: "")',
  outOfMemory:
    'les lignes ne tiennent pas dans la mémoire que cet onglet donne à DuckDB (arrêt à la ligne {row})\u00a0; chargez un fichier plus petit ou scindez celui-ci',
  jsonAt: 'JSON invalide à la ligne {line}, colonne {column} (position {position})\u00a0: {reason}',
  jsonOn: 'JSON invalide à la ligne {line}, colonne {column}\u00a0: {reason}',
  jsonAfter: 'texte inattendu après la fin de la valeur JSON, {found}',
  jsonValue: 'une valeur était attendue, {found}',
  jsonName: 'un nom de propriété entre guillemets doubles était attendu, {found}',
  jsonColon: '« : » était attendu après un nom de propriété, {found}',
  jsonObjComma: "« , » ou « '}' » était attendu dans un objet, {found}",
  jsonArrComma: '« , » ou « ] » était attendu dans un tableau, {found}',
  foundEnd: 'trouvé la fin du texte',
  foundChar: 'trouvé {char}',
  jsonUnclosed: 'une chaîne n’est jamais fermée par «\u00a0"\u00a0»',
  jsonControl: 'caractère de contrôle (comme un saut de ligne brut) dans une chaîne',
  jsonEscapeU: 'échappement \\u invalide dans une chaîne',
  jsonEscape: 'séquence d’échappement invalide dans une chaîne',
  jsonNumber: 'nombre invalide',
  valueNull: 'null (valeur nulle)',
  valueArray: 'un tableau',
  valueObject: 'un objet',
  valueString: 'une chaîne ({text})',
  valueNumber: 'un nombre ({text})',
  valueBoolean: 'un booléen ({text})',
};
