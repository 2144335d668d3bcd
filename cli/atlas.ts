import { createNodeConnector } from '../src/db/node-connector';
import { FileReadError, UnmappedHeadersError } from '../src/ingest';
import { DEFAULT_SWITCHES, METRICS, type Switches } from '../src/metrics';
import { DIMS, summarize, type Dim } from '../src/queries';
import { toCsv } from '../src/lib/csv';
import { parseArgs, stringOption, UsageError, type ParsedArgs } from './args';
import { loadFromPaths } from './load-file';
import { reportText } from './report-text';
import { runImportPage } from './import-page';

const USAGE = `IRM Atlas command line

  atlas validate <file> [--action-plans <file>] [--as-of YYYY-MM-DD] [--format text|json]
      Prints the quality report. Exit 0: no row rejected; 1: some rows rejected; 2: unreadable.

  atlas summarize <file> [--by member,region,kind,era,cycle] [--format json|csv]
      [--ambition-includes-moderate] [--ambition-transformative-only] [--star-rule current|2015]
      [--denominator rated|all] [--as-of YYYY-MM-DD] [--action-plans <file>]
      Shares per group for every metric, with n and a Wilson 95 % interval.

  atlas import-page <file.txt|file.html> [--format json|text]
      The text of an OGP commitment or action-plan page (EN/FR/ES) as one canonical record:
      {"kind": "commitment" | "action_plan" | "unrecognised", "record": {...}, "unrecognised_lines": [...]}.

Run through npm as: npm run -s atlas -- <command> ... (-s keeps npm's banner out of the output).`;

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  const [command, file] = args.positionals;
  if (!command || args.options.has('help')) {
    console.log(USAGE);
    return command ? 0 : 2;
  }
  if (!['validate', 'summarize', 'import-page'].includes(command)) {
    throw new UsageError(`unknown command "${command}"`);
  }
  if (!file) throw new UsageError(`${command} needs a file`);
  if (command === 'import-page') {
    const pageFormat = stringOption(args, 'format') ?? 'json';
    if (pageFormat !== 'json' && pageFormat !== 'text') {
      throw new UsageError('--format must be json or text');
    }
    return runImportPage(file, pageFormat);
  }
  const asOf = stringOption(args, 'as-of') ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new UsageError('--as-of must be YYYY-MM-DD');
  const format = stringOption(args, 'format') ?? (command === 'validate' ? 'text' : 'json');

  const conn = await createNodeConnector();
  try {
    const report = await loadFromPaths(conn, file, {
      asOf,
      actionPlans: stringOption(args, 'action-plans'),
    });
    if (command === 'validate') {
      console.log(format === 'json' ? JSON.stringify(report, null, 2) : reportText(report));
      return report.rows.rejected > 0 ? 1 : 0;
    }
    const by = parseDims(stringOption(args, 'by'));
    const switches = parseSwitches(args);
    const groups = await summarize(conn, { by, switches });
    if (format === 'csv') {
      process.stdout.write(
        summaryCsv(groups, by, report.dataset.name, report.dataset.simulated, switches),
      );
    } else if (format === 'json') {
      const out = {
        rows: report.rows,
        groups,
        dataset: {
          name: report.dataset.name,
          simulated: report.dataset.simulated,
          files: report.dataset.files,
        },
        rules: { ...switches, asOf },
      };
      console.log(JSON.stringify(out, null, 2));
    } else {
      throw new UsageError('--format must be json or csv');
    }
    return 0;
  } finally {
    await conn.close();
  }
}

function parseDims(raw: string | undefined): Dim[] {
  if (!raw) return [];
  const dims = raw
    .split(',')
    .map((d) => d.trim())
    .filter(Boolean);
  for (const d of dims) {
    if (!(DIMS as readonly string[]).includes(d))
      throw new UsageError(`--by: unknown dimension "${d}" (use ${DIMS.join(', ')})`);
  }
  return dims as Dim[];
}

function parseSwitches(args: ParsedArgs): Switches {
  const star = stringOption(args, 'star-rule') ?? 'current';
  const denominator = stringOption(args, 'denominator') ?? 'rated';
  if (star !== 'current' && star !== '2015')
    throw new UsageError('--star-rule must be current or 2015');
  if (denominator !== 'rated' && denominator !== 'all')
    throw new UsageError('--denominator must be rated or all');
  return {
    ...DEFAULT_SWITCHES,
    ambitionIncludesModerate: args.options.get('ambition-includes-moderate') === true,
    ambitionTransformativeOnly: args.options.get('ambition-transformative-only') === true,
    starRule: star,
    denominator,
  };
}

function summaryCsv(
  groups: Awaited<ReturnType<typeof summarize>>,
  by: Dim[],
  dataset: string,
  simulated: boolean,
  switches: Switches,
): string {
  const header = [
    ...by,
    ...METRICS.flatMap((m) => [
      `${m.id}_yes`,
      `${m.id}_n`,
      `${m.id}_share`,
      `${m.id}_ci95_low`,
      `${m.id}_ci95_high`,
    ]),
    'dataset',
    'simulated',
    'denominator',
  ];
  const rows = groups.map((g) => [
    ...by.map((d) => g.key[d] ?? ''),
    ...METRICS.flatMap((m) => {
      const v = g.metrics[m.id];
      return [v.yes, v.n, v.share ?? '', v.ci95?.[0] ?? '', v.ci95?.[1] ?? ''];
    }),
    dataset,
    simulated ? 'simulated data' : 'real data',
    switches.denominator,
  ]);
  return toCsv(header, rows);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    if (e instanceof UsageError) {
      console.error(`atlas: ${e.message}\n\n${USAGE}`);
      process.exit(2);
    }
    if (e instanceof FileReadError || e instanceof UnmappedHeadersError) {
      console.error(`atlas: ${e.message}`);
      process.exit(2);
    }
    console.error(e);
    process.exit(2);
  },
);
