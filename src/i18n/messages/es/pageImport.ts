import type { en } from '../pageImport';
import type { Messages } from '../types';

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
