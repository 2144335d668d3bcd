import type { Messages } from './types';

/**
 * Why a file could not be read (src/ingest readers), in the UI language. The readers write these
 * in English; src/i18n/read-notes.ts reads them back into these messages. Text quoted from the
 * file or from the engine (DuckDB, the Parquet and Excel libraries) stays as it was.
 */
export const en = {
  cannotRead: 'Cannot read {file}: {detail}',
  empty: 'the file is empty',
  notUtf8: 'the file is not valid UTF-8 text',
  invalidJson: 'invalid JSON {where}',
  jsonObjectKeys:
    'expected an array of objects, or an object with a "commitments", "rows" or "data" array; found an object with keys {keys}',
  jsonFound: 'expected an array of objects, one per row; found {what}',
  jsonLine: 'line {line} is {what}, not an object (JSON Lines needs one object per line)',
  jsonElement:
    'element at index {index}{container} is {what}, not an object (each row must be an object of column: value)',
  jsonDeep: 'row {row}, "{key}": the value is nested too deeply to be read as text',
  noHeader: 'no header row was found',
  tooLarge:
    'the file is {size} MB; the limit is {limit} MB. Split it into smaller files or remove unused columns.',
  planIdColumn: 'an action-plans file needs a "plan_id" column (see docs/data-formats.md)',
  parquetInvalid: 'not a valid Parquet file ({reason})',
  parquetDamaged: 'the Parquet data is damaged or unsupported ({reason})',
  xlsxNotZip:
    'not an .xlsx workbook (an .xlsx file is a ZIP archive; this one is not). If it is a CSV or text file, rename it to .csv',
  xlsLegacy:
    'this is a legacy .xls workbook, which is not supported; save it as .xlsx or CSV and load that',
  xlsxDamaged: 'the .xlsx file is damaged: its ZIP archive cannot be unpacked',
  xlsxUnreadable: 'not a readable .xlsx workbook ({reason})',
  xlsxFirstSheet: 'the first sheet is empty (only the first sheet is read)',
  xlsxOverflow:
    'row {row}, column {column} holds {value} but the header row (row {header}) has only {width} columns; add a header for it or delete the value',
  duplicateField: 'columns {a} ("{ha}") and {b} ("{hb}") both give {field}; remove one',
  csvNotReadable: 'not a readable CSV: {reason}',
  csvMalformed: 'malformed CSV at line {line}: {reason}',
  csvLineStarts: '{reason} (the line starts: {start})',
  csvColumns: 'expected {expected} columns (as in the header), found {found}',
  csvQuote: 'a quoted value is never closed',
  csvNotUtf8: 'the file is not UTF-8 text (save it as "CSV UTF-8")',
  csvAfterQuote:
    'text follows the closing quote of a quoted value (a quote inside a quoted value must be doubled: "")',
  outOfMemory:
    'the rows do not fit in the memory this tab gives DuckDB (it stopped at row {row}); load a smaller file, or split this one',
  jsonAt: 'invalid JSON at line {line}, column {column} (position {position}): {reason}',
  jsonOn: 'invalid JSON on line {line}, column {column}: {reason}',
  jsonAfter: 'unexpected text after the end of the JSON value, {found}',
  jsonValue: 'expected a value, {found}',
  jsonName: 'expected a property name in double quotes, {found}',
  jsonColon: "expected ':' after a property name, {found}",
  jsonObjComma: "expected ',' or '}' in an object, {found}",
  jsonArrComma: "expected ',' or ']' in an array, {found}",
  foundEnd: 'found the end of the input',
  foundChar: 'found {char}',
  jsonUnclosed: 'string is never closed with "',
  jsonControl: 'control character (such as a raw line break) inside a string',
  jsonEscapeU: 'invalid \\u escape in a string',
  jsonEscape: 'invalid escape sequence in a string',
  jsonNumber: 'invalid number',
  valueNull: 'null',
  valueArray: 'an array',
  valueObject: 'an object',
  valueString: 'a string ({text})',
  valueNumber: 'a number ({text})',
  valueBoolean: 'a boolean ({text})',
} as const;

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

export const es: Messages<typeof en> = {
  cannotRead: 'No se puede leer {file}: {detail}',
  empty: 'el archivo está vacío',
  notUtf8: 'el archivo no es texto UTF-8 válido',
  invalidJson: 'JSON no válido {where}',
  jsonObjectKeys:
    'se esperaba una lista de objetos, o un objeto con una lista «commitments», «rows» o «data»; se encontró un objeto con las claves {keys}',
  jsonFound: 'se esperaba una lista de objetos, uno por fila; se encontró {what}',
  jsonLine: 'la línea {line} es {what}, no un objeto (JSON Lines necesita un objeto por línea)',
  jsonElement:
    'el elemento en el índice {index}{container} es {what}, no un objeto (cada fila debe ser un objeto columna: valor)',
  jsonDeep: 'fila {row}, «{key}»: el valor está demasiado anidado para leerse como texto',
  noHeader: 'no se encontró ninguna fila de encabezado',
  tooLarge:
    'el archivo tiene {size} MB; el límite es {limit} MB. Divídalo en archivos más pequeños o quite columnas que no se usan.',
  planIdColumn:
    'un archivo de planes de acción necesita una columna «plan_id» (ver docs/data-formats.md)',
  parquetInvalid: 'no es un archivo Parquet válido ({reason})',
  parquetDamaged: 'los datos Parquet están dañados o no son compatibles ({reason})',
  xlsxNotZip:
    'no es un libro .xlsx (un archivo .xlsx es un archivo ZIP; este no lo es). Si es un archivo CSV o de texto, cámbiele el nombre a .csv',
  xlsLegacy:
    'es un libro .xls antiguo, que no es compatible; guárdelo como .xlsx o CSV y cargue ese archivo',
  xlsxDamaged: 'el archivo .xlsx está dañado: su archivo ZIP no se puede descomprimir',
  xlsxUnreadable: 'libro .xlsx ilegible ({reason})',
  xlsxFirstSheet: 'la primera hoja está vacía (solo se lee la primera hoja)',
  xlsxOverflow:
    'fila {row}, columna {column}: contiene {value}, pero la fila de encabezado (fila {header}) solo tiene {width} columnas; agréguele un encabezado o borre el valor',
  duplicateField: 'las columnas {a} («{ha}») y {b} («{hb}») dan ambas {field}; quite una',
  csvNotReadable: 'CSV ilegible: {reason}',
  csvMalformed: 'CSV mal formado en la línea {line}: {reason}',
  csvLineStarts: '{reason} (la línea empieza así: {start})',
  csvColumns: 'se esperaban {expected} columnas (como en el encabezado), se encontraron {found}',
  csvQuote: 'un valor entre comillas nunca se cierra',
  csvNotUtf8: 'el archivo no es texto UTF-8 (guárdelo como «CSV UTF-8»)',
  csvAfterQuote:
    'hay texto después de la comilla de cierre de un valor entre comillas (una comilla dentro de un valor entre comillas debe duplicarse: "")',
  outOfMemory:
    'las filas no caben en la memoria que esta pestaña da a DuckDB (se detuvo en la fila {row}); cargue un archivo más pequeño o divida este',
  jsonAt: 'JSON no válido en la línea {line}, columna {column} (posición {position}): {reason}',
  jsonOn: 'JSON no válido en la línea {line}, columna {column}: {reason}',
  jsonAfter: 'texto inesperado después del final del valor JSON, {found}',
  jsonValue: 'se esperaba un valor, {found}',
  jsonName: 'se esperaba un nombre de propiedad entre comillas dobles, {found}',
  jsonColon: 'se esperaba «:» después de un nombre de propiedad, {found}',
  jsonObjComma: "se esperaba «,» o «'}'» en un objeto, {found}",
  jsonArrComma: 'se esperaba «,» o «]» en una lista, {found}',
  foundEnd: 'se encontró el final del texto',
  foundChar: 'se encontró {char}',
  jsonUnclosed: 'una cadena nunca se cierra con «"»',
  jsonControl: 'carácter de control (como un salto de línea sin escapar) dentro de una cadena',
  jsonEscapeU: 'escape \\u no válido en una cadena',
  jsonEscape: 'secuencia de escape no válida en una cadena',
  jsonNumber: 'número no válido',
  valueNull: 'null (valor nulo)',
  valueArray: 'una lista',
  valueObject: 'un objeto',
  valueString: 'una cadena ({text})',
  valueNumber: 'un número ({text})',
  valueBoolean: 'un booleano ({text})',
};
