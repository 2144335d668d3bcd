import type { Plugin } from 'vite';

/**
 * The dev server needs an inline script (React Fast Refresh's preamble) that index.html's
 * Content-Security-Policy forbids, so the policy is dropped while serving in dev only. Builds
 * and `vite preview` keep it: that is what the browser tests check.
 */
export function devWithoutCsp(): Plugin {
  return {
    name: 'irm-atlas-dev-without-csp',
    apply: 'serve',
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => html.replace(/<meta\s+http-equiv="Content-Security-Policy"[^>]*>\s*/i, ''),
    },
  };
}
