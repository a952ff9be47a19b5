/**
 * Every command the CLI knows and every flag each takes: the one table the parser, the help and
 * the "did you mean" suggestions read. To add a command, add it here, give it a loader in entry.ts
 * and main.ts, and a case in dispatch.ts; to add a flag, add it to its command's `flags`.
 */
export interface FlagSpec {
  /** `string` takes a value (`--port 8080` or `--port=8080`); `boolean` is a switch. */
  type: 'string' | 'boolean';
  /** What the value is called in the help (`--port N`). */
  value?: string;
  help: string;
}

export interface CommandSpec {
  /** What follows the command's name in its synopsis, flags excluded. */
  operands: string;
  /** The most operands it takes (files, a scenario). */
  maxOperands: number;
  summary: string;
  flags: Record<string, FlagSpec>;
  /** More lines for `debrief <command> --help`. */
  more?: string[];
}

const json = (what: string): FlagSpec => ({ type: 'boolean', help: `print ${what} as JSON` });

export const COMMANDS = {
  list: {
    operands: '[folders…]',
    maxOperands: Infinity,
    summary: 'every scenario: id, title, pack, role, sources, file',
    flags: { json: json('the list') },
  },
  validate: {
    operands: '[files or folders…]',
    maxOperands: Infinity,
    summary: 'check files (default scenarios/); exit 1 on any problem',
    flags: { json: json('one object per problem ({file, field, line, message}), in an array,') },
    more: [
      'Checks the schema, cross-references (packs, rounds, people, option ids), the branch check of',
      '`paths`, and plays every named path to the decision it declares.',
    ],
  },
  play: {
    operands: '<id or file>',
    maxOperands: 1,
    summary: 'play the loop headless and print what happened',
    flags: {
      path: {
        type: 'string',
        value: 'P',
        help: 'a named path (recorded, best, worst, …), comma-separated option ids, or "random"',
      },
      seed: { type: 'string', value: 'N', help: 'the seed of --path random (default 1)' },
      json: json('the report'),
    },
  },
  paths: {
    operands: '<id or file>',
    maxOperands: 1,
    summary: 'every path through a scenario: how many end in each decision; unreachable prompts and endless follow-ups',
    flags: { json: json('the report') },
  },
  lab: {
    operands: '<id>',
    maxOperands: 1,
    summary: 'simulate noisy committees (progress on stderr when it is a terminal)',
    flags: {
      question: {
        type: 'string',
        value: 'Q',
        help: 'fragility (default), rules, interviewers, calibration or report',
      },
      runs: { type: 'string', value: 'N', help: 'how many committees to simulate' },
      seed: { type: 'string', value: 'S', help: 'the random seed; the same seed gives the same numbers' },
      path: { type: 'string', value: 'P', help: 'the path whose scorecards are re-read (default recorded)' },
      err: { type: 'string', value: 'E', help: "an interviewer's random error" },
      len: { type: 'string', value: 'L', help: 'the spread of leniency between interviewers' },
      off: { type: 'string', value: 'RULES', help: 'rule ids to switch off, comma-separated' },
      scope: { type: 'string', value: 'library', help: 'with --question rules: every scenario of the library' },
      json: json('the result'),
      csv: { type: 'boolean', help: 'print the tables as CSV' },
    },
  },
  icc: {
    operands: '<file.csv>',
    maxOperands: 1,
    summary: 'interrater reliability of a long table of ratings: ICC(1,1), ICC(2,1), ICC(3,1) with 95 % intervals',
    flags: { json: json('the three ICCs (keys icc1, icc2, icc3)') },
    more: ['The table has a header row and one rating a row: columns target, rater, score (others are ignored).'],
  },
  schema: {
    operands: '',
    maxOperands: 0,
    summary: 'print the JSON Schema of a scenario or pack file, for editors',
    flags: {},
  },
  serve: {
    operands: '',
    maxOperands: 0,
    summary: 'serve the built app and workshop rooms on the local network',
    flags: {
      port: { type: 'string', value: 'N', help: 'the port (default 5173; 0 picks a free one)' },
      host: { type: 'string', value: 'H', help: 'the address to listen on (default 0.0.0.0, every interface)' },
      dist: { type: 'string', value: 'D', help: 'the built app (default dist/, from npm run build)' },
      data: { type: 'string', value: 'DIR', help: 'where rooms are kept (default .debrief/)' },
      'public-url': {
        type: 'string',
        value: 'URL',
        help: 'the address phones are given in every QR code and link (default: this machine on the LAN)',
      },
    },
  },
} satisfies Record<string, CommandSpec>;

export type CommandName = keyof typeof COMMANDS;

export const isCommand = (name: string): name is CommandName => Object.hasOwn(COMMANDS, name);

const flagWord = (name: string, flag: FlagSpec) => `--${name}${flag.value ? ` ${flag.value}` : ''}`;

const columns = (rows: Array<[string, string]>) => {
  const width = Math.max(...rows.map(([left]) => left.length));
  return rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`);
};

/** `debrief --help`: every command in a line, and where to find more. */
export function usage(): string {
  const rows = Object.entries(COMMANDS).map(([name, spec]): [string, string] => [
    `${name} ${spec.operands}`.trimEnd(),
    spec.summary,
  ]);
  return [
    'debrief: play and check hiring-committee scenarios',
    '',
    'Usage: debrief <command> [flags]',
    '',
    ...columns(rows),
    '',
    '  debrief <command> --help   the flags of one command',
    '  debrief --version          the version',
  ].join('\n');
}

/** `debrief <command> --help`: its synopsis, what it does, and every flag. */
export function commandHelp(name: CommandName): string {
  const spec: CommandSpec = COMMANDS[name];
  const flags = Object.entries(spec.flags);
  const synopsis = [`debrief ${name}`, spec.operands, ...flags.map(([flag, f]) => `[${flagWord(flag, f)}]`)].filter(
    Boolean,
  );
  const rows = flags.map(([flag, f]): [string, string] => [flagWord(flag, f), f.help]);
  rows.push(['-h, --help', 'this help']);
  return [
    synopsis.join(' '),
    '',
    `${spec.summary[0]!.toUpperCase()}${spec.summary.slice(1)}.`,
    ...(spec.more ?? []),
    '',
    ...columns(rows),
  ].join('\n');
}
