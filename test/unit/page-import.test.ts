import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runImportPage } from '../../cli/import-page';
import {
  CANONICAL_ACTION_PLAN_COLUMNS,
  CANONICAL_COMMITMENT_COLUMNS,
} from '../../src/model/canonical-layout';
import { importPage, type PageImport } from '../../src/page-import';
import { parsePageDate } from '../../src/page-import/dates';
import { htmlToText } from '../../src/page-import/html';
import { parseLabelLine, splitGlued } from '../../src/page-import/label-match';
import { PAGE_LABELS } from '../../src/page-import/labels';
import { parsePlanText } from '../../src/page-import/plan-text';
import { carriedForward, splitList } from '../../src/page-import/values';

// The real OGP pages live outside the repository; they are read, never copied.
const SEEDS = new URL('../../../shared/seeds/', import.meta.url);
const FIXTURES = new URL('../fixtures/pages/', import.meta.url);

function seedPath(prefix: string): string {
  const name = readdirSync(SEEDS).find((f) => f.startsWith(`${prefix}_`));
  if (!name) throw new Error(`no seed ${prefix}_* in ${fileURLToPath(SEEDS)}`);
  return fileURLToPath(new URL(name, SEEDS));
}
const seed = (prefix: string) => importPage(readFileSync(seedPath(prefix), 'utf8'));
const fixturePath = (name: string) => fileURLToPath(new URL(name, FIXTURES));
const fixture = (name: string) => importPage(readFileSync(fixturePath(name), 'utf8'));
const preview = (r: PageImport, field: string) => r.fields.find((f) => f.field === field);

function expectCanonicalKeys(r: PageImport) {
  const allowed =
    r.kind === 'commitment' ? CANONICAL_COMMITMENT_COLUMNS : CANONICAL_ACTION_PLAN_COLUMNS;
  for (const key of Object.keys(r.record)) expect(allowed).toContain(key);
}

describe('seed 000: a refresh-era commitment page in French (CO0111)', () => {
  const r = seed('000');
  it('is a commitment page in French', () => {
    expect(r.kind).toBe('commitment');
    expect(r.language).toBe('fr');
    expect(r.message).toBeUndefined();
    expectCanonicalKeys(r);
  });
  it('reads the identity, plan and institutions', () => {
    expect(r.record).toMatchObject({
      commitment_id: 'CO0111',
      title: 'Renforcement des processus publics d’innovation',
      member: 'Colombia',
      kind: 'national',
      year_submission: 2023,
      year_end: 2025,
      lead_institutions:
        'Departamento Administrativo de la Función Pública; Departamento Nacional de Planeación',
      supporting_institutions:
        'Departamento Administrativo de la Función Pública; Departamento Nacional de Planeación; Fundación Corona',
      policy_areas: 'Renforcement des capacités; Participation du public',
      irm_reports: "Examen du plan d'action de la Colombie 2023-2025",
      source: 'page import',
    });
  });
  it('reads the ratings as vocabulary codes', () => {
    expect(r.record).toMatchObject({
      verifiable: 'yes',
      relevant: 'yes',
      ambition: 'high',
      potential_results: 'substantial', // printed "Sustancial", a Spanish word in French text
      completion_eot: 'pending_irm', // "Achèvement : en attente d'examen par le MII"
      early_results: 'pending_irm', // "examen du MII en attente"
    });
    expect(preview(r, 'completion_eot')).toMatchObject({
      label: 'Achèvement',
      raw: "en attente d'examen par le MII",
    });
    expect(r.record.completion_midterm).toBeUndefined();
  });
  it('has no unread header line', () => {
    expect(r.unrecognised_lines).toEqual([]);
  });
});

describe('seed 002: a pre-2020 commitment page in French (FR0025)', () => {
  const r = seed('002');
  it('is a commitment page in French', () => {
    expect(r.kind).toBe('commitment');
    expect(r.language).toBe('fr');
    expectCanonicalKeys(r);
  });
  it('reads the identity, first plan and institutions', () => {
    expect(r.record).toMatchObject({
      commitment_id: 'FR0025',
      title: "Diffuser l'innovation publique",
      member: 'France',
      kind: 'national',
      plan_number: 1,
      year_submission: 2015,
      year_end: 2017,
      lead_institutions:
        "Ministère de la Décentralisation et de la Fonction Publique; Ministère d'Etat chargé de la Réforme et de la Simplification de l'Etat, auprès du Premier Ministre",
      supporting_institutions: '',
      policy_areas: 'Formations; Participation du public',
      irm_reports:
        "Rapport de fin de période France 2015-2017; France Rapport d'avancement à mi-parcours 2015-2017",
      start_date: null,
      end_date: null,
    });
    expect(preview(r, 'supporting_institutions')).toMatchObject({ raw: 'NA', value: 'none' });
  });
  it('reads the ratings, stages, DIOG and carried forward', () => {
    expect(r.record).toMatchObject({
      verifiable: 'no',
      relevant: 'yes',
      ambition: 'low',
      completion_midterm: 'limited', // "limité"
      completion_eot: 'limited', // "limitée"
      diog_cp: 'did_not_change', // "n'a pas changé"
      early_results: 'did_not_change', // "n'ont pas changé"
      carried_forward: 'yes', // "Cet engagement a été reporté sur le prochain plan d'action."
    });
    for (const k of ['diog_overall', 'diog_ati', 'diog_pa', 'potential_results'])
      expect(r.record[k]).toBeUndefined();
    expect(r.unrecognised_lines).toEqual([]);
  });
});

describe('seed 001: an OGP Local action plan in French (Cartagena de Indias)', () => {
  const r = seed('001');
  it('reads the plan', () => {
    expect(r.kind).toBe('action_plan');
    expect(r.language).toBe('fr');
    expectCanonicalKeys(r);
    expect(r.record).toEqual({
      plan_id: 'cartagena-de-indias-2022-2023',
      title: "Plan d'action – Cartagena de Indias, Colombie, 2022 – 2023",
      member: 'Cartagena de Indias',
      parent_country: 'Colombia',
      kind: 'local',
      year_submission: 2022,
      year_end: 2023,
      submission_date: '2022-11-29', // "29ème Novembre 2022"
      end_date: '2023-12', // "décembre 2023": no day is invented
      lead_institutions:
        'Transparence et Groupe consultatif anti-corruption; Bureau de conseil informatique; Bureau de coopération internationale; Bureau de conseil en communication; Département de la participation et du développement social; Département de la planification; École de gouvernement et de leadership',
      participating_groups: 7,
      public_meetings: 23, // not the "23 groupes de travail" of the prose
      source: 'page import',
    });
    expect(preview(r, 'lead_institutions_count')?.value).toBe(7);
    expect(r.unrecognised_lines).toEqual([]);
  });
});

describe('seed 003: an OGP Local action plan in French (Bogotá)', () => {
  const r = seed('003');
  it('reads the plan', () => {
    expect(r.kind).toBe('action_plan');
    expectCanonicalKeys(r);
    expect(r.record).toMatchObject({
      plan_id: 'bogota-2021-2023',
      member: 'Bogotá',
      parent_country: 'Colombia',
      kind: 'local',
      year_submission: 2021,
      year_end: 2023,
      submission_date: '2021-08-23', // "23rd Août 2021"
      end_date: '2023-10',
      participating_groups: 200,
      public_meetings: 26,
    });
  });
  it('keeps an institution whose name contains a comma whole', () => {
    const leads = String(r.record.lead_institutions).split('; ');
    expect(leads).toHaveLength(9);
    expect(leads[8]).toBe('Secrétariat de district de la sécurité, de la coexistence et Justice');
    expect(preview(r, 'lead_institutions_count')?.value).toBe(9);
  });
});

describe('seed 004: a blog post', () => {
  it('is unrecognised, with a message saying why', () => {
    const r = seed('004');
    expect(r.kind).toBe('unrecognised');
    expect(r.language).toBe('fr');
    expect(r.record).toEqual({});
    expect(r.message).toMatch(/^Not an OGP commitment page or action-plan page/);
    expect(r.message).toContain('Nothing was imported');
  });
});

describe('English and Spanish pages', () => {
  it('reads an English pre-2020 commitment page', () => {
    const r = fixture('en-commitment.txt');
    expect(r.kind).toBe('commitment');
    expect(r.language).toBe('en');
    expectCanonicalKeys(r);
    expect(r.record).toEqual({
      commitment_id: 'KE0012',
      title: 'Open county budgets for public participation',
      member: 'Kenya',
      kind: 'national',
      plan_number: 2,
      year_submission: 2016,
      year_end: 2018,
      lead_institutions: 'Office of the Deputy President; National Treasury',
      supporting_institutions: 'Kenya School of Government; Open Institute; Mzalendo Trust',
      policy_areas: 'Capacity Building; Fiscal Openness; Public Participation',
      irm_reports: 'Kenya End-of-Term Report 2016-2018; Kenya Mid-Term Report 2016-2018',
      early_results: 'marginal',
      verifiable: 'yes',
      relevant: 'yes',
      ambition: 'high',
      start_date: 'July 2016',
      end_date: 'June 2018',
      specificity: 'medium',
      potential_impact: 'moderate',
      completion_midterm: 'substantial',
      completion_eot: 'complete',
      diog_ati: 'marginal',
      diog_cp: 'major',
      diog_pa: 'did_not_change',
      carried_forward: 'no',
      source: 'page import',
    });
    expect(r.unrecognised_lines).toEqual([]);
  });

  it('reads a Spanish refresh-era commitment page (non-breaking spaces before ":")', () => {
    const r = fixture('es-commitment.txt');
    expect(r.kind).toBe('commitment');
    expect(r.language).toBe('es');
    expectCanonicalKeys(r);
    expect(r.record).toEqual({
      commitment_id: 'MX0089',
      title: 'Fortalecer la transparencia en la contratación pública',
      member: 'Mexico',
      kind: 'national',
      year_submission: 2021,
      year_end: 2023,
      lead_institutions: 'Secretaría de la Función Pública',
      supporting_institutions: '',
      policy_areas: 'Contratación abierta; Anticorrupción e integridad',
      irm_reports: 'Informe de resultados de México 2021-2023',
      early_results: 'moderate',
      verifiable: 'yes',
      relevant: 'yes',
      ambition: 'low',
      potential_results: 'modest',
      completion_eot: 'limited',
      carried_forward: 'yes',
      source: 'page import',
    });
    expect(preview(r, 'supporting_institutions')).toMatchObject({ raw: 'N/D', value: 'none' });
  });

  it('reads an English action-plan page given as HTML, without its scripts', () => {
    const html = readFileSync(fixturePath('en-action-plan.html'), 'utf8');
    const r = importPage(html);
    expect(r.kind).toBe('action_plan');
    expect(r.language).toBe('en');
    expectCanonicalKeys(r);
    expect(r.record).toEqual({
      plan_id: 'austin-2019-2021',
      title: 'Action Plan – Austin, United States, 2019 – 2021',
      member: 'Austin',
      parent_country: 'United States',
      kind: 'local',
      year_submission: 2019,
      year_end: 2021,
      submission_date: '2019-11-29', // "November 29, 2019"
      end_date: '2021-08',
      lead_institutions:
        'Office of Innovation; Communications and Public Information Office; Austin Public Library; Office of the City Clerk',
      participating_groups: 35, // not the 999 inside an HTML comment
      public_meetings: 12,
      source: 'page import',
    });
    const everything = JSON.stringify(r);
    expect(everything).not.toMatch(/alert|document\.write|<script|font-weight/);
    expect(r.unrecognised_lines).toEqual([]);
  });

  it('reads a Spanish action-plan page', () => {
    const r = importPage(
      [
        'Plan de acción – Bogotá, Colombia, 2021 – 2023',
        'De un vistazo',
        'Presentación del plan de acción: 2021',
        'Fin del plan de acción: octubre de 2023',
        'Institución líder: Secretaría General, Secretaría de Gobierno, IDPAC',
        'Descripción',
        'Fecha de presentación',
        '23 de agosto de 2021',
        '¿Cuántos grupos participaron en estos espacios?',
        '200',
        '¿Cuántas reuniones públicas se realizaron en el proceso de cocreación? 26',
      ].join('\n'),
    );
    expect(r.kind).toBe('action_plan');
    expect(r.language).toBe('es');
    expect(r.record).toMatchObject({
      member: 'Bogotá',
      parent_country: 'Colombia',
      kind: 'local',
      submission_date: '2021-08-23',
      end_date: '2023-10',
      lead_institutions: 'Secretaría General; Secretaría de Gobierno; IDPAC',
      participating_groups: 200,
      public_meetings: 26,
    });
  });
});

describe('quirks of the pages', () => {
  const page = (lines: string[]) =>
    importPage(['Diffuser l’innovation publique (FR0025)', ...lines].join('\n'));

  it('splits fields run together without a line break', () => {
    expect(splitGlued('Renforcement des capacités, Participation du publicRevue IRM')).toEqual([
      'Renforcement des capacités, Participation du public',
      'Revue IRM',
    ]);
    expect(splitGlued('Vérifiable : OuiPertinent pour les valeurs OGP : Oui')).toEqual([
      'Vérifiable : Oui',
      'Pertinent pour les valeurs OGP : Oui',
    ]);
    expect(splitGlued('Revue IRMRapport IRM: Examen du plan')).toEqual([
      'Revue IRM',
      'Rapport IRM: Examen du plan',
    ]);
    // Running prose glued to a glossary tooltip (seed 004) is left alone.
    const prose = "du secteur privéLes gouvernements s'efforcent également d'ouvrir";
    expect(splitGlued(prose)).toEqual([prose]);
    const r = page([
      'Plan d’action: France, Premier plan d’action, 2015-2017',
      'Domaines politiques',
      'Formations, Participation du publicRevue IRM',
      'Vérifiable : OuiAmbition (voir définition): Faible',
    ]);
    expect(r.record).toMatchObject({
      policy_areas: 'Formations; Participation du public',
      verifiable: 'yes',
      ambition: 'low',
    });
  });

  it('reads labels with a non-breaking space before ":" and values on the next line', () => {
    const r = page([
      'Plan d’action\u00a0: France, Premier plan d’action, 2015-2017',
      'Vérifiable\u00a0: Oui',
      'Ambition (voir définition)\u202f: Haut',
      'Pertinent pour les valeurs OGP',
      'Non',
    ]);
    expect(r.record).toMatchObject({ verifiable: 'yes', ambition: 'high', relevant: 'no' });
  });

  it('accepts gender and number variants and a Spanish word in French text', () => {
    const r = page([
      'Plan d’action: France, Premier plan d’action, 2015-2017',
      'Potentiel pour obtenir des résultats : Sustancial',
      'Mi-parcours : limitée',
      'Fin de terme : Limités',
      'Premiers résultats : n’ont pas changé',
      'A-t-il ouvert le gouvernement ?',
      'Accès à l’information : n’ont pas changé',
      'Responsabilité publique : Marginale',
    ]);
    expect(r.record).toMatchObject({
      potential_results: 'substantial',
      completion_midterm: 'limited',
      completion_eot: 'limited',
      early_results: 'did_not_change',
      diog_ati: 'did_not_change',
      diog_pa: 'marginal',
    });
  });

  it('keeps an unknown rating label as printed and lists its line', () => {
    const r = page([
      'Plan d’action: France, Premier plan d’action, 2015-2017',
      'Vérifiable : Peut-être',
      'Engagement étoilé : Oui',
      'Étiquette inconnue : valeur',
    ]);
    expect(r.record.verifiable).toBe('Peut-être');
    expect(r.record.starred).toBe('yes');
    expect(r.unrecognised_lines).toEqual(['Étiquette inconnue : valeur', 'Vérifiable : Peut-être']);
  });

  it('does not take a DIOG value label from prose outside the DIOG section', () => {
    const r = page([
      'Plan d’action: France, Premier plan d’action, 2015-2017',
      'Vérifiable : Oui',
      'Participation civique : un enjeu majeur pour les collectivités',
    ]);
    expect(r.record.diog_cp).toBeUndefined();
  });
});

describe('page-label vocabulary: every form is read as its own label', () => {
  const forms = PAGE_LABELS.flatMap((def) =>
    (['en', 'fr', 'es'] as const).flatMap((lang) =>
      def[lang].map((form) => ({ id: def.id, role: def.role, lang, form })),
    ),
  );
  it.each(forms)('$id [$lang] "$form"', ({ id, role, form }) => {
    if (role === 'field') {
      expect(parseLabelLine(`${form}\u00a0: valeur`)).toMatchObject({
        def: { id },
        value: 'valeur',
      });
      expect(parseLabelLine(form.toUpperCase())).toMatchObject({ def: { id }, value: null });
    } else {
      expect(parseLabelLine(form)).toMatchObject({ def: { id }, value: null });
    }
  });
});

describe('a local commitment page', () => {
  it('takes the member and its country from the plan, and reads the breadcrumb', () => {
    const r = importPage(
      [
        'Ignorer la navigation',
        'Bogotá',
        'Budgets participatifs locaux (BOG0003)',
        "Plan d'action: Plan d'action – Bogotá, Colombie, 2021 – 2023",
        'Institution principale : Secrétariat de district à la planification',
        'Institution(s) de soutien : Aucune',
        'Vérifiable : Oui',
        'Promesse inconnue : oui',
      ].join('\n'),
    );
    expect(r.record).toMatchObject({
      commitment_id: 'BOG0003',
      member: 'Bogotá',
      parent_country: 'Colombia',
      kind: 'local',
      supporting_institutions: '',
      verifiable: 'yes',
    });
    expect(r.unrecognised_lines).toEqual(['Promesse inconnue : oui']);
  });
});

describe('helpers', () => {
  it.each([
    ['29ème Novembre 2022', '2022-11-29'],
    ['23rd Août 2021', '2021-08-23'],
    ['1er janvier 2020', '2020-01-01'],
    ['November 29, 2022', '2022-11-29'],
    ['29 November 2022', '2022-11-29'],
    ['29 de noviembre de 2022', '2022-11-29'],
    ['décembre 2023', '2023-12'],
    ['Octobre 2023', '2023-10'],
    ['octubre de 2023', '2023-10'],
    ['31 février 2022', null],
    ['bientôt', null],
  ])('date "%s" → %s', (raw, iso) => {
    expect(parsePageDate(raw)).toBe(iso);
  });

  it.each([
    [
      "Plan d'action pour la Colombie 2023-2025 (décembre)",
      { member: 'Colombia', kind: 'national', year_submission: 2023, year_end: 2025 },
    ],
    [
      "France, Premier plan d'action, 2015-2017",
      { member: 'France', kind: 'national', plan_number: 1 },
    ],
    [
      "Plan d'action – Cartagena de Indias, Colombie, 2022 – 2023",
      { member: 'Cartagena de Indias', parent_country: 'Colombia', kind: 'local' },
    ],
    ['Plan de Acción de México 2021-2023', { member: 'Mexico', kind: 'national' }],
  ])('plan "%s"', (raw, expected) => {
    expect(parsePlanText(raw)).toMatchObject(expected);
  });

  it('splits lists on ";" or on "," without cutting a name that continues in lower case', () => {
    expect(splitList('A ; B, avec C')).toEqual(['A', 'B, avec C']);
    expect(splitList('Ministère A, Ministère B, de la Justice')).toEqual([
      'Ministère A',
      'Ministère B, de la Justice',
    ]);
  });

  it.each([
    ["Cet engagement a été reporté sur le prochain plan d'action.", 'yes'],
    ["Cet engagement n'a pas été reporté.", 'no'],
    ['This commitment was carried forward to the next action plan.', 'yes'],
    ['This commitment was not carried forward.', 'no'],
    ['El compromiso se trasladó al siguiente plan de acción.', 'yes'],
    ['El compromiso no se trasladó.', 'no'],
    ['Oui', 'yes'],
    ['Le texte ne dit rien.', null],
  ])('carried forward "%s" → %s', (raw, value) => {
    expect(carriedForward(raw)).toBe(value);
  });

  it('strips tags, scripts, styles and comments and decodes entities', () => {
    const text = htmlToText(
      '<p>A&eacute;&#233;&#xE9;&nbsp;:<script>alert(1)</script><style>p{}</style><!-- x --></p>' +
        '<div title="1 > 0">B &amp; C &lt;b&gt;</div><script>never closed',
    );
    expect(text.split('\n').filter((l) => l.trim() !== '')).toEqual(['Aééé\u00a0:', 'B & C <b>']);
  });
});

describe('cli: import-page', () => {
  const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
  const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  afterEach(() => {
    log.mockClear();
    error.mockClear();
  });

  it('prints the record as JSON and exits 0 for a recognised page', () => {
    expect(runImportPage(seedPath('001'), 'json')).toBe(0);
    const out = JSON.parse(String(log.mock.calls[0]?.[0])) as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(['kind', 'record', 'unrecognised_lines']);
    expect(out.kind).toBe('action_plan');
    expect(out.record).toMatchObject({ participating_groups: 7, public_meetings: 23 });
    expect(String(log.mock.calls[0]?.[0])).toContain('\n  "kind": "action_plan"');
  });

  it('prints a text summary', () => {
    expect(runImportPage(seedPath('000'), 'text')).toBe(0);
    const out = String(log.mock.calls[0]?.[0]);
    expect(out).toContain('kind: commitment');
    expect(out).toMatch(/commitment_id\s+CO0111/);
  });

  it('exits 0 with kind unrecognised and a message for a page that is neither kind', () => {
    expect(runImportPage(seedPath('004'), 'json')).toBe(0);
    const out = JSON.parse(String(log.mock.calls[0]?.[0])) as Record<string, unknown>;
    expect(out.kind).toBe('unrecognised');
    expect(out.message).toMatch(/^Not an OGP commitment page/);
  });

  it('exits 2 when the file cannot be read', () => {
    expect(runImportPage(fixturePath('no-such-page.txt'), 'json')).toBe(2);
    expect(runImportPage(fileURLToPath(FIXTURES), 'json')).toBe(2);
    expect(log).not.toHaveBeenCalled();
    expect(String(error.mock.calls[0]?.[0])).toContain('cannot read');
  });
});
