import type { en } from '../overview';
import type { Messages } from '../types';

export const es: Messages<typeof en> = {
  title: 'Resumen',
  idle: 'Cargue un conjunto de datos para ver las cifras.',
  chartLabel: 'Proporción de compromisos que cumplen cada métrica en {name}',
  precomputed:
    'Cifras precalculadas a partir del mismo archivo con las mismas reglas, a fecha de {asOf}; la base de datos se está iniciando y las sustituirá.',
  hover:
    '{rule}. Pase el cursor sobre una barra para ver su intervalo del 95 % (Wilson); las barras atenuadas se basan en menos de {smallN} compromisos evaluados.',
  tableCaption: 'Las mismas cifras en forma de tabla',
  definitions: 'Qué cuenta cada métrica',
  h_metric: 'Métrica',
  h_nRated: 'n (evaluados)',
  m_title: 'Metodología',
  m_intro:
    'Las escalas de calificación del IRM cambiaron en 2020 (el «Refresh»). Para comparar entre etapas, cada calificación conserva su etiqueta original y recibe un valor armonizado según las reglas de abajo. Las reglas «OGP» reproducen la codificación de OGP; las reglas «decisión» son nuestras donde las fuentes no dicen nada.',
  m_rules: '{count, plural, one {# regla de armonización} other {# reglas de armonización}}',
  m_switches: 'Ajustes (se aplican a todas las cifras)',
  m_transformative:
    'Alta ambición antes de 2020: solo cuenta el impacto potencial Transformador (no el Moderado)',
  m_modest: 'Alta ambición Refresh: un potencial de resultados Modesto también cuenta',
  m_starRule: 'Regla de la estrella',
  m_starCurrent: 'fórmula actual de OGP',
  m_star2015: 'la regla solo de 2015',
  m_denominator: 'Denominador',
  m_denomRated: 'solo compromisos evaluados (por defecto)',
  m_denomAll: 'todos los compromisos (convención de OGP)',
  m_reset: 'Restablecer valores por defecto',
  h_field: 'Campo',
  h_era: 'Etapa',
  h_rule: 'Regla',
  h_source: 'Fuente',
  h_reproduces: 'Reproduce la columna de OGP',
  era_pre2020: 'antes de 2020',
  era_refresh: 'Refresh (2020 en adelante)',
  era_both: 'ambas etapas',
  h_file: 'Archivo',
  h_row: 'Fila',
  h_column: 'Columna',
  h_value: 'Valor',
  h_severity: 'Gravedad',
  h_message: 'Mensaje',
};
