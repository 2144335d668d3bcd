import type { en } from '../rules';
import type { Messages } from '../types';

export const es: Messages<typeof en> = {
  field_all: 'todas las calificaciones',
  source_OGP: 'OGP',
  source_decision: 'decisión',
  era: 'Refresh si Potential for Results tiene una calificación; si no, antes de 2020 si la tiene Specificity o Potential Impact; si no, según Year Of Submission (2020 o después → Refresh).',
  states:
    'ND / vacío / «No IRM data» → no evaluado; NR → no revisado; NA → no aplica; «Pending IRM review» → pendiente; «-» y etiquetas desconocidas → faltante (con una advertencia). Ninguno de estos estados es nunca una calificación ni se cuenta en un denominador.',
  pending:
    'Una calificación no evaluada está «pendiente de revisión del IRM» hasta que vence su informe: calificaciones de diseño el 1 de mayo posterior al año de presentación, de implementación el 1 de mayo posterior al año de fin del plan (fecha de referencia mostrada con el conjunto de datos). Los planes de OGP Local desde 2019 nunca están pendientes: el IRM dejó de evaluarlos en mayo de 2019.',
  verifiable:
    'Verifiable cuando tiene Yes/No/1/0; si no, Specificity Medium/High → sí, None/Low → no.',
  relevant:
    '_Relevant de OGP cuando el archivo lo tiene; si no, cualquiera de los indicadores de valor acceso a la información, participación cívica, rendición de cuentas pública = 1 → sí, los tres en 0 → no (Technology sola → no).',
  'ambition-pre2020':
    'Potential Impact Moderate o Transformative y relevante → sí; cualquier otra calificación de Potential Impact → no. Ajuste «solo transformador»: solo cuenta Transformative.',
  'ambition-refresh':
    'Potential for Results Substantial y relevante → sí; Unclear/Modest → no (la exportación de OGP lo deja vacío; sus páginas imprimen Substantial como «Ambition: High»). Ajuste «el nivel moderado cuenta»: Modest también cuenta.',
  'ambition-printed':
    'Cuando una fuente solo imprime el «Ambition: High/Low» binario de OGP (páginas), se usa ese valor tal como figura.',
  completion:
    'Completion (End Of Term) cuando tiene una calificación; si no, Completion (Progress Report); se conserva la etapa usada.',
  'high-completion':
    'completion_final Substantial o Complete → sí; cualquier otra calificación de cumplimiento → no.',
  'results-level':
    'Early Results si está calificado (No notable 0, Moderate 1, Significant 2, Outstanding 3); si no, DIOG Overall (Worsens −1, Did Not Change 0, No early results yet 0, Marginal 1, Major 2, Outstanding 3).',
  'strong-results': 'results_level ≥ 2 → sí.',
  starred:
    'Starred (Current Formula) al final del periodo si 0/1; si no, … Progress Report. Ajuste: la regla solo de 2015 (Starred (2015 Only)).',
  promising:
    'Solo en la era Refresh, tal como viene; las filas anteriores a 2020 no aplican. Nunca se agrupa con las estrellas.',
  denominator:
    'Por defecto: solo compromisos evaluados (sí + no), mostrados como n. Ajuste «todos los compromisos»: la convención de OGP de codificar como 0 los compromisos sin evaluar.',
  kind: 'National Or Local: National → nacional; Local / Legacy Local → local; cualquier otro (p. ej. Other, usado para Kosovo) → otro.',
  cycle: "Etiqueta del ciclo '<'Year Of Submission>-'<'Action Plan End Year>.",
  dates:
    'NA, M/D/YYYY y los textos mes-año se leen cuando no son ambiguos (mes-año da YYYY-MM: no se inventa ningún día); el texto original siempre se conserva.',
};
