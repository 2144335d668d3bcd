/**
 * Writes a deterministic, seeded, SIMULATED dataset in OGP's official commitments-export layout:
 * the export's 171 columns in its order, its codes (rating labels, `_…` numeric codes, ND / NR /
 * NA) and its derived columns (High Ambition, High Completion, High DIOG, …), with rating levels
 * drawn in the proportions of the real sample (../shared/data/ogp-export-sample.csv).
 *
 *   npm run generate:sim -- [--seed N] [--out data/simulated/ogp-export-simulated.csv]
 *
 * Members (names, codes, regions, kind) are real OGP members; everything else (plans, commitments,
 * titles, institutions, dates, ratings) is synthetic. Same seed → byte-identical output: the only
 * source of randomness is the seeded PRNG below (no clock, no Math.random, no locale).
 * One file on purpose (over 300 lines): most of it is data tables. See docs/simulated-data.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const DEFAULT_SEED = 20261123;
const DEFAULT_OUT = 'data/simulated/ogp-export-simulated.csv';
/** The simulated export is "as of" this year: plans ending in it or later are still running. */
const SNAPSHOT_YEAR = 2025;

// ---------------------------------------------------------------------------------------------
// PRNG: mulberry32, plus the few draws the generator needs.

class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return at(items, Math.floor(this.next() * items.length));
  }
  /** The shared latent `u` with probability rho, else a fresh draw: still uniform, so every
   * field keeps its calibrated marginal while correlated fields move together. */
  mix(u: number, rho: number): number {
    return this.next() < rho ? u : this.next();
  }
}

function at<T>(items: readonly T[], i: number): T {
  const v = items[i];
  if (v === undefined) throw new Error(`index ${i} out of range (${items.length})`);
  return v;
}

type Weights = ReadonlyArray<readonly [string, number]>;

/** Level at quantile u of the weights (levels in scale order, so correlated draws stay ordinal). */
function quantile(w: Weights, u: number): string {
  const total = w.reduce((s, [, n]) => s + n, 0);
  let acc = 0;
  for (const [label, n] of w) {
    acc += n / total;
    if (u < acc) return label;
  }
  return at(w, w.length - 1)[0];
}

// ---------------------------------------------------------------------------------------------
// OGP's export header, verbatim (names, order and quirks).

export const HEADER = [
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
  'Action Plan Duration (Years)',
  'Theme',
  'Commitment Title',
  'Short Title',
  'Full Text',
  'Start Date',
  'End Date',
  'Lead Institution',
  'Supporting Institution(s)',
  'Anti-Corruption and Integrity',
  'Anti-corruption Institutions',
  'Anti-Corruption Strategies',
  'Asset Disclosure',
  'Audits',
  'Beneficial Ownership',
  'Conflicts Of Interest',
  'Elections',
  'Political Finance',
  'Lobbying',
  'Open Contracting',
  'Public Procurement',
  'Right To Information',
  'Whistleblower Protections',
  'Civic Space and Enabling Environment',
  'Freedom of Assembly',
  'Freedom of Association',
  'Freedom of Expression',
  'Democratizing Decision-Making',
  'Digital Participation',
  'Mainstreaming Participation',
  'Regulatory Governance',
  'Social Accountability',
  'Digital Governance',
  'Automated Decision-making',
  'Data Stewardship and Privacy',
  'Digital Inclusion',
  'Disinformation/Misinformation',
  'Online Civic Space',
  'Environment & Climate',
  'Climate Finance',
  'Climate Mitigation and Adaptation',
  'Environmental Regulation',
  'International Environmental Agreements',
  'Fiscal Openness',
  'Publication Of Budget/Fiscal Information',
  'Public Participation In Budget/Fiscal Policy',
  'Oversight Of Budget/Fiscal Policies',
  'Stimulus and Economic Recovery',
  'Tax',
  'Debt',
  'Inclusion',
  'Gender',
  'Gender-Based Violence',
  'Economic Inclusion',
  'LGBTQIA+',
  'People with Disabilities',
  'Youth',
  'Justice',
  'Access to Justice',
  'Open Justice',
  'Policing & Corrections',
  'Judiciary',
  'Open Parliaments',
  'Public Service Delivery',
  'Citizenship & Immigration',
  'Education',
  'Health & Nutrition',
  'Infrastructure & Transport',
  'Water & Sanitation',
  'Capacity Building',
  'Digital Transformation',
  'Legislation',
  'Regulation',
  'Legislative Oversight',
  'Open Data',
  'Public Participation',
  'Aid',
  'Energy',
  'Extractive Industries',
  'Land and Spatial Planning',
  'Media & Telecommunications',
  'Science & Technology',
  'Security & Public Safety',
  'Labor',
  'Private Sector',
  'Subnational',
  'Human Rights',
  'Open Parliament Plan',
  'Sustainable Development Goals',
  'Open Data (Water/Sanitation)',
  'Open Data (Health)',
  'Open Data (Education)',
  'Participation in Lawmaking',
  'Access to information',
  'Money in Politics',
  'Report Publication Year (Progress Report)',
  'Compound',
  'Cluster',
  'Specificity',
  '_Specificity',
  'Verifiable',
  'OGP Value Access To Information',
  'OGP Value Civic Participation',
  'OGP Value Public Accountability',
  'OGP Value Technology',
  '_Relevant',
  'Potential Impact',
  '_Potential Impact',
  'Completion (Progress Report)',
  '_CompletionProgress',
  'Starred (2015 Only)',
  'Starred (Current Formula) Progress Report',
  'Potential for Results',
  '_Potential for Results',
  'Cluster (AP Review)',
  'Cluster Commitment ID(s)',
  'Report Publication Year (End Of Term)',
  'Completion (End Of Term)',
  '_CompletionEndTerm',
  'Change In Completion',
  '_ChangeCompletion',
  'Early Results',
  '_Early Results',
  'Did It Open Government (Overall)',
  '_OpenGovernment',
  'Did It Open Government (Access To Information)',
  '_DIOGATI',
  'Did It Open Government (Civic Participation)',
  '_DIOGCP',
  'Did It Open Government: Public Accountability',
  '_DIOGPA',
  'Starred (Current Formula) End of Term',
  'Carried Forward',
  'Most Recently Assessed',
  'Star - Most Recently Assessed',
  'IRM Assessed',
  'Updated? (Website)',
  'Active Commitment',
  'Max star',
  'Ambition Assessed',
  'Comp Assessed',
  'DIOG Assessed',
  'Midterm Only',
  'Max Completion',
  'Raw Completion',
  'High Completion',
  'High Ambition',
  'High DIOG',
  'Ambitious and complete, or DIOG',
  'Ambitious but not complete',
  'Complete but not ambitious',
  'Not complete or ambitious',
  'Not reviewed',
  'CHECKSUM',
  'IRM-Based Score',
  'Binding constraint',
  'URL',
  'Latest IRM Report',
  'Subnational in NAPs',
  'Action Plan ID',
  'id',
] as const;

type Column = (typeof HEADER)[number];
export type Row = Partial<Record<Column, string>>;

const POLICY_AREAS: readonly Column[] = HEADER.slice(
  HEADER.indexOf('Anti-Corruption and Integrity'),
  HEADER.indexOf('Report Publication Year (Progress Report)'),
);
/** Tags the export leaves ND before the tag existed (on the real sample: plans before 2022). */
const LATE_AREAS: readonly Column[] = [
  'Digital Participation',
  'Mainstreaming Participation',
  'Digital Transformation',
];
/** Parent tags and their children (a child tag sets its parent, as OGP's tagging does). */
// prettier-ignore
const AREA_GROUPS: ReadonlyArray<readonly [Column, readonly Column[]]> = [
  ['Anti-Corruption and Integrity', POLICY_AREAS.slice(1, POLICY_AREAS.indexOf('Civic Space and Enabling Environment'))],
  ['Civic Space and Enabling Environment', ['Freedom of Assembly', 'Freedom of Association', 'Freedom of Expression']],
  ['Democratizing Decision-Making', ['Digital Participation', 'Mainstreaming Participation', 'Regulatory Governance', 'Social Accountability']],
  ['Digital Governance', ['Automated Decision-making', 'Data Stewardship and Privacy', 'Digital Inclusion', 'Disinformation/Misinformation', 'Online Civic Space']],
  ['Environment & Climate', ['Climate Finance', 'Climate Mitigation and Adaptation', 'Environmental Regulation', 'International Environmental Agreements']],
  ['Fiscal Openness', ['Publication Of Budget/Fiscal Information', 'Public Participation In Budget/Fiscal Policy', 'Oversight Of Budget/Fiscal Policies', 'Stimulus and Economic Recovery', 'Tax', 'Debt']],
  ['Inclusion', ['Gender', 'Gender-Based Violence', 'Economic Inclusion', 'LGBTQIA+', 'People with Disabilities', 'Youth']],
  ['Justice', ['Access to Justice', 'Open Justice', 'Policing & Corrections', 'Judiciary']],
];

/** Rows of a "|"-separated text table (data tables stay readable and out of the formatter). */
function table(text: string): string[][] {
  return text
    .trim()
    .split('\n')
    .map((line) => line.split('|').map((cell) => cell.trim()));
}

/** Policy-area column names, checked against the header. */
function areas(list: string): Column[] {
  return list.split(';').map((name) => {
    const c = POLICY_AREAS.find((a) => a === name.trim());
    if (c === undefined) throw new Error(`unknown policy area "${name}"`);
    return c;
  });
}

// ---------------------------------------------------------------------------------------------
// Calibration. Counts of each rating level in the real sample (../shared/data/
// ogp-export-sample.csv, 288 commitments, 38 members), per IRM era as irm-methodology.md §1
// detects it, states (ND, NR, NA, Not Applicable) excluded; a "1" in Verifiable counts as Yes.
// They come from the real sample's distribution and are the generator's weights, listed in scale
// order (low → high). A level of a native scale that the sample never shows gets
// ABSENT_LEVEL_WEIGHT (a pseudo-count of ½, as in a Jeffreys prior), so every level can occur; it
// shifts shares visibly only where the sample is small (refresh era: End of Term n = 20, DIOG
// n = 13, Early Results n = 7). scripts/check-simulated-calibration.ts prints real vs simulated.

const ABSENT_LEVEL_WEIGHT = 0.5;

// prettier-ignore
const PRE2020 = {
  specificity: [['None', 1], ['Low', 11], ['Medium', 47], ['High', 45]],
  /** 2017–2019 plans: Verifiable rated without Specificity (sample rows with Specificity ND). */
  verifiableWithoutSpecificity: [['No', 2], ['Yes', 64]],
  potentialImpact: [['None', 4], ['Minor', 56], ['Moderate', 74], ['Transformative', 36]],
  completionProgress: [['Withdrawn', 1], ['Unclear', 0], ['Not Started', 9], ['Limited', 44], ['Substantial', 34], ['Complete', 13]],
  completionEndTerm: [['Withdrawn', 0], ['Unclear', 1], ['Not Started', 7], ['Limited', 41], ['Substantial', 64], ['Complete', 36]],
  diogOverall: [['Worsens', 0], ['Did Not Change', 40], ['Marginal', 39], ['Major', 27], ['Outstanding', 3]],
  diogAti: [['Worsens', 0], ['Did Not Change', 30], ['Marginal', 23], ['Major', 11], ['Outstanding', 2]],
  diogCp: [['Worsens', 0], ['Did Not Change', 20], ['Marginal', 11], ['Major', 6], ['Outstanding', 0]],
  diogPa: [['Worsens', 0], ['Did Not Change', 20], ['Marginal', 7], ['Major', 1], ['Outstanding', 1]],
  carriedForward: [['0', 51], ['1', 23]],
  /** OGP value flags as one pattern "ATI CP PA Technology"; _Relevant = any of the first three. */
  valuePatterns: [
    ['0000', 13], ['0010', 10], ['0100', 15], ['0101', 5], ['0110', 2], ['1000', 36], ['1001', 20],
    ['1010', 16], ['1011', 6], ['1100', 28], ['1101', 9], ['1110', 7], ['1111', 3],
  ],
} as const satisfies Record<string, Weights>;

// prettier-ignore
const REFRESH = {
  verifiable: [['No', 0], ['Yes', 86]],
  relevant: [['0', 6], ['1', 80]],
  potentialResults: [['Unclear', 12], ['Modest', 50], ['Substantial', 24]],
  completionEndTerm: [['Withdrawn', 0], ['Unclear', 0], ['Not Started', 1], ['Limited', 8], ['Substantial', 7], ['Complete', 4]],
  earlyResults: [['No notable results', 5], ['Moderate', 2], ['Significant', 0], ['Outstanding', 0]],
  /** Plans submitted in 2020: the transitional results reports still rated DIOG. */
  diogOverall: [['Worsens', 0], ['Did Not Change', 0], ['No early results to report yet', 6], ['Marginal', 6], ['Major', 1], ['Outstanding', 0]],
  clusterApReview: [['0', 68], ['1', 17]],
} as const satisfies Record<string, Weights>;

function share(w: Weights, label: string): number {
  const total = w.reduce((s, [, n]) => s + n, 0);
  return w.reduce((s, [l, n]) => (l === label ? s + n : s), 0) / total;
}

/** Rating scales (not patterns or flags): absent levels get ABSENT_LEVEL_WEIGHT. */
function scale(w: Weights): Weights {
  return w.map(([label, n]) => [label, n === 0 ? ABSENT_LEVEL_WEIGHT : n] as const);
}

/** OGP's numeric codes in the `_…` columns (checked on the real sample). */
const CODE = {
  specificity: { None: '0', Low: '1', Medium: '2', High: '3' },
  potentialImpact: { None: '0', Minor: '1', Moderate: '2', Transformative: '3' },
  potentialResults: { Unclear: '0', Modest: '1', Substantial: '2' },
  completion: {
    Withdrawn: '0',
    Unclear: '1',
    'Not Started': '2',
    Limited: '3',
    Substantial: '4',
    Complete: '5',
  },
  earlyResults: { 'No notable results': '0', Moderate: '1', Significant: '2', Outstanding: '3' },
  diogOverall: {
    Worsens: '0',
    'Did Not Change': '1',
    'No early results to report yet': '1',
    Marginal: '2',
    Major: '3',
    Outstanding: '4',
  },
  diogValue: {
    'Not Applicable': '0',
    Worsens: '1',
    'Did Not Change': '2',
    Marginal: '3',
    Major: '4',
    Outstanding: '5',
  },
} as const satisfies Record<string, Record<string, string>>;

const STATES = new Set(['ND', 'NR', 'NA', 'Not Applicable']);
const isRated = (v: string | undefined): v is string => v !== undefined && !STATES.has(v);

function coded(codes: Record<string, string>, label: string): string {
  if (STATES.has(label)) return label === 'Not Applicable' ? (codes[label] ?? 'NA') : label;
  const c = codes[label];
  if (c === undefined) throw new Error(`no numeric code for "${label}"`);
  return c;
}

// ---------------------------------------------------------------------------------------------
// Members: real OGP members, names as the export writes them (locals "Place, Country").

type Region = 'Africa and the Middle East' | 'Americas' | 'Asia and the Pacific' | 'Europe';
type Kind = 'National' | 'Legacy Local' | 'Local' | 'Other';
type Lang = 'en' | 'fr' | 'es';

interface Member {
  name: string;
  code: string;
  prefix: string;
  region: Region;
  kind: Kind;
  /** Year the first action plan was submitted. */
  first: number;
  lang: Lang;
}

const REGIONS: readonly Region[] = [
  'Africa and the Middle East',
  'Americas',
  'Asia and the Pacific',
  'Europe',
];

function memberTable(kind: Kind, text: string): Member[] {
  return table(text).map(
    ([name = '', code = '', prefix = '', region = '', first = '', lang = '']) => {
      const r = REGIONS.find((x) => x === region);
      const l = (['en', 'fr', 'es'] as const).find((x) => x === lang);
      if (!name || !code || !prefix || !r || !l || !/^\d{4}$/.test(first)) {
        throw new Error(`bad member row "${name}"`);
      }
      return { name, code, prefix, region: r, kind, first: Number(first), lang: l };
    },
  );
}

// National members: name | ISO3 | ID prefix (OGP's, e.g. MO for Morocco, UK for the United
// Kingdom) | region | first plan | language of the synthetic texts.
const NATIONAL = memberTable(
  'National',
  `
Argentina              | ARG | AR | Americas                   | 2013 | es
Brazil                 | BRA | BR | Americas                   | 2011 | en
Canada                 | CAN | CA | Americas                   | 2012 | en
Chile                  | CHL | CL | Americas                   | 2012 | es
Colombia               | COL | CO | Americas                   | 2012 | es
Costa Rica             | CRI | CR | Americas                   | 2013 | es
Dominican Republic     | DOM | DO | Americas                   | 2012 | es
Ecuador                | ECU | EC | Americas                   | 2019 | es
El Salvador            | SLV | SV | Americas                   | 2012 | es
Guatemala              | GTM | GT | Americas                   | 2012 | es
Honduras               | HND | HN | Americas                   | 2012 | es
Jamaica                | JAM | JM | Americas                   | 2021 | en
Mexico                 | MEX | MX | Americas                   | 2011 | es
Panama                 | PAN | PA | Americas                   | 2013 | es
Paraguay               | PRY | PY | Americas                   | 2012 | es
Peru                   | PER | PE | Americas                   | 2012 | es
Trinidad and Tobago    | TTO | TT | Americas                   | 2014 | en
United States          | USA | US | Americas                   | 2011 | en
Uruguay                | URY | UY | Americas                   | 2012 | es
Albania                | ALB | AL | Europe                     | 2012 | en
Bosnia and Herzegovina | BIH | BA | Europe                     | 2019 | en
Bulgaria               | BGR | BG | Europe                     | 2012 | en
Croatia                | HRV | HR | Europe                     | 2012 | en
Czech Republic         | CZE | CZ | Europe                     | 2012 | en
Denmark                | DNK | DK | Europe                     | 2012 | en
Estonia                | EST | EE | Europe                     | 2012 | en
Finland                | FIN | FI | Europe                     | 2013 | en
France                 | FRA | FR | Europe                     | 2015 | fr
Georgia                | GEO | GE | Europe                     | 2012 | en
Germany                | DEU | DE | Europe                     | 2017 | en
Greece                 | GRC | GR | Europe                     | 2012 | en
Ireland                | IRL | IE | Europe                     | 2014 | en
Italy                  | ITA | IT | Europe                     | 2012 | en
Latvia                 | LVA | LV | Europe                     | 2012 | en
Lithuania              | LTU | LT | Europe                     | 2012 | en
Luxembourg             | LUX | LU | Europe                     | 2019 | fr
Moldova                | MDA | MD | Europe                     | 2012 | en
Montenegro             | MNE | ME | Europe                     | 2012 | en
Netherlands            | NLD | NL | Europe                     | 2013 | en
North Macedonia        | MKD | MK | Europe                     | 2012 | en
Norway                 | NOR | NO | Europe                     | 2011 | en
Portugal               | PRT | PT | Europe                     | 2018 | en
Romania                | ROU | RO | Europe                     | 2012 | en
Serbia                 | SRB | RS | Europe                     | 2014 | en
Slovak Republic        | SVK | SK | Europe                     | 2012 | en
Spain                  | ESP | ES | Europe                     | 2012 | es
Sweden                 | SWE | SE | Europe                     | 2012 | en
Ukraine                | UKR | UA | Europe                     | 2012 | en
United Kingdom         | GBR | UK | Europe                     | 2011 | en
Armenia                | ARM | AM | Asia and the Pacific       | 2012 | en
Australia              | AUS | AU | Asia and the Pacific       | 2016 | en
Indonesia              | IDN | ID | Asia and the Pacific       | 2011 | en
Kyrgyz Republic        | KGZ | KG | Asia and the Pacific       | 2018 | en
Mongolia               | MNG | MN | Asia and the Pacific       | 2014 | en
New Zealand            | NZL | NZ | Asia and the Pacific       | 2014 | en
Pakistan               | PAK | PK | Asia and the Pacific       | 2016 | en
Papua New Guinea       | PNG | PG | Asia and the Pacific       | 2018 | en
Philippines            | PHL | PH | Asia and the Pacific       | 2011 | en
Republic of Korea      | KOR | KR | Asia and the Pacific       | 2012 | en
Sri Lanka              | LKA | LK | Asia and the Pacific       | 2016 | en
Burkina Faso           | BFA | BF | Africa and the Middle East | 2017 | fr
Cabo Verde             | CPV | CV | Africa and the Middle East | 2018 | en
Cote d'Ivoire          | CIV | CI | Africa and the Middle East | 2016 | fr
Ghana                  | GHA | GH | Africa and the Middle East | 2013 | en
Jordan                 | JOR | JO | Africa and the Middle East | 2012 | en
Kenya                  | KEN | KE | Africa and the Middle East | 2012 | en
Liberia                | LBR | LR | Africa and the Middle East | 2013 | en
Malawi                 | MWI | MW | Africa and the Middle East | 2016 | en
Morocco                | MAR | MO | Africa and the Middle East | 2018 | fr
Nigeria                | NGA | NG | Africa and the Middle East | 2017 | en
Senegal                | SEN | SN | Africa and the Middle East | 2021 | fr
Seychelles             | SYC | SC | Africa and the Middle East | 2019 | en
Sierra Leone           | SLE | SL | Africa and the Middle East | 2014 | en
South Africa           | ZAF | ZA | Africa and the Middle East | 2011 | en
Tunisia                | TUN | TN | Africa and the Middle East | 2014 | fr
`,
);

// OGP Local, same columns; code = ISO2 + 2 letters and a 3-letter ID prefix, like the export's
// NGKD / KAD and GBSC / SCO. Legacy Local: the 15 pioneers of 2016 (first plans 2017) and the five
// members added in 2018.
const LEGACY_LOCAL = memberTable(
  'Legacy Local',
  `
Austin, United States       | USAU | AUS | Americas                   | 2017 | en
Bojonegoro, Indonesia       | IDBJ | BJN | Asia and the Pacific       | 2017 | en
Buenos Aires, Argentina     | ARBA | BUE | Americas                   | 2017 | es
Elgeyo Marakwet, Kenya      | KEEM | ELG | Africa and the Middle East | 2017 | en
Jalisco, Mexico             | MXJA | JAL | Americas                   | 2017 | es
Kigoma-Ujiji, Tanzania      | TZKU | KIG | Africa and the Middle East | 2017 | en
La Libertad, Peru           | PELL | LLB | Americas                   | 2017 | es
Madrid, Spain               | ESMD | MAD | Europe                     | 2017 | es
Ontario, Canada             | CAON | ONT | Americas                   | 2017 | en
Paris, France               | FRPA | PAR | Europe                     | 2017 | fr
São Paulo, Brazil           | BRSP | SAO | Americas                   | 2017 | en
Scotland, United Kingdom    | GBSC | SCO | Europe                     | 2017 | en
Seoul, Republic of Korea    | KRSE | SEO | Asia and the Pacific       | 2017 | en
Sekondi-Takoradi, Ghana     | GHST | SEK | Africa and the Middle East | 2017 | en
Tbilisi, Georgia            | GETB | TBI | Europe                     | 2017 | en
Basque Country, Spain       | ESPV | BAS | Europe                     | 2018 | es
Iași, Romania               | ROIS | IAS | Europe                     | 2018 | en
Kaduna State, Nigeria       | NGKD | KAD | Africa and the Middle East | 2018 | en
Nariño, Colombia            | CONA | NAR | Americas                   | 2018 | es
South Cotabato, Philippines | PHSC | SCT | Asia and the Pacific       | 2018 | en
`,
);

// Local: members of the 2020, 2022 and 2024 cohorts (IRM-assessed never).
const LOCAL = memberTable(
  'Local',
  `
Abuja, Nigeria                          | NGAB | ABJ | Africa and the Middle East | 2021 | en
Banggai, Indonesia                      | IDBG | BGG | Asia and the Pacific       | 2021 | en
Bogotá, Colombia                        | COBO | BOG | Americas                   | 2021 | es
Brebes, Indonesia                       | IDBR | BRB | Asia and the Pacific       | 2021 | en
Chihuahua, Mexico                       | MXCH | CHH | Americas                   | 2021 | es
Khmelnytskyi, Ukraine                   | UAKH | KHM | Europe                     | 2021 | en
Makueni, Kenya                          | KEMK | MAK | Africa and the Middle East | 2021 | en
Mendoza, Argentina                      | ARMZ | MDZ | Americas                   | 2021 | es
Nandi, Kenya                            | KENA | NAN | Africa and the Middle East | 2021 | en
Osasco, Brazil                          | BROS | OSA | Americas                   | 2021 | en
Ozurgeti, Georgia                       | GEOZ | OZU | Europe                     | 2021 | en
Peñalolén, Chile                        | CLPE | PEN | Americas                   | 2021 | es
Plateau, Nigeria                        | NGPL | PLA | Africa and the Middle East | 2021 | en
Rosario, Argentina                      | ARRO | ROS | Americas                   | 2021 | es
Santa Catarina, Brazil                  | BRSC | SCA | Americas                   | 2021 | en
Santo Domingo de los Tsáchilas, Ecuador | ECSD | SDT | Americas                   | 2021 | es
Semarang, Indonesia                     | IDSM | SMG | Asia and the Pacific       | 2021 | en
West Sumbawa, Indonesia                 | IDWS | WSB | Asia and the Pacific       | 2021 | en
Yucatán, Mexico                         | MXYU | YUC | Americas                   | 2021 | es
Anloga, Ghana                           | GHAN | ANL | Africa and the Middle East | 2023 | en
Cartagena de Indias, Colombia           | COCT | CTG | Americas                   | 2022 | es
Contagem, Brazil                        | BRCG | CTM | Americas                   | 2022 | en
Corrientes, Argentina                   | ARCR | CRR | Americas                   | 2022 | es
Maipú, Chile                            | CLMP | MAI | Americas                   | 2023 | es
Manizales, Colombia                     | COMZ | MNZ | Americas                   | 2022 | es
Sarchí, Costa Rica                      | CRSA | SAR | Americas                   | 2023 | es
Agadir, Morocco                         | MAAG | AGA | Africa and the Middle East | 2025 | fr
Kakamega, Kenya                         | KEKK | KAK | Africa and the Middle East | 2024 | en
Machakos, Kenya                         | KEMC | MCK | Africa and the Middle East | 2025 | en
Ouellé, Cote d'Ivoire                   | CIOU | OUE | Africa and the Middle East | 2025 | fr
Tamale, Ghana                           | GHTA | TAM | Africa and the Middle East | 2025 | en
`,
);

/** Not universally recognised: the export's National Or Local = "Other". */
const OTHER = memberTable(
  'Other',
  `
Kosovo | XKX | XK | Europe | 2023 | en
`,
);

function members(): Member[] {
  const key = (m: Member) =>
    m.name
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase();
  // Code-point order of accent-stripped names: no locale involved.
  return [...NATIONAL, ...LEGACY_LOCAL, ...LOCAL, ...OTHER].sort((a, b) =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0,
  );
}

// ---------------------------------------------------------------------------------------------
// Synthetic texts: templates in English, French and Spanish.

interface Topic {
  en: string;
  fr: string;
  es: string;
  areas: readonly Column[];
}

// Subjects: English | French (no article) | Spanish (with article) | policy areas tagged.
const TOPICS: readonly Topic[] = table(`
public procurement       | marchés publics               | la contratación pública          | Open Contracting; Public Procurement
the budget               | budget                        | el presupuesto                   | Publication Of Budget/Fiscal Information
participatory budgeting  | budget participatif           | el presupuesto participativo     | Public Participation In Budget/Fiscal Policy
public health services   | santé publique                | la salud pública                 | Health & Nutrition; Public Service Delivery
education                | éducation                     | la educación                     | Education; Public Service Delivery
environmental licensing  | environnement                 | el medio ambiente                | Environmental Regulation
the justice system       | justice                       | la justicia                      | Open Justice; Access to Justice
tax administration       | fiscalité                     | la administración tributaria     | Tax
beneficial ownership     | bénéficiaires effectifs       | los beneficiarios finales        | Beneficial Ownership; Private Sector
lobbying                 | représentation d’intérêts     | el cabildeo                      | Lobbying
asset declarations       | déclarations de patrimoine    | las declaraciones patrimoniales  | Asset Disclosure; Conflicts Of Interest
law-making               | élaboration des lois          | el proceso legislativo           | Open Parliaments; Participation in Lawmaking; Legislation
extractive industries    | industries extractives        | las industrias extractivas       | Extractive Industries
gender equality          | égalité femmes-hommes         | la igualdad de género            | Gender
water and sanitation     | eau et assainissement         | el agua y el saneamiento         | Water & Sanitation; Public Service Delivery
urban planning           | aménagement du territoire     | el ordenamiento territorial      | Land and Spatial Planning
public works             | travaux publics               | la obra pública                  | Infrastructure & Transport; Open Contracting
youth policy             | politiques de jeunesse        | las políticas de juventud        | Youth
disability services      | handicap                      | la discapacidad                  | People with Disabilities
climate adaptation       | adaptation au climat          | la adaptación climática          | Climate Mitigation and Adaptation
personal data            | données personnelles          | los datos personales             | Data Stewardship and Privacy
civic space              | espace civique                | el espacio cívico                | Freedom of Association; Freedom of Expression
whistleblowing           | lanceurs d’alerte             | los denunciantes                 | Whistleblower Protections
party finance            | financement politique         | el financiamiento político       | Political Finance; Money in Politics; Elections
public services          | services publics              | los servicios públicos           | Public Service Delivery
policing                 | sécurité publique             | la seguridad ciudadana           | Policing & Corrections; Security & Public Safety
public audit             | contrôle des comptes publics  | la fiscalización superior        | Audits; Oversight Of Budget/Fiscal Policies
anti-corruption policy   | lutte contre la corruption    | la lucha contra la corrupción    | Anti-Corruption Strategies; Anti-corruption Institutions
`).map(([en = '', fr = '', es = '', list = '']) => ({ en, fr, es, areas: areas(list) }));

interface Action extends Topic {
  short: Record<Lang, string>;
  digital: boolean;
}

// What a commitment does, as title templates: English | French | Spanish | short forms EN / FR /
// ES | policy areas tagged.
const ACTIONS: readonly Action[] = table(`
Open data on {t}                  | Données ouvertes en matière de {t}          | Datos abiertos sobre {t}              | Open data / Données ouvertes / Datos abiertos                        | Open Data
Citizen participation in {t}      | Participation citoyenne en matière de {t}   | Participación ciudadana en {t}        | Participation / Participation / Participación                        | Public Participation; Democratizing Decision-Making
Transparency of {t}               | Transparence en matière de {t}              | Transparencia en {t}                  | Transparency / Transparence / Transparencia                          | Access to information
Accountability mechanisms for {t} | Redevabilité en matière de {t}              | Rendición de cuentas sobre {t}        | Accountability / Redevabilité / Rendición de cuentas                 | Social Accountability
Digital platform for {t}          | Plateforme numérique en matière de {t}      | Plataforma digital para {t}           | Digital platform / Plateforme numérique / Plataforma digital         | Digital Governance
Co-created roadmap on {t}         | Feuille de route co-construite en matière de {t} | Hoja de ruta co-creada sobre {t} | Roadmap / Feuille de route / Hoja de ruta                            | Public Participation
Access to information on {t}      | Accès à l’information en matière de {t}     | Acceso a la información sobre {t}     | Access to information / Accès à l’information / Acceso a la información | Access to information; Right To Information
Capacity building on {t}          | Renforcement des capacités en matière de {t} | Fortalecimiento de capacidades en {t} | Capacity building / Capacités / Capacidades                         | Capacity Building
Legal reform of {t}               | Réforme du cadre juridique en matière de {t} | Reforma normativa de {t}             | Legal reform / Réforme juridique / Reforma normativa                 | Legislation; Regulation
Citizen monitoring of {t}         | Contrôle citoyen en matière de {t}          | Control ciudadano de {t}              | Citizen monitoring / Contrôle citoyen / Control ciudadano            | Social Accountability
`).map(([en = '', fr = '', es = '', short = '', list = '']) => {
  const [sEn = '', sFr = '', sEs = ''] = short.split('/').map((s) => s.trim());
  return {
    en,
    fr,
    es,
    short: { en: sEn, fr: sFr, es: sEs },
    areas: areas(list),
    digital: en.startsWith('Digital'),
  };
});

// prettier-ignore
const EXTRA_AREAS: readonly Column[] = areas(
  'Capacity Building; Capacity Building; Public Participation; Open Data; Sustainable Development Goals; Subnational; Regulatory Governance; Private Sector; Human Rights; Media & Telecommunications; Labor; Digital Inclusion; Economic Inclusion',
);

// prettier-ignore
const MEANS: Record<Lang, readonly string[]> = {
  en: ['publishing open data in reusable formats', 'creating permanent spaces for citizen participation', 'setting up a public monitoring dashboard', 'training public servants and civil society organisations', 'adopting rules co-created with civil society'],
  fr: ['la publication de données ouvertes réutilisables', 'la création d’espaces permanents de participation citoyenne', 'un tableau de bord public de suivi', 'la formation des agents publics et des associations', 'des règles co-construites avec la société civile'],
  es: ['la publicación de datos abiertos reutilizables', 'la creación de espacios permanentes de participación ciudadana', 'un tablero público de seguimiento', 'la capacitación de servidores públicos y organizaciones sociales', 'normas co-creadas con la sociedad civil'],
};

// prettier-ignore
const LEADS: Record<'national' | 'local', Record<Lang, readonly string[]>> = {
  national: {
    en: ['Ministry of Finance', 'Ministry of Justice', 'Ministry of Public Administration', 'Office of the Prime Minister', 'National Audit Office', 'Ministry of Health', 'Ministry of Education', 'Ministry of Environment', 'Public Procurement Agency', 'Anti-Corruption Commission', 'National Statistics Office', 'Ministry of Interior', 'Parliament', 'Information Commissioner', 'Ministry of Digital Affairs'],
    fr: ['Ministère de l’Économie et des Finances', 'Ministère de la Justice', 'Ministère de la Fonction publique', 'Services du Premier ministre', 'Cour des comptes', 'Ministère de la Santé', 'Ministère de l’Éducation nationale', 'Ministère de la Transition écologique', 'Autorité de régulation des marchés publics', 'Haute autorité pour la bonne gouvernance', 'Institut national de la statistique', 'Assemblée nationale'],
    es: ['Ministerio de Hacienda', 'Ministerio de Justicia', 'Secretaría de la Función Pública', 'Presidencia de la República', 'Contraloría General', 'Ministerio de Salud', 'Ministerio de Educación', 'Ministerio de Ambiente', 'Dirección de Contrataciones Públicas', 'Secretaría de Transparencia', 'Instituto Nacional de Estadística', 'Congreso de la República'],
  },
  local: {
    en: ["Mayor's Office", 'County Treasury', 'Department of Planning', 'City Council', 'Department of Health Services', 'Office of the Governor', 'Department of Public Works', 'Open Government Unit'],
    fr: ['Mairie, direction de la participation citoyenne', 'Conseil municipal', 'Direction des finances', 'Direction de l’urbanisme', 'Cabinet du maire'],
    es: ['Secretaría de Planeación', 'Secretaría de Gobierno', 'Concejo Municipal', 'Secretaría de Hacienda', 'Oficina de Gobierno Abierto', 'Secretaría de Participación Ciudadana'],
  },
};

// prettier-ignore
const SUPPORTING: Record<Lang, readonly string[]> = {
  en: ['Civil society organisations', 'Universities', 'Private sector associations', 'Local governments', 'Media organisations'],
  fr: ['Organisations de la société civile', 'Universités', 'Collectivités territoriales', 'Associations professionnelles'],
  es: ['Organizaciones de la sociedad civil', 'Universidades', 'Gobiernos locales', 'Sector privado'],
};

// prettier-ignore
const THEMES: Record<Lang, readonly string[]> = {
  en: ['Open Data', 'Anti-corruption', 'Citizen Participation', 'Fiscal Transparency', 'Public Service Delivery', 'Access to Information', 'Open Justice', 'Open Parliament'],
  fr: ['Transparence', 'Participation citoyenne', 'Redevabilité', 'Gouvernement numérique'],
  es: ['Transparencia', 'Participación ciudadana', 'Rendición de cuentas', 'Hacia un Estado Abierto'],
};

// prettier-ignore
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
// prettier-ignore
const WEBSITE_UPDATES = ['7/19/2019', '9/5/2019', '9/10/2019', '10/8/2019', '10/31/2019', '11/1/2019'];

/** A template filled with a subject: Spanish contractions ("de el" → "del"), French elision
 * ("de éducation" → "d’éducation"). */
function fill(template: string, topic: string, lang: Lang): string {
  const text = template.replace('{t}', topic);
  if (lang === 'es') return text.replace(/\bde el\b/g, 'del').replace(/\ba el\b/g, 'al');
  if (lang === 'fr') return text.replace(/\bde ([aeiouéèêâîôû])/gi, 'd’$1');
  return text;
}

function shortTitle(action: Action, topic: Topic, lang: Lang): string {
  const subject = topic[lang].replace(/^(the|el|la|los|las) /, '');
  const text = `${action.short[lang]}${lang === 'fr' ? ' : ' : ': '}${subject}`;
  return text.length <= 60 ? text : text.slice(0, text.lastIndexOf(' ', 60));
}

// ---------------------------------------------------------------------------------------------
// Action plans and the IRM coverage each one gets.

interface Plan {
  member: Member;
  number: number;
  id: string;
  year: number;
  end: number;
  duration: number;
  era: 'pre2020' | 'refresh';
  /** Design review: rated, ND (not assessed), NR (plan not reviewed at all). */
  design: 'rated' | 'ND' | 'NR';
  specificity: boolean;
  midterm: 'rated' | 'ND' | 'NA';
  results: 'rated' | 'ND' | 'NR';
  /** pre2020 DIOG: overall and per value (2013–2016), overall only, or none. */
  diog: 'values' | 'overall' | 'none';
  starEot: boolean;
  carried: boolean;
  compound: boolean;
  reportYearPR: string;
  reportYearEOT: string;
  latestIrmReport: string;
  numbering: 'plain' | 'dotted' | 'dotted-float';
}

/** Plan lengths in years: mostly two; four-year plans allowed from 2020 (OGP's rules). */
// prettier-ignore
const DURATIONS = {
  early: [['1', 4], ['2', 88], ['3', 8]],
  refresh: [['2', 62], ['3', 10], ['4', 28]],
  local: [['1', 20], ['2', 60], ['3', 20]],
} as const satisfies Record<string, Weights>;

function planYears(m: Member, r: Rng): Array<readonly [number, number]> {
  const years: Array<readonly [number, number]> = [];
  let y = m.first;
  if (m.kind === 'Legacy Local') {
    if (m.first === 2017) years.push([2017, r.chance(0.5) ? 2017 : 2018]);
    years.push([2018, 2020]);
    y = 2021;
  }
  while (y <= SNAPSHOT_YEAR) {
    const durations =
      m.kind === 'National' || m.kind === 'Other'
        ? y < 2020
          ? DURATIONS.early
          : DURATIONS.refresh
        : DURATIONS.local;
    const end = y + Number(quantile(durations, r.next()));
    years.push([y, end]);
    y = end + (r.chance(0.7) ? 0 : r.chance(0.8) ? 1 : 2);
  }
  return years;
}

function makePlan(m: Member, number: number, year: number, end: number, r: Rng): Plan {
  const local = m.kind === 'Legacy Local' || m.kind === 'Local';
  const p: Plan = {
    member: m,
    number,
    id: `AP_${m.code}${String(number).padStart(2, '0')}`,
    year,
    end,
    duration: Math.max(1, end - year),
    era: year >= 2020 ? 'refresh' : 'pre2020',
    design: 'rated',
    specificity: false,
    midterm: 'ND',
    results: 'rated',
    diog: 'none',
    starEot: false,
    carried: false,
    compound: false,
    reportYearPR: 'ND',
    reportYearEOT: 'ND',
    latestIrmReport: 'NA',
    numbering: r.chance(0.9) ? 'plain' : r.chance(0.75) ? 'dotted' : 'dotted-float',
  };
  const capped = (y: number) => String(Math.min(y, SNAPSHOT_YEAR));
  if (
    (m.kind === 'Other' && year < SNAPSHOT_YEAR) ||
    (m.kind === 'National' && year >= 2021 && year < SNAPSHOT_YEAR && r.chance(0.07))
  ) {
    // Not reviewed by the IRM: every IRM column NR (the real sample's 22 NR rows).
    return {
      ...p,
      design: 'NR',
      midterm: 'ND',
      results: 'NR',
      reportYearPR: 'NR',
      reportYearEOT: 'NR',
    };
  }
  if ((local && year >= 2019) || year >= SNAPSHOT_YEAR) {
    // No IRM data: OGP Local plans after the May 2019 strategy, and plans not yet reviewed.
    return { ...p, design: 'ND', results: 'ND' };
  }
  if (p.era === 'refresh') {
    p.design = r.chance(0.03) ? 'ND' : 'rated';
    p.results =
      end >= SNAPSHOT_YEAR
        ? 'ND'
        : r.chance(year === 2020 ? 0.75 : end <= 2023 ? 0.85 : 0.4)
          ? 'rated'
          : 'NR';
    p.reportYearPR = capped(year + (r.chance(0.8) ? 1 : 0));
  } else if (year <= 2012) {
    Object.assign(p, { specificity: true, midterm: 'rated', results: 'ND', compound: true });
    p.reportYearPR = capped(year + (r.chance(0.85) ? 2 : 1));
  } else if (year <= 2016 || (local && year === 2017)) {
    // 2013–2016 national plans, and the local pioneers' 2017 plans (no mid-term report).
    Object.assign(p, {
      specificity: true,
      midterm: local ? 'ND' : 'rated',
      diog: 'values',
      starEot: true,
      carried: !local,
    });
    p.reportYearPR = capped(local ? year : year + (r.chance(0.85) ? 2 : 1));
  } else {
    // 2017–2019 national and 2018 local plans: design reports (Verifiable, no Specificity),
    // end-of-term reports.
    p.design = r.chance(0.03) ? 'ND' : 'rated';
    p.midterm = r.chance(0.4) ? 'NA' : 'ND';
    p.results = r.chance(0.97) ? 'rated' : 'NR';
    p.diog = r.chance(year === 2017 ? 1 : year === 2018 ? 0.3 : 0.45) ? 'overall' : 'none';
    p.starEot = year === 2017;
    p.reportYearPR = capped(year + (r.chance(0.5) ? 1 : 2));
  }
  if (p.results === 'rated') p.reportYearEOT = capped(end + (r.chance(0.75) ? 1 : 2));
  if (p.results === 'NR') p.reportYearEOT = 'NR';
  if (
    p.era === 'pre2020' &&
    year >= 2015 &&
    p.design === 'rated' &&
    p.results === 'rated' &&
    r.chance(0.8)
  ) {
    p.latestIrmReport = String(Math.min(end + 1, 2020));
  }
  return p;
}

// ---------------------------------------------------------------------------------------------
// One commitment.

const RESULT_COLUMNS: readonly Column[] = [
  'Report Publication Year (End Of Term)',
  'Completion (End Of Term)',
  '_CompletionEndTerm',
  'Change In Completion',
  '_ChangeCompletion',
  'Early Results',
  '_Early Results',
  'Did It Open Government (Overall)',
  '_OpenGovernment',
  'Did It Open Government (Access To Information)',
  '_DIOGATI',
  'Did It Open Government (Civic Participation)',
  '_DIOGCP',
  'Did It Open Government: Public Accountability',
  '_DIOGPA',
  'Starred (Current Formula) End of Term',
  'Carried Forward',
];
const IRM_COLUMNS: readonly Column[] = HEADER.slice(
  HEADER.indexOf('Report Publication Year (Progress Report)'),
  HEADER.indexOf('Carried Forward') + 1,
);

/** Full-text sentences: aim (subject, means), then who leads or how progress is reported. */
const SENTENCES: Record<Lang, { aim: string; lead: string; report: string }> = {
  en: {
    aim: 'This commitment aims to improve {t} by {m}.',
    lead: 'Implementation will be led by the {l} together with civil society.',
    report: 'Progress will be reported publicly every six months.',
  },
  fr: {
    aim: 'Cet engagement vise à améliorer l’action publique en matière de {t} grâce à {m}.',
    lead: 'Sa mise en œuvre sera pilotée par : {l}, en lien avec la société civile.',
    report: 'Les avancées seront rendues publiques tous les six mois.',
  },
  es: {
    aim: 'Este compromiso busca mejorar {t} mediante {m}.',
    lead: 'La implementación estará a cargo de: {l}, en coordinación con la sociedad civil.',
    report: 'Los avances se publicarán cada seis meses.',
  },
};

/** Titles, texts, institutions, theme, dates and number of one commitment. */
function texts(m: Member, p: Plan, n: number, r: Rng, row: Row): { action: Action; topic: Topic } {
  const lang: Lang = m.lang !== 'en' && r.chance(0.25) ? 'en' : m.lang;
  const topic = r.pick(TOPICS);
  const action = r.pick(ACTIONS);
  const local = m.kind === 'Legacy Local' || m.kind === 'Local';
  const lead = r.pick(LEADS[local ? 'local' : 'national'][lang]);
  const s = SENTENCES[lang];
  const second = r.chance(0.5) ? s.lead.replace('{l}', lead) : s.report;
  const full = `${fill(s.aim, topic[lang], lang).replace('{m}', r.pick(MEANS[lang]))} ${second}`;
  const supporting = r.chance(0.4)
    ? 'NA'
    : [...new Set([r.pick(SUPPORTING[lang]), r.pick(SUPPORTING[lang])].slice(0, r.int(1, 2)))].join(
        ', ',
      );
  const [start, end] = dates(p, r);
  Object.assign(row, {
    Theme: r.chance(0.5) ? 'NA' : r.pick(THEMES[lang]),
    'Commitment Title': fill(action[lang], topic[lang], lang),
    'Short Title': shortTitle(action, topic, lang),
    'Full Text': full,
    'Lead Institution': lead,
    'Supporting Institution(s)': supporting,
    'Start Date': start,
    'End Date': end,
    'Commitment Number': commitmentNumber(p, n),
  });
  return { action, topic };
}

function commitmentNumber(p: Plan, n: number): string {
  if (p.numbering === 'plain') return String(n);
  const text = `${Math.floor((n - 1) / 4) + 1}.${((n - 1) % 4) + 1}`;
  // Some OGP rows carry spreadsheet float noise ("4.0999999999999996"); keep the quirk.
  return p.numbering === 'dotted-float'
    ? Number(text)
        .toPrecision(17)
        .replace(/\.?0+$/, '')
    : text;
}

function dates(p: Plan, r: Rng): [string, string] {
  const fmt = (y: number, month: number, day: number): string => {
    const f = r.next();
    if (f < 0.72) return `${month}/${day}/${y}`;
    if (f < 0.92) return `${at(MONTHS, month - 1)} ${y}`;
    if (f < 0.96) return String(y);
    if (f < 0.98) return `${Math.max(day, 13)}/${month}/${y}`;
    return `${['I', 'II', 'III', 'IV'][Math.floor((month - 1) / 3)] ?? 'I'} quarter of ${y}`;
  };
  const sy = p.year + (r.chance(0.7) ? 0 : 1);
  const sm = r.int(1, 12);
  const start = r.chance(0.25) ? 'NA' : fmt(Math.min(sy, p.end), sm, 1);
  const ey = Math.max(Math.min(sy, p.end), p.end - (r.chance(0.75) ? 0 : 1));
  const em = r.chance(0.6) ? 12 : r.chance(0.6) ? 6 : r.int(1, 12);
  const lastDay = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][em - 1] ?? 28;
  const endDate = r.chance(0.11) ? 'NA' : fmt(ey, em, lastDay);
  return [start, endDate];
}

function policyAreas(p: Plan, topic: Topic, action: Action, r: Rng, row: Row): void {
  const on = new Set<Column>([...topic.areas, ...action.areas]);
  if (r.chance(0.35)) on.add(r.pick(EXTRA_AREAS));
  if (action.digital) {
    on.add('Digital Transformation');
    if (action.areas.includes('Public Participation') || r.chance(0.3))
      on.add('Digital Participation');
  }
  if (r.chance(0.05)) on.add('Mainstreaming Participation');
  for (const [parent, children] of AREA_GROUPS) if (children.some((c) => on.has(c))) on.add(parent);
  for (const area of POLICY_AREAS) {
    row[area] = LATE_AREAS.includes(area) && p.year < 2022 ? 'ND' : on.has(area) ? '1' : '0';
  }
  row['Subnational in NAPs'] = p.member.kind === 'National' && on.has('Subnational') ? '1' : '0';
}

/** The IRM columns of one commitment, by the coverage its plan got. */
function ratings(p: Plan, r: Rng, row: Row): void {
  if (p.design === 'NR') {
    for (const c of IRM_COLUMNS) row[c] = 'NR';
    return;
  }
  const uDesign = r.next();
  const uImpl = r.mix(uDesign, 0.3);
  const uResults = r.mix(uImpl, 0.6);
  const put = (col: Column, v: string) => (row[col] = v);

  // Design.
  let spec = 'ND';
  let verifiable = 'ND';
  let values = ['ND', 'ND', 'ND', 'ND'];
  let relevant = 'ND';
  let pi = 'ND';
  let pfr = 'ND';
  if (p.design === 'rated' && p.era === 'pre2020') {
    if (p.specificity) {
      spec = quantile(scale(PRE2020.specificity), r.mix(uDesign, 0.6));
      verifiable = spec === 'Medium' || spec === 'High' ? 'Yes' : 'No';
    } else {
      verifiable = quantile(scale(PRE2020.verifiableWithoutSpecificity), r.mix(uDesign, 0.6));
    }
    values = [...quantile(PRE2020.valuePatterns, r.next())];
    relevant = values.slice(0, 3).includes('1') ? '1' : '0';
    pi = quantile(scale(PRE2020.potentialImpact), r.mix(uDesign, 0.6));
  } else if (p.design === 'rated') {
    verifiable = quantile(scale(REFRESH.verifiable), r.mix(uDesign, 0.6));
    relevant = quantile(REFRESH.relevant, r.next());
    // Not verifiable → not reviewable: no potential-for-results rating.
    pfr = verifiable === 'No' ? 'ND' : quantile(REFRESH.potentialResults, r.mix(uDesign, 0.6));
  }
  put('Specificity', spec);
  put('_Specificity', coded(CODE.specificity, spec));
  put('Verifiable', verifiable);
  put('OGP Value Access To Information', at(values, 0));
  put('OGP Value Civic Participation', at(values, 1));
  put('OGP Value Public Accountability', at(values, 2));
  put('OGP Value Technology', at(values, 3));
  put('_Relevant', relevant);
  put('Potential Impact', pi);
  put('_Potential Impact', coded(CODE.potentialImpact, pi));
  put('Potential for Results', pfr);
  put('_Potential for Results', coded(CODE.potentialResults, pfr));
  put('Report Publication Year (Progress Report)', p.reportYearPR);
  put('Compound', p.compound ? '0' : 'ND');
  put('Cluster', p.compound ? (r.chance(0.85) ? '0' : String(r.int(1, 9))) : 'ND');
  const reviewed = p.era === 'refresh' && p.design === 'rated';
  put('Cluster (AP Review)', reviewed ? '0' : 'ND');
  put('Cluster Commitment ID(s)', reviewed ? 'NA' : 'ND');

  // Implementation. Mid-term and end-of-term completion share one latent draw: the level at the
  // end of term is never below the mid-term one (the weights make that hold at every quantile).
  const pr = p.midterm === 'rated' ? quantile(scale(PRE2020.completionProgress), uImpl) : p.midterm;
  put('Completion (Progress Report)', pr);
  put('_CompletionProgress', coded(CODE.completion, pr));
  for (const c of RESULT_COLUMNS) put(c, p.results);
  put('Report Publication Year (End Of Term)', p.reportYearEOT);
  if (p.results === 'rated') {
    const eotWeights = p.era === 'refresh' ? REFRESH.completionEndTerm : PRE2020.completionEndTerm;
    const eot = pr === 'Withdrawn' ? 'ND' : quantile(scale(eotWeights), uImpl);
    put('Completion (End Of Term)', eot);
    put('_CompletionEndTerm', coded(CODE.completion, eot));
    if (isRated(pr) && isRated(eot)) {
      const diff = Number(coded(CODE.completion, eot)) - Number(coded(CODE.completion, pr));
      put('Change In Completion', diff > 0 ? 'Increase' : 'No Change');
      put('_ChangeCompletion', String(diff));
    } else {
      put('Change In Completion', 'ND');
      put('_ChangeCompletion', 'ND');
    }
    const hasDiog = isRated(eot) && (p.diog !== 'none' || (p.era === 'refresh' && p.year === 2020));
    const diog = !hasDiog
      ? 'ND'
      : quantile(scale(p.era === 'refresh' ? REFRESH.diogOverall : PRE2020.diogOverall), uResults);
    put('Did It Open Government (Overall)', diog);
    put('_OpenGovernment', coded(CODE.diogOverall, diog));
    const perValue: ReadonlyArray<readonly [Column, Column, Weights, number]> = [
      ['Did It Open Government (Access To Information)', '_DIOGATI', PRE2020.diogAti, 0],
      ['Did It Open Government (Civic Participation)', '_DIOGCP', PRE2020.diogCp, 1],
      ['Did It Open Government: Public Accountability', '_DIOGPA', PRE2020.diogPa, 2],
    ];
    for (const [col, codeCol, weights, i] of perValue) {
      const v =
        p.diog === 'values' && isRated(eot) && isRated(at(values, i))
          ? at(values, i) === '1'
            ? quantile(scale(weights), r.mix(uResults, 0.7))
            : 'Not Applicable'
          : 'ND';
      put(col, v);
      put(codeCol, coded(CODE.diogValue, v));
    }
    const early =
      p.era === 'refresh' && p.year > 2020 && isRated(eot)
        ? quantile(scale(REFRESH.earlyResults), uResults)
        : 'ND';
    put('Early Results', early);
    put('_Early Results', coded(CODE.earlyResults, early));
    put('Carried Forward', p.carried ? quantile(PRE2020.carriedForward, r.next()) : 'ND');
    put('Starred (Current Formula) End of Term', 'ND');
  }
  const stars = p.specificity ? 'computed' : p.midterm === 'NA' && r.chance(0.8) ? 'NA' : 'ND';
  put('Starred (2015 Only)', stars);
  put('Starred (Current Formula) Progress Report', stars);
}

/** OGP's derived columns, by the rules that reproduce the real sample. */
function derive(p: Plan, row: Row): void {
  const g = (c: Column) => row[c] ?? '';
  const notReviewed = p.design === 'NR';
  const ambitious = (pi: string) => pi === 'Moderate' || pi === 'Transformative';
  const completeEnough = (c: string) => c === 'Substantial' || c === 'Complete';
  const specOk = g('Specificity') === 'Medium' || g('Specificity') === 'High';
  const relevant = g('_Relevant') === '1';

  if (g('Starred (2015 Only)') === 'computed') {
    const base = specOk && relevant && completeEnough(g('Completion (Progress Report)'));
    row['Starred (2015 Only)'] = base && ambitious(g('Potential Impact')) ? '1' : '0';
    row['Starred (Current Formula) Progress Report'] =
      base && g('Potential Impact') === 'Transformative' ? '1' : '0';
  }
  const eot = g('Completion (End Of Term)');
  const pr = g('Completion (Progress Report)');
  if (p.starEot && isRated(eot) && isRated(g('Potential Impact'))) {
    const star =
      g('Verifiable') === 'Yes' &&
      relevant &&
      g('Potential Impact') === 'Transformative' &&
      completeEnough(eot);
    row['Starred (Current Formula) End of Term'] = star ? '1' : '0';
  }
  const stars = [
    g('Starred (Current Formula) Progress Report'),
    g('Starred (Current Formula) End of Term'),
  ].filter((v) => v === '0' || v === '1');
  const maxStar =
    stars.length > 0
      ? stars.includes('1')
        ? '1'
        : '0'
      : g('Starred (Current Formula) Progress Report') === 'NA'
        ? 'NA'
        : 'ND';

  const comp = (c: string) => isRated(c) && c !== 'Withdrawn' && c !== 'Unclear';
  const finalCompletion = isRated(eot) ? eot : isRated(pr) ? pr : '';
  const raw = isRated(eot)
    ? coded(CODE.completion, eot)
    : isRated(pr)
      ? coded(CODE.completion, pr)
      : eot === 'NR' && pr === 'NR'
        ? 'NR'
        : 'ND';
  const maxCompletion = /^\d$/.test(raw)
    ? Number(raw) >= 2
      ? String(Number(raw) - 2)
      : 'ND'
    : raw;

  const pi = g('Potential Impact');
  const highAmbition = isRated(pi)
    ? ambitious(pi) && relevant
      ? '1'
      : '0'
    : pi === 'NR'
      ? 'NR'
      : 'ND';
  const highCompletion = completeEnough(finalCompletion) ? '1' : '0';
  const diog = g('Did It Open Government (Overall)');
  const early = g('Early Results');
  // DIOG Major/Outstanding (the real sample's rule); refresh early results Significant/Outstanding
  // count too, as irm-methodology.md §4's strong_results (results level ≥ 2) reproduces High DIOG.
  const highDiog =
    diog === 'Major' || diog === 'Outstanding' || early === 'Significant' || early === 'Outstanding'
      ? '1'
      : '0';

  // Ambitious and complete or DIOG (4), ambitious not complete (3), complete not ambitious (2),
  // neither (1); unclassified when ambition is unrated (score 1, checksum 0); not reviewed (-1).
  let category = -1;
  if (!notReviewed) {
    if (highDiog === '1' || (highAmbition === '1' && highCompletion === '1')) category = 0;
    else if (highAmbition === '1') category = 1;
    else if (highAmbition === '0') category = highCompletion === '1' ? 2 : 3;
  }
  const flag = (i: number) => (category === i ? '1' : '0');
  const score = notReviewed ? '-1' : category === -1 ? '1' : String(4 - category);

  let binding = 'FALSE';
  if (notReviewed) binding = 'NR';
  else if (g('Specificity') === 'None' || g('Specificity') === 'Low') binding = 'Spec';
  else if (g('_Relevant') === '0') binding = 'Rel';
  else if (isRated(pi) && pi !== 'Transformative') binding = 'PotImp';
  else if (/^\d$/.test(raw) && Number(raw) < 4) binding = 'Cmpl';
  else if (maxStar === '1') binding = 'STAR';

  Object.assign(row, {
    'Max star': maxStar,
    'Ambition Assessed': isRated(pi) || isRated(g('Potential for Results')) ? '1' : '0',
    'Comp Assessed': comp(eot) || comp(pr) ? '1' : '0',
    'DIOG Assessed': isRated(diog) || isRated(early) ? '1' : '0',
    'Midterm Only': notReviewed ? 'NR' : isRated(eot) ? '0' : pr === 'NR' ? 'ND' : '1',
    'Max Completion': maxCompletion,
    'Raw Completion': raw,
    'High Completion': highCompletion,
    'High Ambition': highAmbition,
    'High DIOG': highDiog,
    'Ambitious and complete, or DIOG': flag(0),
    'Ambitious but not complete': flag(1),
    'Complete but not ambitious': flag(2),
    'Not complete or ambitious': flag(3),
    'Not reviewed': notReviewed ? '1' : '0',
    CHECKSUM: notReviewed || category !== -1 ? '1' : '0',
    'IRM-Based Score': score,
    'Binding constraint': binding,
    'IRM Assessed':
      p.era === 'pre2020' && isRated(pi) && (p.year <= 2016 || p.latestIrmReport !== 'NA')
        ? '1'
        : '0',
    'Latest IRM Report': p.latestIrmReport,
    'Active Commitment': p.end >= SNAPSHOT_YEAR ? '1' : '0',
  });
}

// ---------------------------------------------------------------------------------------------
// Assembly, CSV and manifest.

/** One simulated export (every member, its plans and commitments) from one seed. */
export function generate(seed: number): {
  rows: Row[];
  counts: Record<'national' | 'local' | 'other', number>;
} {
  const r = new Rng(seed);
  const rows: Row[] = [];
  const counts = { national: 0, local: 0, other: 0 };
  for (const m of members()) {
    counts[m.kind === 'National' ? 'national' : m.kind === 'Other' ? 'other' : 'local'] += 1;
    const plans = planYears(m, r).map(([y, e], i) => makePlan(m, i + 1, y, e, r));
    let serial = 0;
    const memberRows: Array<{ row: Row; plan: Plan }> = [];
    for (const p of plans) {
      const local = m.kind === 'Legacy Local' || m.kind === 'Local';
      const n = local ? r.int(3, 7) : m.kind === 'Other' ? r.int(8, 14) : r.int(5, 22);
      const planRows: Row[] = [];
      for (let k = 1; k <= n; k++) {
        serial += 1;
        const row: Row = {
          'Commitment Unique Identifier': `${m.prefix}${String(serial).padStart(4, '0')}`,
          'Country/Locality': m.name,
          'Action Plan Number': String(p.number),
          Code: m.code,
          Region: m.region,
          'National Or Local': m.kind,
          'Commitment Dummy': '1',
          'Year Of Submission': String(p.year),
          'Action Plan End Year': String(p.end),
          'Action Plan Duration (Years)': String(p.duration),
          URL: '',
          'Action Plan ID': p.id,
          'Most Recently Assessed': '0',
          'Star - Most Recently Assessed': '0',
          'Updated? (Website)': '0',
        };
        const { action, topic } = texts(m, p, k, r, row);
        policyAreas(p, topic, action, r, row);
        ratings(p, r, row);
        derive(p, row);
        if (row['IRM Assessed'] === '1' && p.year >= 2014 && p.year <= 2018 && r.chance(0.06)) {
          row['Updated? (Website)'] = r.pick(WEBSITE_UPDATES);
        }
        planRows.push(row);
        memberRows.push({ row, plan: p });
      }
      clusterReviewed(planRows, r);
    }
    // Most recently assessed: the member's last plan with a pre-2020 IRM report.
    const last = [...plans].reverse().find((p) => p.latestIrmReport !== 'NA');
    for (const { row, plan } of memberRows) {
      if (plan === last && row['Ambition Assessed'] === '1') {
        row['Most Recently Assessed'] = '1';
        row['Star - Most Recently Assessed'] =
          row['Max star'] === '1' || row['Starred (2015 Only)'] === '1' ? '1' : '0';
      }
    }
    rows.push(...memberRows.map(({ row }) => row));
  }
  rows.forEach((row, i) => (row.id = String(i + 1)));
  return { rows, counts };
}

/** Refresh-era action-plan reviews cluster a few related commitments together. */
function clusterReviewed(rows: Row[], r: Rng): void {
  const clustered = share(REFRESH.clusterApReview, '1');
  for (let i = 0; i < rows.length; i++) {
    if (at(rows, i)['Cluster (AP Review)'] !== '0' || !r.chance(clustered / 2.4)) continue;
    const size = Math.min(r.int(2, 3), rows.length - i);
    if (size < 2) continue;
    const members = rows.slice(i, i + size);
    if (members.some((m) => m['Cluster (AP Review)'] !== '0')) continue;
    const ids = members.map((m) => m['Commitment Unique Identifier'] ?? '').join(', ');
    for (const m of members) {
      m['Cluster (AP Review)'] = '1';
      m['Cluster Commitment ID(s)'] = ids;
    }
    i += size - 1;
  }
}

function csvField(v: string): string {
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** CSV text of rows (no header when `header` is false), in HEADER's column order. */
export function toCsv(rows: readonly Row[], header = true): string {
  const lines = header ? [HEADER.map(csvField).join(',')] : [];
  const known = new Set<string>(HEADER);
  for (const row of rows) {
    const stray = Object.keys(row).find((k) => !known.has(k));
    if (stray !== undefined) throw new Error(`unknown column "${stray}"`);
    lines.push(
      HEADER.map((c) => {
        const v = row[c];
        if (v === undefined)
          throw new Error(
            `column "${c}" not set for ${row['Commitment Unique Identifier'] ?? '?'}`,
          );
        return csvField(v);
      }).join(','),
    );
  }
  return lines.join('\n') + '\n';
}

function parseArgs(argv: readonly string[]): { seed: number; out: string } {
  let seed = DEFAULT_SEED;
  let out = DEFAULT_OUT;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = argv[i + 1];
    if (a === '--seed' && v !== undefined && /^\d+$/.test(v)) [seed, i] = [Number(v), i + 1];
    else if (a === '--out' && v !== undefined) [out, i] = [v, i + 1];
    else
      throw new Error(
        `usage: generate-simulated [--seed N] [--out file.csv] (bad argument "${a ?? ''}")`,
      );
  }
  return { seed, out };
}

/** The date the simulated snapshot describes (its plans end up to 2027). */
const SNAPSHOT_AS_OF = '2026-11-23';

function main(): void {
  const { seed, out } = parseArgs(process.argv.slice(2));
  const { rows, counts } = generate(seed);
  const file = resolve(out);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, toCsv(rows), 'utf8');
  const manifest = {
    id: 'simulated-ogp-export',
    name: 'Simulated OGP commitments (export layout)',
    simulated: true,
    file: basename(file),
    layout: 'ogp_export',
    generator: 'scripts/generate-simulated.ts',
    seed,
    rows: rows.length,
    // The data is a snapshot: "pending IRM review" is judged as of the day it describes.
    asOf: SNAPSHOT_AS_OF,
    members: counts,
    description:
      "SIMULATED data, not OGP's: real OGP member names, codes, regions and kinds, with synthetic action plans (2011–2025), commitments, texts, institutions, dates and IRM ratings drawn from a seeded PRNG. Laid out exactly as OGP's commitments export (171 columns, OGP's labels, _ numeric codes, ND/NR/NA states and derived columns), with rating levels calibrated per IRM era on a real 288-row sample of the export. For development, tests and demos only; see docs/simulated-data.md.",
  };
  writeFileSync(
    join(dirname(file), 'manifest.json'),
    JSON.stringify(manifest, null, 2) + '\n',
    'utf8',
  );
  console.log(
    `${rows.length} rows, ${counts.national} national / ${counts.local} local / ${counts.other} other members → ${out}`,
  );
}

// Run only as a script: scripts/generate-scale.ts imports the row maker.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
