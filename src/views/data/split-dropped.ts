/** Dropped files: names that say "action plan(s)" are the optional action-plans file. */
export function splitDropped<F extends { name: string }>(
  files: readonly F[],
): { commitments: F[]; actionPlans: F[] } {
  const isPlans = (f: F) => /action[\s_-]*plans?(?![a-z])/i.test(f.name);
  return { commitments: files.filter((f) => !isPlans(f)), actionPlans: files.filter(isPlans) };
}
