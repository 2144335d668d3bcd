import type { en } from '../issueNotes';
import type { Messages } from '../types';

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
  simulatedAll:
    'la columna «{column}» dice que todas las filas ({count}) son datos simulados: el conjunto de datos se marca como DATOS SIMULADOS',
  simulatedSome:
    'la columna «{column}» dice que {count, plural, one {# de {read} filas es un dato simulado} other {# de {read} filas son datos simulados}} (la primera en la fila {first}): todo el conjunto de datos se marca como DATOS SIMULADOS',
};
