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
