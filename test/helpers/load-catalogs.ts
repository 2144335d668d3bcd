import { LANGS, loadCatalog } from '../../src/i18n';

// The app fetches a language's messages before switching to it; tests call translator('fr')
// at will, so every catalog is in place before any test file runs.
await Promise.all(LANGS.map(loadCatalog));
