import { z } from 'zod';

/**
 * IRM Atlas's own file layout for commitments (CSV, TSV, JSON, Parquet or XLSX with these
 * columns). Ratings are labels as printed (EN/FR/ES) or canonical codes; the loader applies the
 * same vocabulary and rules as for OGP's export. Lists are separated by ";".
 */
const text = (d: string) => z.string().describe(d);
const optionalText = (d: string) => z.string().optional().describe(d);

export const CanonicalCommitmentRow = z
  .object({
    commitment_id: z.string().min(1).describe("OGP's identifier, e.g. CO0111"),
    member: text('Member name as OGP writes it (the export\'s "Country/Locality")'),
    member_code: optionalText('ISO3 code for national members, a stable code for local ones'),
    kind: optionalText('national | local | other'),
    region: optionalText('OGP region'),
    parent_country: optionalText('Country of a local member'),
    action_plan_id: optionalText('e.g. AP_COL05'),
    plan_number: optionalText('1..n within the member'),
    year_submission: optionalText('Year the action plan was submitted (YYYY)'),
    year_end: optionalText('Last year of the action plan (YYYY)'),
    commitment_number: optionalText('Position in the plan'),
    title: optionalText('Commitment title'),
    short_title: optionalText('Short title'),
    full_text: optionalText('Full text of the commitment'),
    lead_institutions: optionalText('Lead institutions, ";"-separated'),
    supporting_institutions: optionalText('Supporting institutions, ";"-separated'),
    policy_areas: optionalText('Policy areas, ";"-separated'),
    ogp_values: optionalText(
      'OGP values touched, ";"-separated: access_to_information, civic_participation, public_accountability, technology',
    ),
    start_date: optionalText('Commitment start date as printed'),
    end_date: optionalText('Commitment end date as printed'),
    url: optionalText('Link to the commitment page on OGP'),
    irm_reports: optionalText('IRM report names, ";"-separated'),
    specificity: optionalText('Pre-2020: None | Low | Medium | High'),
    verifiable: optionalText('Yes | No'),
    relevant: optionalText('Yes | No (relevance to OGP values / open-government lens)'),
    potential_impact: optionalText('Pre-2020: None | Minor | Moderate | Transformative'),
    potential_results: optionalText('Refresh: Unclear | Modest | Substantial'),
    ambition: optionalText(
      "Only where the source prints OGP's binary 'Ambition: High/Low' and not the scale itself",
    ),
    completion_midterm: optionalText('Pre-2020 mid-term completion'),
    completion_eot: optionalText('End-of-term / results-report completion'),
    diog_overall: optionalText('Pre-2020: Did it open government (overall)'),
    diog_ati: optionalText('Did it open government: access to information'),
    diog_cp: optionalText('Did it open government: civic participation'),
    diog_pa: optionalText('Did it open government: public accountability'),
    early_results: optionalText(
      'Refresh: No notable results | Moderate | Significant | Outstanding',
    ),
    starred: optionalText('Starred under the current formula (end of term), 1/0 or Yes/No'),
    starred_midterm: optionalText('Starred under the current formula at mid-term'),
    starred_2015: optionalText('Starred under the 2015-only rule'),
    promising: optionalText('Refresh: promising commitment, Yes/No'),
    carried_forward: optionalText('Carried forward to the next plan, Yes/No'),
    source: optionalText('Where the row came from (file, page import)'),
  })
  .strict();

export type CanonicalCommitmentRow = z.infer<typeof CanonicalCommitmentRow>;

/** Action plans and their co-creation facts, loadable next to a commitments file. */
export const CanonicalActionPlanRow = z
  .object({
    plan_id: z.string().min(1).describe('e.g. AP_COL05, or a stable slug'),
    member: text('Member name'),
    member_code: optionalText('ISO3 or local code'),
    kind: optionalText('national | local | other'),
    region: optionalText('OGP region'),
    parent_country: optionalText('Country of a local member'),
    plan_number: optionalText('1..n within the member'),
    title: optionalText('Plan title as printed'),
    year_submission: optionalText('YYYY'),
    year_end: optionalText('YYYY'),
    submission_date: optionalText('YYYY-MM-DD when the page gives a day'),
    end_date: optionalText('As printed, e.g. "December 2023" (no invented day)'),
    lead_institutions: optionalText('";"-separated'),
    influence_development: optionalText(
      'Level of public influence during development: no_consultation | inform | consult | involve | collaborate | empower',
    ),
    influence_implementation: optionalText('Same scale, during implementation'),
    participation: optionalText('open | closed'),
    forum: optionalText('A regularly meeting multistakeholder forum: yes | no'),
    minimum_requirement_met: optionalText('yes | no'),
    participating_groups: optionalText('Number of participating groups'),
    public_meetings: optionalText('Number of public meetings'),
    source: optionalText('Where the row came from'),
  })
  .strict();

export type CanonicalActionPlanRow = z.infer<typeof CanonicalActionPlanRow>;

export const CANONICAL_COMMITMENT_COLUMNS = Object.keys(CanonicalCommitmentRow.shape);
export const CANONICAL_ACTION_PLAN_COLUMNS = Object.keys(CanonicalActionPlanRow.shape);
