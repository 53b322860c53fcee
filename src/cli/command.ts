// The contract between the shell and a command. A command module is cheap to import
// (names, options, help); its `prepare` lazily loads the implementation, so
// `arqam --version` and `--help` stay fast.

import type { Command } from 'commander';
import type { SourceDocument } from '../core/types.js';
import type { EncodingOption, InputFormat } from '../input/index.js';
import type { LanguageVerdict } from '../lang/index.js';
import type { FormatName, Presenter } from '../render/index.js';
import type { ClaimsDocument } from '../stream/figures.js';
import type { CliIO } from './io.js';

/** Options every command accepts (declared on the program, usable after the command name). */
export interface GlobalOptions {
  format: FormatName;
  output?: string;
  /** true: --color, false: --no-color, undefined: decide from NO_COLOR/FORCE_COLOR/TTY. */
  color?: boolean;
  quiet?: boolean;
  debug?: boolean;
  inputFormat: InputFormat | 'claims';
  meta?: string;
  encoding: EncodingOption;
  lang: 'auto' | 'ar';
  /** --jobs: worker threads for analysis (default: the number of cores). */
  jobs?: string;
  /** --bom: prefix CSV output with U+FEFF (for Excel). */
  bom?: boolean;
}

export interface CommandContext {
  io: CliIO;
  global: GlobalOptions;
  /** A warning line on stderr (silenced by --quiet). */
  warn(subject: string, message: string): void;
}

export interface DocumentInfo {
  /** The language verdict (analysis commands only). */
  language?: LanguageVerdict;
  /** The document is not Arabic and --lang ar was not given: flag it, do not analyse it. */
  skipped: boolean;
}

export interface CommandHandler<R> {
  presenter: Presenter<R>;
  /**
   * With --jobs > 1 this runs on a worker thread, in a handler prepared there from the
   * same options: keep it a function of the document; gather results in `collect`.
   */
  process(document: SourceDocument, info: DocumentInfo): R | Promise<R>;
  /** Main thread, input order: sees every result before it is rendered (compare gathers figures here). */
  collect?(result: R): void;
  /**
   * `--input-format claims` (the reduce step of map/reduce): one document's figures read
   * back from `claims --format ndjson` output, in place of `process`. Commands without it
   * refuse that input format.
   */
  fromClaims?(value: ClaimsDocument): R;
  /** Exit code when every input was read (1 when a requested check failed). */
  exitCode?(): number;
}

export interface CommandSpec {
  name: string;
  /** One line for the command list. */
  summary: string;
  /** Examples shown in the command's --help (one command line each). */
  examples: readonly string[];
  /** Analysis commands skip non-Arabic documents (with a warning) unless --lang ar. */
  analysis: boolean;
  /** Declares the command's own options (commander parses into camelCase). */
  configure(command: Command): void;
  /** Validates the command's options (throw UsageError) and loads its implementation. */
  prepare(options: Record<string, unknown>, context: CommandContext): Promise<CommandHandler<any>>;
}

/**
 * Loads a command's analysis on first use. `process` calls it, so a run whose documents
 * all go to worker threads never loads the analysis in this thread (~15 MB less).
 */
export function onFirstUse<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => (loaded ??= load());
}
