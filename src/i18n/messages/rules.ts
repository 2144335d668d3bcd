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
