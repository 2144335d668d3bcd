import type { en } from '../pageImport';
import type { Messages } from '../types';

export const fr: Messages<typeof en> = {
  tab: 'Importer',
  title: 'Importer une page de l’OGP',
  intro:
    'Collez le texte d’une page d’engagement ou de plan d’action de l’OGP (en anglais, français ou espagnol), ou déposez des pages enregistrées (.txt, .html). Chaque page devient un enregistrement : vérifiez ce qui a été lu, puis ajoutez-le aux données de la session. Les pages sont lues dans cet onglet et ne sont envoyées nulle part.',
  pasteLabel: 'Texte d’une page',
  pastePlaceholder: 'Sur la page de l’OGP : tout sélectionner, copier, puis coller ici',
  previewPasted: 'Lire le texte collé',
  dropHint:
    'Ou déposez ici des pages enregistrées (.txt, .html, .htm), plusieurs à la fois si vous le souhaitez.',
  chooseFiles: 'Choisir des fichiers',
  pastedName: 'texte collé',
  readError: 'Impossible de lire {name} : {reason}',
  tooLarge: '{size} Mo, c’est trop pour une page web',
  binary: 'contenu binaire, ni texte ni HTML',
  wrongType: 'seuls les fichiers .txt, .html et .htm sont lus',
  previewTitle: 'Ce qui a été lu',
  pageHeading: '{name} : {kind}',
  kind_commitment: 'page d’engagement',
  kind_action_plan: 'page de plan d’action',
  kind_unrecognised: 'non reconnue',
  language:
    'Langue de la page : {lang, select, en {anglais} fr {français} es {espagnol} other {inconnue}}',
  neither:
    'Cette page n’est ni une page d’engagement ni une page de plan d’action de l’OGP : rien ne sera ajouté.',
  neitherHint:
    'Une page d’engagement a un titre qui se termine par son identifiant, par exemple « (CO0111) », et des champs d’évaluation (Vérifiable, Ambition, Achèvement…) ; une page de plan d’action a un titre comme « Plan d’action – Bogotá, Colombie, 2021 – 2023 » et ses dates de soumission et de fin.',
  missingFields:
    'Champ(s) obligatoire(s) introuvable(s) sur la page : {fields}. Cette page ne peut pas être ajoutée.',
  fieldsCaption:
    '{count, plural, one {# champ reconnu} other {# champs reconnus}} (noms de champs du format canonique, docs/data-formats.md)',
  colField: 'Champ',
  colLabel: 'Libellé sur la page',
  colPrinted: 'Valeur affichée',
  colStored: 'Enregistré comme',
  derived: 'calculé, non enregistré',
  empty: 'vide',
  unrecognisedTitle: 'Lignes non reconnues',
  unrecognisedNone: 'Aucune : chaque ligne de l’en-tête de la page a été reconnue.',
  checking: 'Vérification par rapport aux données chargées…',
  duplicate:
    '{id} est déjà chargé (depuis {from}). Cette page sera ignorée : les lignes déjà chargées ne sont jamais modifiées.',
  joinsMember: 'Rejoint {member}, déjà présent dans les données chargées.',
  joinsPlan:
    'Rejoint {member} et son plan d’action {plan}, déjà présents dans les données chargées.',
  newMember:
    '{member} n’est pas dans les données chargées : il apparaîtra comme un nouveau membre.',
  add: '{count, plural, one {Ajouter # page à la session} other {Ajouter # pages à la session}}',
  addSkipping:
    '{count, plural, one {Ajouter # page} other {Ajouter # pages}}, ignorer {skipped} (déjà chargé)',
  nothingToAdd: 'Rien à ajouter : aucune page ici ne peut rejoindre les données de la session.',
  adding: 'Ajout en cours…',
  added:
    '{count, plural, one {# enregistrement ajouté} other {# enregistrements ajoutés}} à la session, marqués « page import » : {ids}.',
  skipped: 'Non ajouté : {ids}.',
  addFailed: 'Les pages n’ont pas été ajoutées',
  noDataset: 'Chargez d’abord un jeu de données (onglet Données) : les pages s’y ajoutent.',
  sessionTitle: 'Pages ajoutées à cette session',
  sessionNote:
    'Marquées « page import » dans la colonne source. Elles sont rechargées avec la session si la base de données redémarre ; charger un autre jeu de données les remplace.',
  sessionNone: 'Aucune page ajoutée pour l’instant.',
  colPage: 'Page importée',
  colKind: 'Type',
  colId: 'Identifiant',
  reportLine:
    'Ajoutés depuis des pages de l’OGP (source « page import ») : {commitments, plural, one {# engagement} other {# engagements}}, {plans, plural, one {# plan d’action} other {# plans d’action}}.',
  openCommitment: 'Ouvrir',
};
