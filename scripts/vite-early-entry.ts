import { resolve } from 'node:path';
import type { IndexHtmlTransformContext, Plugin } from 'vite';

/**
 * Vite folds every module script of index.html into one entry, which runs only once its whole
 * import graph has arrived. `entry` becomes an entry of its own instead, its script tag and
 * module preloads placed just before the app's (after the Content-Security-Policy meta, which
 * must precede every script), so it runs while the app is still downloading.
 */
export function earlyEntry(entry: string): Plugin {
  let root = process.cwd();
  return {
    name: 'irm-atlas-early-entry',
    config(config) {
      root = config.root ?? root;
      return {
        build: {
          rolldownOptions: {
            input: { index: resolve(root, 'index.html'), early: resolve(root, entry) },
          },
        },
      };
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const tags = ctx.bundle
          ? builtTags(ctx.bundle, resolve(root, entry))
          : [`<script type="module" src="/${entry}"></script>`];
        const at = html.indexOf('<script type="module"');
        if (at < 0)
          throw new Error('index.html has no module script to run the early entry before');
        return `${html.slice(0, at)}${tags.join('\n    ')}\n    ${html.slice(at)}`;
      },
    },
  };
}

type Bundle = NonNullable<IndexHtmlTransformContext['bundle']>;

function builtTags(bundle: Bundle, entryId: string): string[] {
  const chunks = new Map(
    Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? [[c.fileName, c] as const] : [])),
  );
  const chunk = [...chunks.values()].find((c) => c.isEntry && c.facadeModuleId === entryId);
  if (!chunk) throw new Error(`early entry ${entryId} not built`);
  // Everything it loads, also what it imports dynamically (DuckDB's JS): all of it is needed at
  // once, and the browser would otherwise find each level one round trip later.
  const files = new Set<string>();
  const visit = (file: string) => {
    const c = chunks.get(file);
    if (!c || files.has(file)) return;
    files.add(file);
    [...c.imports, ...c.dynamicImports].forEach(visit);
  };
  [...chunk.imports, ...chunk.dynamicImports].forEach(visit);
  return [
    `<script type="module" crossorigin src="/${chunk.fileName}"></script>`,
    ...[...files].map((f) => `<link rel="modulepreload" crossorigin href="/${f}">`),
  ];
}
