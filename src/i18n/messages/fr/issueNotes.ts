import type { en } from '../issueNotes';
import type { Messages } from '../types';

export const fr: Messages<typeof en> = {
  idEmpty: 'ligne {row} rejetée\u00a0: l’identifiant de l’engagement est vide',
  idDuplicate:
    'ligne {row} rejetée\u00a0: l’identifiant {id} a déjà été chargé depuis {file}, ligne {first}',
  dummy: 'ligne {row} ignorée\u00a0: Commitment Dummy = 0 (pas une ligne d’engagement)',
  memberEmpty: 'ligne {row}\u00a0: le nom du membre est vide',
  kindEmpty: 'ligne {row}\u00a0: aucune valeur national/local\u00a0; traité comme national',
  unknownLabel:
    'ligne {row}, colonne «\u00a0{column}\u00a0»\u00a0: libellé inconnu «\u00a0{value}\u00a0»\u00a0; enregistré comme manquant',
  notYear:
    'ligne {row}, colonne «\u00a0{column}\u00a0»\u00a0: «\u00a0{value}\u00a0» n’est pas une année',
  dateText:
    'ligne {row}, colonne «\u00a0{column}\u00a0»\u00a0: date «\u00a0{value}\u00a0» gardée en texte seulement (pas une date complète et sans ambiguïté)',
  planIdEmpty: 'ligne {row} rejetée\u00a0: l’identifiant du plan est vide',
  planDuplicate: 'ligne {row} rejetée\u00a0: le plan {id} figure déjà à la ligne {first}',
  unknownValue:
    'ligne {row}, colonne «\u00a0{column}\u00a0»\u00a0: valeur inconnue «\u00a0{value}\u00a0»\u00a0; enregistrée comme manquante',
  notWhole:
    'ligne {row}, colonne «\u00a0{column}\u00a0»\u00a0: «\u00a0{value}\u00a0» n’est pas un nombre entier\u00a0; enregistré comme manquant',
  unusedColumns:
    '{count, plural, one {# colonne non utilisée} other {# colonnes non utilisées}} par IRM Atlas (laissées telles quelles dans le fichier)\u00a0: {names}',
  simulatedAll:
    'la colonne «\u00a0{column}\u00a0» dit que toutes les lignes ({count}) sont des données simulées\u00a0: le jeu de données est marqué DONNÉES SIMULÉES',
  simulatedSome:
    'la colonne «\u00a0{column}\u00a0» dit que {count, plural, one {# ligne sur {read} est une donnée simulée} other {# lignes sur {read} sont des données simulées}} (la première à la ligne {first})\u00a0: tout le jeu de données est marqué DONNÉES SIMULÉES',
};
