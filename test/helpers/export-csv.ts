import { toCsv } from '../../src/lib/csv';
import type { InputFile } from '../../src/ingest';

/** The export columns our fixtures use (a subset of OGP's 171, which the loader accepts). */
export const FIXTURE_HEADER = [
  'Commitment Unique Identifier',
  'Country/Locality',
  'Action Plan Number',
  'Commitment Number',
  'Code',
  'Region',
  'National Or Local',
  'Commitment Dummy',
  'Year Of Submission',
  'Action Plan End Year',
  'Commitment Title',
  'Specificity',
  'Verifiable',
  'OGP Value Access To Information',
  'OGP Value Civic Participation',
  'OGP Value Public Accountability',
  'OGP Value Technology',
  '_Relevant',
  'Potential Impact',
  'Completion (Progress Report)',
  'Potential for Results',
  'Completion (End Of Term)',
  'Early Results',
  'Did It Open Government (Overall)',
  'Starred (Current Formula) End of Term',
  'Starred (2015 Only)',
  'Action Plan ID',
] as const;

type Header = (typeof FIXTURE_HEADER)[number];

const DEFAULTS: Record<Header, string> = {
  'Commitment Unique Identifier': '',
  'Country/Locality': 'Colombia',
  'Action Plan Number': '1',
  'Commitment Number': '1',
  Code: 'COL',
  Region: 'Americas',
  'National Or Local': 'National',
  'Commitment Dummy': '1',
  'Year Of Submission': '2015',
  'Action Plan End Year': '2017',
  'Commitment Title': 'A commitment',
  Specificity: 'ND',
  Verifiable: 'ND',
  'OGP Value Access To Information': '1',
  'OGP Value Civic Participation': '0',
  'OGP Value Public Accountability': '0',
  'OGP Value Technology': '0',
  _Relevant: '1',
  'Potential Impact': 'ND',
  'Completion (Progress Report)': 'ND',
  'Potential for Results': 'ND',
  'Completion (End Of Term)': 'ND',
  'Early Results': 'ND',
  'Did It Open Government (Overall)': 'ND',
  'Starred (Current Formula) End of Term': 'ND',
  'Starred (2015 Only)': 'ND',
  'Action Plan ID': 'AP_COL01',
};

/** A pre-2020 commitment rated on every design and implementation field. */
export const PRE2020: Partial<Record<Header, string>> = {
  Specificity: 'High',
  Verifiable: 'Yes',
  'Potential Impact': 'Moderate',
  'Completion (Progress Report)': 'Limited',
  'Completion (End Of Term)': 'Substantial',
  'Did It Open Government (Overall)': 'Major',
  'Starred (Current Formula) End of Term': '1',
  'Starred (2015 Only)': '0',
};

/** A refresh-era commitment with an action plan review and a results report. */
export const REFRESH: Partial<Record<Header, string>> = {
  'Year Of Submission': '2021',
  'Action Plan End Year': '2023',
  Verifiable: 'Yes',
  'Potential for Results': 'Substantial',
  'Completion (End Of Term)': 'Complete',
  'Early Results': 'Significant',
};

export function exportCsv(
  rows: Partial<Record<Header, string>>[],
  name = 'fixture.csv',
): InputFile {
  const body = toCsv(
    FIXTURE_HEADER,
    rows.map((r) => FIXTURE_HEADER.map((h) => r[h] ?? DEFAULTS[h])),
    { neutralise: false },
  );
  return { name, bytes: new TextEncoder().encode(body) };
}

export function textFile(name: string, text: string): InputFile {
  return { name, bytes: new TextEncoder().encode(text) };
}
