/** Minimal argument parsing: positionals, `--flag`, `--key value` and `--key=value`. */
export interface ParsedArgs {
  positionals: string[];
  options: Map<string, string | true>;
}

const BOOLEAN_FLAGS = new Set([
  'ambition-includes-moderate',
  'ambition-transformative-only',
  'help',
]);

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const positionals: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    if (eq > 0) {
      options.set(arg.slice(2, eq), arg.slice(eq + 1));
    } else if (
      BOOLEAN_FLAGS.has(arg.slice(2)) ||
      i + 1 >= argv.length ||
      argv[i + 1]!.startsWith('--')
    ) {
      options.set(arg.slice(2), true);
    } else {
      options.set(arg.slice(2), argv[++i]!);
    }
  }
  return { positionals, options };
}

export class UsageError extends Error {}

export function stringOption(args: ParsedArgs, name: string): string | undefined {
  const v = args.options.get(name);
  if (v === true) throw new UsageError(`--${name} needs a value`);
  return v;
}
