import type { Messages } from './types';

/** The page-import view (src/views/import). */
export const en = {
  tab: 'Import page',
  title: 'Import an OGP page',
  intro:
    'Paste the text of an OGP commitment page or action-plan page (English, French or Spanish), or drop saved pages (.txt, .html). Each page becomes one record: check what was read, then add it to the session’s data. Pages are read in this tab and sent nowhere.',
  pasteLabel: 'Text of a page',
  pastePlaceholder: 'On the OGP page: select all, copy, and paste here',
  previewPasted: 'Read the pasted text',
  dropHint: 'Or drop saved pages here (.txt, .html, .htm), several at once if you like.',
  chooseFiles: 'Choose files',
  pastedName: 'pasted text',
  readError: 'Could not read {name}: {reason}',
  tooLarge: '{size} MB is too large for a web page',
  binary: 'binary content, not text or HTML',
  wrongType: 'only .txt, .html and .htm files are read',
  previewTitle: 'What was read',
  pageHeading: '{name} — {kind}',
  kind_commitment: 'commitment page',
  kind_action_plan: 'action-plan page',
  kind_unrecognised: 'not recognised',
  language:
    'Language of the page: {lang, select, en {English} fr {French} es {Spanish} other {unknown}}',
  neither:
    'This page is neither an OGP commitment page nor an action-plan page: nothing will be added.',
  neitherHint:
    'A commitment page has a title ending in its identifier, such as “(CO0111)”, and rating fields (Verifiable, Ambition, Completion…); an action-plan page has a title such as “Action Plan – Bogotá, Colombia, 2021 – 2023” and its submission and end dates.',
  missingFields: 'Required field(s) not found on the page: {fields}. This page cannot be added.',
  fieldsCaption:
    '{count, plural, one {# field recognised} other {# fields recognised}} (field names of the canonical layout, docs/data-formats.md)',
  colField: 'Field',
  colLabel: 'Label on the page',
  colPrinted: 'Value shown',
  colStored: 'Stored as',
  derived: 'derived, not stored',
  empty: 'empty',
  unrecognisedTitle: 'Lines not recognised',
  unrecognisedNone: 'None: every line of the page’s header was recognised.',
  checking: 'Checking against the loaded data…',
  duplicate:
    '{id} is already loaded (from {from}). This page will be skipped: rows already loaded are never changed.',
  joinsMember: 'Joins {member}, already in the loaded data.',
  joinsPlan: 'Joins {member} and its action plan {plan}, already in the loaded data.',
  newMember: '{member} is not in the loaded data: it will appear as a new member.',
  add: '{count, plural, one {Add # page to the session} other {Add # pages to the session}}',
  addSkipping:
    '{count, plural, one {Add # page} other {Add # pages}}, skip {skipped} (already loaded)',
  nothingToAdd: 'Nothing to add: no page here can join the session’s data.',
  adding: 'Adding…',
  added:
    '{count, plural, one {# record added} other {# records added}} to the session, marked “page import”: {ids}.',
  skipped: 'Not added: {ids}.',
  addFailed: 'The pages were not added',
  noDataset: 'Load a dataset first (Data tab): pages join the loaded data.',
  sessionTitle: 'Pages added to this session',
  sessionNote:
    'Marked “page import” in the source column. They are loaded again with the session if the database restarts; loading another dataset replaces them.',
  sessionNone: 'No page added yet.',
  colPage: 'Page',
  colKind: 'Kind',
  colId: 'Identifier',
  reportLine:
    'Added from OGP pages (source “page import”): {commitments, plural, one {# commitment} other {# commitments}}, {plans, plural, one {# action plan} other {# action plans}}.',
  openCommitment: 'Open',
} as const;

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

export const es: Messages<typeof en> = {
  tab: 'Importar',
  title: 'Importar una página de OGP',
  intro:
    'Pegue el texto de una página de compromiso o de plan de acción de OGP (en inglés, francés o español), o suelte páginas guardadas (.txt, .html). Cada página se convierte en un registro: revise lo que se leyó y luego añádalo a los datos de la sesión. Las páginas se leen en esta pestaña y no se envían a ningún sitio.',
  pasteLabel: 'Texto de una página',
  pastePlaceholder: 'En la página de OGP: seleccione todo, copie y pegue aquí',
  previewPasted: 'Leer el texto pegado',
  dropHint: 'O suelte aquí páginas guardadas (.txt, .html, .htm), varias a la vez si lo desea.',
  chooseFiles: 'Elegir archivos',
  pastedName: 'texto pegado',
  readError: 'No se pudo leer {name}: {reason}',
  tooLarge: '{size} MB es demasiado para una página web',
  binary: 'contenido binario, ni texto ni HTML',
  wrongType: 'solo se leen archivos .txt, .html y .htm',
  previewTitle: 'Lo que se leyó',
  pageHeading: '{name}: {kind}',
  kind_commitment: 'página de compromiso',
  kind_action_plan: 'página de plan de acción',
  kind_unrecognised: 'no reconocida',
  language:
    'Idioma de la página: {lang, select, en {inglés} fr {francés} es {español} other {desconocido}}',
  neither:
    'Esta página no es ni una página de compromiso ni una página de plan de acción de OGP: no se añadirá nada.',
  neitherHint:
    'Una página de compromiso tiene un título que termina con su identificador, por ejemplo «(CO0111)», y campos de evaluación (Verificable, Ambición, Cumplimiento…); una página de plan de acción tiene un título como «Plan de acción – Bogotá, Colombia, 2021 – 2023» y sus fechas de presentación y de fin.',
  missingFields:
    'Campo(s) obligatorio(s) no encontrado(s) en la página: {fields}. Esta página no se puede añadir.',
  fieldsCaption:
    '{count, plural, one {# campo reconocido} other {# campos reconocidos}} (nombres de campo del formato canónico, docs/data-formats.md)',
  colField: 'Campo',
  colLabel: 'Etiqueta en la página',
  colPrinted: 'Valor mostrado',
  colStored: 'Guardado como',
  derived: 'derivado, no guardado',
  empty: 'vacío',
  unrecognisedTitle: 'Líneas no reconocidas',
  unrecognisedNone: 'Ninguna: se reconoció cada línea del encabezado de la página.',
  checking: 'Comprobando con los datos cargados…',
  duplicate:
    '{id} ya está cargado (desde {from}). Esta página se omitirá: las filas ya cargadas nunca se modifican.',
  joinsMember: 'Se une a {member}, ya presente en los datos cargados.',
  joinsPlan: 'Se une a {member} y a su plan de acción {plan}, ya presentes en los datos cargados.',
  newMember: '{member} no está en los datos cargados: aparecerá como un miembro nuevo.',
  add: '{count, plural, one {Añadir # página a la sesión} other {Añadir # páginas a la sesión}}',
  addSkipping:
    '{count, plural, one {Añadir # página} other {Añadir # páginas}}, omitir {skipped} (ya cargado)',
  nothingToAdd: 'Nada que añadir: ninguna página de aquí puede unirse a los datos de la sesión.',
  adding: 'Añadiendo…',
  added:
    '{count, plural, one {# registro añadido} other {# registros añadidos}} a la sesión, marcados «page import»: {ids}.',
  skipped: 'No añadido: {ids}.',
  addFailed: 'Las páginas no se añadieron',
  noDataset: 'Cargue primero un conjunto de datos (pestaña Datos): las páginas se suman a él.',
  sessionTitle: 'Páginas añadidas a esta sesión',
  sessionNote:
    'Marcadas «page import» en la columna de origen. Se vuelven a cargar con la sesión si la base de datos se reinicia; cargar otro conjunto de datos las reemplaza.',
  sessionNone: 'Aún no se ha añadido ninguna página.',
  colPage: 'Página',
  colKind: 'Tipo',
  colId: 'Identificador',
  reportLine:
    'Añadidos desde páginas de OGP (origen «page import»): {commitments, plural, one {# compromiso} other {# compromisos}}, {plans, plural, one {# plan de acción} other {# planes de acción}}.',
  openCommitment: 'Abrir',
};
