import type { en } from '../rules';
import type { Messages } from '../types';

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
