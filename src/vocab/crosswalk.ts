/**
 * Every harmonisation rule the app applies, as data: the Methodology panel lists these and
 * exports name the ones in force. Source "OGP" reproduces OGP's own coding; "decision" is ours
 * where the sources are silent (irm-methodology.md).
 */
export interface MethodologyRule {
  id: string;
  field: string;
  era: 'pre2020' | 'refresh' | 'both';
  rule: string;
  source: 'OGP' | 'decision';
  reproduces?: string;
}

export const METHODOLOGY_RULES: MethodologyRule[] = [
  {
    id: 'era',
    field: 'era',
    era: 'both',
    source: 'decision',
    rule: 'refresh if Potential for Results holds a rating; else pre2020 if Specificity or Potential Impact does; else by Year Of Submission (2020 or later → refresh).',
  },
  {
    id: 'states',
    field: 'all ratings',
    era: 'both',
    source: 'OGP',
    rule: 'ND / blank / "No IRM data" → not assessed; NR → not reviewed; NA → not applicable; "Pending IRM review" → pending; "-" and unknown labels → missing (with a warning). None of these is ever a rating or counted in a denominator.',
  },
  {
    id: 'pending',
    field: 'all ratings',
    era: 'both',
    source: 'decision',
    rule: 'A not-assessed rating is "pending IRM review" until its report is due: design ratings on 1 May after the submission year, implementation ratings on 1 May after the plan’s end year (as-of date shown with the dataset). OGP Local plans from 2019 on are never pending: the IRM stopped assessing them in May 2019.',
  },
  {
    id: 'verifiable',
    field: 'verifiable',
    era: 'both',
    source: 'OGP',
    rule: 'Verifiable when it holds Yes/No/1/0; else Specificity Medium/High → yes, None/Low → no.',
  },
  {
    id: 'relevant',
    field: 'relevant',
    era: 'both',
    source: 'OGP',
    reproduces: '_Relevant',
    rule: 'OGP’s _Relevant when the file has it; else any of the value flags access to information, civic participation, public accountability = 1 → yes, all three 0 → no (Technology alone → no).',
  },
  {
    id: 'ambition-pre2020',
    field: 'ambition_high',
    era: 'pre2020',
    source: 'OGP',
    reproduces: 'High Ambition',
    rule: 'Potential Impact Moderate or Transformative and relevant → yes; any other Potential Impact rating → no. Switch "transformative only": only Transformative counts.',
  },
  {
    id: 'ambition-refresh',
    field: 'ambition_high',
    era: 'refresh',
    source: 'decision',
    rule: 'Potential for Results Substantial and relevant → yes; Unclear/Modest → no (OGP’s export leaves it blank; its pages print Substantial as "Ambition: High"). Switch "moderate level counts": Modest counts too.',
  },
  {
    id: 'ambition-printed',
    field: 'ambition_high',
    era: 'both',
    source: 'OGP',
    rule: 'Where a source prints only OGP’s binary "Ambition: High/Low" (pages), that value is used as printed.',
  },
  {
    id: 'completion',
    field: 'completion_final',
    era: 'both',
    source: 'decision',
    rule: 'Completion (End Of Term) when it holds a rating, else Completion (Progress Report); the stage used is kept.',
  },
  {
    id: 'high-completion',
    field: 'high_completion',
    era: 'both',
    source: 'OGP',
    reproduces: 'High Completion',
    rule: 'completion_final Substantial or Complete → yes; any other completion rating → no.',
  },
  {
    id: 'results-level',
    field: 'results_level',
    era: 'both',
    source: 'decision',
    rule: 'Early Results when rated (No notable 0, Moderate 1, Significant 2, Outstanding 3), else DIOG Overall (Worsens −1, Did Not Change 0, No early results yet 0, Marginal 1, Major 2, Outstanding 3).',
  },
  {
    id: 'strong-results',
    field: 'strong_results',
    era: 'both',
    source: 'OGP',
    reproduces: 'High DIOG',
    rule: 'results_level ≥ 2 → yes.',
  },
  {
    id: 'starred',
    field: 'starred',
    era: 'both',
    source: 'OGP',
    rule: 'Starred (Current Formula) End of Term when 0/1, else … Progress Report. Switch: the 2015-only rule (Starred (2015 Only)).',
  },
  {
    id: 'promising',
    field: 'promising',
    era: 'refresh',
    source: 'OGP',
    rule: 'Refresh era only, as given; pre-2020 rows are not applicable. Never pooled with stars.',
  },
  {
    id: 'denominator',
    field: 'every share',
    era: 'both',
    source: 'decision',
    rule: 'Default: rated commitments only (yes + no), shown as n. Switch "all commitments": OGP’s convention of coding unrated commitments as 0.',
  },
  {
    id: 'kind',
    field: 'kind',
    era: 'both',
    source: 'OGP',
    rule: 'National Or Local: National → national; Local / Legacy Local → local; anything else (e.g. Other, used for Kosovo) → other.',
  },
  {
    id: 'cycle',
    field: 'cycle',
    era: 'both',
    source: 'OGP',
    rule: 'Cycle label <Year Of Submission>-<Action Plan End Year>.',
  },
  {
    id: 'dates',
    field: 'dates',
    era: 'both',
    source: 'decision',
    rule: 'NA, M/D/YYYY and month-year text are parsed when unambiguous (month-year gives YYYY-MM: no day is invented); the raw text is always kept.',
  },
];
