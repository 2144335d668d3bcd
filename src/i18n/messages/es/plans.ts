import type { en } from '../plans';
import type { Messages } from '../types';

export const es: Messages<typeof en> = {
  title: 'Planes de acción y cocreación',
  intro:
    'Los datos de cocreación (nivel de influencia del público durante la elaboración y la implementación en la escala de IAP2, participación abierta o cerrada, un foro multiactor que se reúne con regularidad, si se cumplió el requisito mínimo —involucrar—, grupos participantes y reuniones públicas) provienen de un archivo de planes de acción cargado junto con los compromisos en la',
  dataTab: 'pestaña Datos',
  introAfter:
    ' (CSV, JSON o XLSX; formato en docs/data-formats.md §3). También se listan los planes sin compromisos, como los de OGP Local.',
  commitmentLevel:
    'Los valores de OGP y las áreas de política describen compromisos: un plan se lista cuando uno de sus compromisos coincide, por lo que estos filtros ocultan los planes sin compromisos.',
  factsOnly: 'Solo planes con datos de cocreación',
  caption:
    '{count, plural, one {{countText} plan de acción} other {{countText} planes de acción}}, {withFacts} con datos de cocreación',
  kindUnknown: 'tipo desconocido',
  source: 'Fuente: {source}',
  h_member: 'Miembro',
  h_plan: 'Plan',
  h_cycle: 'Ciclo',
  h_commitments: 'Compro\u00admisos',
  h_influenceDev: 'Influencia: elaboración',
  h_influenceImpl: 'Influencia: implementación',
  h_participation: 'Participación',
  h_forum: 'Foro',
  h_minimum: 'Mínimo cumplido',
  h_groups: 'Grupos',
  h_meetings: 'Reuniones',
  sql_title: 'Consola SQL',
  sql_intro:
    'Solo lectura: SELECT, WITH, FROM, VALUES, DESCRIBE, SUMMARIZE, SHOW y EXPLAIN sobre las tablas cargadas {tables}. Todo lo demás se rechaza, y cada instrucción se ejecuta dentro de una transacción que se revierte. Se muestran y exportan como máximo {cap} filas.',
  sql_refused: 'Rechazado por la consola de solo lectura',
  sql_failed: 'DuckDB no pudo ejecutar esta instrucción (no se cambió nada)',
  sql_rows: '{count, plural, one {{countText} fila} other {{countText} filas}}',
  sql_cut: ' (cortado en {cap})',
  sql_ms: ' en {ms} ms',
  sql_export: 'Exportar CSV',
  sql_result: 'Resultado',
  sql_rules:
    'tablas sin procesar: los ajustes no se aplican (las columnas h_* siguen las reglas por defecto; h_ambition_high_alt y h_starred_2015 contienen las variantes de los ajustes)',
  sql_statement: 'Instrucción',
  sql_running: 'Ejecutando…',
  sql_run: 'Ejecutar (Ctrl+Intro)',
  sql_example: 'Ejemplo {n}',
};
