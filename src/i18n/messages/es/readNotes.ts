import type { en } from '../readNotes';
import type { Messages } from '../types';

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
