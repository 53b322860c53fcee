// The commander program: global options, one subcommand per entry of COMMANDS, help
// with examples and exit codes. Every commander error becomes exit code 2.

import { Command, CommanderError, Option } from 'commander';
import { ENCODINGS } from '../input/decode.js';
import { INPUT_FORMATS } from '../input/read.js';
import { FORMATS } from '../render/index.js';
import type { CommandSpec, GlobalOptions } from './command.js';
import { extractCommand } from './commands/extract.js';
import { normalizeCommand } from './commands/normalize.js';
import { segmentCommand } from './commands/segment.js';
import { claimsCommand } from './commands/claims.js';
import { compareCommand } from './commands/compare.js';
import { EXIT, EXIT_CODE_HELP, InputError, reportInternalError, UsageError } from './errors.js';
import type { CliIO } from './io.js';
import { runDocumentCommand } from './run-command.js';
import { readVersion } from './version.js';

/** Every subcommand, in help order. A new command is one import and one entry here. */
export const COMMANDS: readonly CommandSpec[] = [normalizeCommand, segmentCommand, extractCommand, claimsCommand, compareCommand];

const PROGRAM_EXAMPLES = `Examples:
  arqam extract fixtures/                       numbers, dates and entities of every article
  arqam extract article.txt --format json       the same as JSON (schema arqam.extract/1)
  arqam normalize --view numbers article.txt    the text with digits folded to ASCII
  cat article.txt | arqam segment               sentences and tokens of standard input
  arqam extract --input-format ndjson corpus.ndjson --format ndjson   one record per line in and out`;

export function buildProgram(io: CliIO, setExitCode: (code: number) => void): Command {
  const program = new Command('arqam');
  program
    .description('Check the figures in Arabic news: normalize, segment and extract numbers, dates and entities.')
    .version(readVersion(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => void io.stdout.write(text),
      writeErr: (text) => void io.stderr.write(text),
      outputError: (text, write) => write(`arqam: ${text.replace(/^error: /, '')}`),
    })
    .showHelpAfterError('(run arqam --help for usage)')
    .configureHelp({ showGlobalOptions: true })
    .addHelpCommand(false)
    .addOption(new Option('--format <format>', 'output format').choices(FORMATS).default('table'))
    .option('-o, --output <file>', 'write data to FILE instead of standard output')
    .option('--color', 'colour the table output even when not on a terminal')
    .option('--no-color', 'never colour (also: NO_COLOR=1)')
    .option('-q, --quiet', 'no warnings on stderr (errors are still printed)')
    .option('--debug', 'print stack traces of internal errors')
    .addOption(new Option('--input-format <format>', 'text: one article per file; ndjson: one {"id","text",…} record per line; claims: figure NDJSON from claims (compare only: the reduce step)').choices([...INPUT_FORMATS, 'claims']).default('text'))
    .option('--meta <file>', 'JSON file mapping input paths to {published, outlet, url}')
    .addOption(new Option('--encoding <encoding>', 'encoding of text inputs').choices(ENCODINGS).default('auto'))
    .option('-j, --jobs <n>', 'worker threads for analysis (default: the number of cores; 1: no threads)')
    .option('--bom', 'start CSV output with a byte-order mark, so Excel reads Arabic')
    .addOption(new Option('--lang <lang>', 'ar: analyse documents even when they do not look Arabic').choices(['auto', 'ar']).default('auto'))
    .addHelpText('after', `\nInputs: files, directories (recursive: .txt, .text, .md, files without extension), or - for standard input\n(read when no input is given and stdin is not a terminal).\n\n${PROGRAM_EXAMPLES}\n\n${EXIT_CODE_HELP}\n`);

  for (const spec of COMMANDS) {
    const command = program
      .command(spec.name)
      .summary(spec.summary)
      .description(spec.summary)
      .argument('[inputs...]', 'files, directories or - (standard input)');
    spec.configure(command);
    command.addHelpText('after', `\nExamples:\n${spec.examples.map((e) => `  ${e}`).join('\n')}\n\n${EXIT_CODE_HELP}\n`);
    command.action(async (inputs: string[], options: Record<string, unknown>, self: Command) => {
      const global = self.optsWithGlobals() as unknown as GlobalOptions;
      setExitCode(await runDocumentCommand(spec, inputs, options, global, io));
    });
  }
  return program;
}

/** Parses argv and runs the command; every failure is mapped to an exit code. */
export async function runProgram(argv: readonly string[], io: CliIO): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = buildProgram(io, (code) => (exitCode = code));
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    if (error instanceof UsageError) {
      io.stderr.write(`arqam: ${error.message}\n(run arqam --help for usage)\n`);
      return EXIT.usage;
    }
    if (error instanceof InputError) {
      io.stderr.write(`arqam: ${error.message}\n`);
      return EXIT.input;
    }
    reportInternalError(io, error, argv.includes('--debug'));
    return EXIT.internal;
  }
}
