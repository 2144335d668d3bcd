import type { Messages } from './types';

/**
 * The harmonisation rules as the Methodology view shows them (src/vocab/crosswalk.ts holds the
 * English text for the CLI and exports; test/unit/i18n-labels.test.ts checks they stay equal).
 * ICU note: "'<'" writes a literal "<".
 */
export const en = {
  field_all: 'all ratings',
  source_OGP: 'OGP',
  source_decision: 'decision',
  era: 'refresh if Potential for Results holds a rating; else pre2020 if Specificity or Potential Impact does; else by Year Of Submission (2020 or later → refresh).',
  states:
    'ND / blank / "No IRM data" → not assessed; NR → not reviewed; NA → not applicable; "Pending IRM review" → pending; "-" and unknown labels → missing (with a warning). None of these is ever a rating or counted in a denominator.',
  pending:
    'A not-assessed rating is "pending IRM review" until its report is due: design ratings on 1 May after the submission year, implementation ratings on 1 May after the plan’s end year (as-of date shown with the dataset). OGP Local plans from 2019 on are never pending: the IRM stopped assessing them in May 2019.',
  verifiable:
    'Verifiable when it holds Yes/No/1/0; else Specificity Medium/High → yes, None/Low → no.',
  relevant:
    'OGP’s _Relevant when the file has it; else any of the value flags access to information, civic participation, public accountability = 1 → yes, all three 0 → no (Technology alone → no).',
  'ambition-pre2020':
    'Potential Impact Moderate or Transformative and relevant → yes; any other Potential Impact rating → no. Switch "transformative only": only Transformative counts.',
  'ambition-refresh':
    'Potential for Results Substantial and relevant → yes; Unclear/Modest → no (OGP’s export leaves it blank; its pages print Substantial as "Ambition: High"). Switch "moderate level counts": Modest counts too.',
  'ambition-printed':
    'Where a source prints only OGP’s binary "Ambition: High/Low" (pages), that value is used as printed.',
  completion:
    'Completion (End Of Term) when it holds a rating, else Completion (Progress Report); the stage used is kept.',
  'high-completion':
    'completion_final Substantial or Complete → yes; any other completion rating → no.',
  'results-level':
    'Early Results when rated (No notable 0, Moderate 1, Significant 2, Outstanding 3), else DIOG Overall (Worsens −1, Did Not Change 0, No early results yet 0, Marginal 1, Major 2, Outstanding 3).',
  'strong-results': 'results_level ≥ 2 → yes.',
  starred:
    'Starred (Current Formula) End of Term when 0/1, else … Progress Report. Switch: the 2015-only rule (Starred (2015 Only)).',
  promising:
    'Refresh era only, as given; pre-2020 rows are not applicable. Never pooled with stars.',
  denominator:
    'Default: rated commitments only (yes + no), shown as n. Switch "all commitments": OGP’s convention of coding unrated commitments as 0.',
  kind: 'National Or Local: National → national; Local / Legacy Local → local; anything else (e.g. Other, used for Kosovo) → other.',
  cycle: "Cycle label '<'Year Of Submission>-'<'Action Plan End Year>.",
  dates:
    'NA, M/D/YYYY and month-year text are parsed when unambiguous (month-year gives YYYY-MM: no day is invented); the raw text is always kept.',
} as const;

export const fr: Messages<typeof en> = {
  field_all: 'toutes les évaluations',
  source_OGP: 'OGP',
  source_decision: 'décision',
  era: 'Refresh si Potential for Results contient une évaluation ; sinon avant 2020 si Specificity ou Potential Impact en contient une ; sinon selon Year Of Submission (2020 ou après → Refresh).',
  states:
    'ND / vide / « No IRM data » → non évalué ; NR → non examiné ; NA → sans objet ; « Pending IRM review » → en attente ; « - » et libellés inconnus → manquant (avec un avertissement). Aucun de ces états n’est jamais une évaluation ni compté dans un dénominateur.',
  pending:
    'Une évaluation non faite est « en attente d’examen par l’IRM » jusqu’à l’échéance de son rapport : évaluations de conception au 1er mai suivant l’année de soumission, évaluations de mise en œuvre au 1er mai suivant l’année de fin du plan (date de référence affichée avec le jeu de données). Les plans OGP Local à partir de 2019 ne sont jamais en attente : l’IRM a cessé de les évaluer en mai 2019.',
  verifiable:
    'Verifiable quand il contient Yes/No/1/0 ; sinon Specificity Medium/High → oui, None/Low → non.',
  relevant:
    '_Relevant de l’OGP quand le fichier le contient ; sinon l’un des indicateurs de valeur accès à l’information, participation civique, redevabilité publique = 1 → oui, les trois à 0 → non (Technology seule → non).',
  'ambition-pre2020':
    'Potential Impact Moderate ou Transformative et pertinent → oui ; toute autre évaluation de Potential Impact → non. Paramètre « transformateur seulement » : seul Transformative compte.',
  'ambition-refresh':
    'Potential for Results Substantial et pertinent → oui ; Unclear/Modest → non (l’export de l’OGP le laisse vide ; ses pages impriment Substantial comme « Ambition: High »). Paramètre « niveau modéré compté » : Modest compte aussi.',
  'ambition-printed':
    'Quand une source n’imprime que l’« Ambition: High/Low » binaire de l’OGP (pages), cette valeur est utilisée telle qu’imprimée.',
  completion:
    'Completion (End Of Term) quand il contient une évaluation, sinon Completion (Progress Report) ; l’étape utilisée est conservée.',
  'high-completion':
    'completion_final Substantial ou Complete → oui ; toute autre évaluation d’achèvement → non.',
  'results-level':
    'Early Results si évalué (No notable 0, Moderate 1, Significant 2, Outstanding 3), sinon DIOG Overall (Worsens −1, Did Not Change 0, No early results yet 0, Marginal 1, Major 2, Outstanding 3).',
  'strong-results': 'results_level ≥ 2 → oui.',
  starred:
    'Starred (Current Formula) en fin de mandat si 0/1, sinon … Progress Report. Paramètre : la règle de 2015 seulement (Starred (2015 Only)).',
  promising:
    'Ère Refresh seulement, tel que fourni ; les lignes d’avant 2020 sont sans objet. Jamais regroupé avec les étoiles.',
  denominator:
    'Par défaut : engagements évalués seulement (oui + non), affichés comme n. Paramètre « tous les engagements » : la convention de l’OGP qui code les engagements non évalués comme 0.',
  kind: 'National Or Local : National → national ; Local / Legacy Local → local ; tout le reste (par ex. Other, utilisé pour le Kosovo) → autre.',
  cycle: "Libellé du cycle '<'Year Of Submission>-'<'Action Plan End Year>.",
  dates:
    'NA, M/D/YYYY et les textes mois-année sont lus quand ils sont sans ambiguïté (mois-année donne YYYY-MM : aucun jour n’est inventé) ; le texte brut est toujours conservé.',
};

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
