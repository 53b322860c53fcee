// Runs one document command: read inputs one by one, check the language, process,
// render, and work out the exit code. Input problems are reported one line each and
// the other inputs go on (exit 3); a crash on one document is reported and the others
// go on (exit 4).

import { readInputs } from '../input/read.js';
import { loadMeta, MetaError, type MetaIndex } from '../input/meta.js';
import { createStyle, resolveColorLevel } from '../render/color.js';
import { createRenderer } from '../render/index.js';
import type { CommandContext, CommandSpec, DocumentInfo, GlobalOptions } from './command.js';
import { EXIT, InputError, reportInternalError, UsageError } from './errors.js';
import type { CliIO } from './io.js';
import { openOutput } from './output.js';
import { createProgress, progressStream } from './progress.js';
import { parseJobs, prerenders, processDocuments } from '../parallel/documents.js';
import { claimsOutcomes } from '../stream/figures.js';
import { SpillError } from '../stream/spill.js';

export async function runDocumentCommand(
  spec: CommandSpec,
  inputs: readonly string[],
  options: Record<string, unknown>,
  global: GlobalOptions,
  io: CliIO,
): Promise<number> {
  const paths = inputs.length > 0 ? inputs : io.stdinIsTTY ? [] : ['-'];
  if (paths.length === 0) throw new UsageError(`${spec.name}: no input — give files or directories, or pipe text on standard input`);

  if (global.inputFormat === 'ndjson' && (global.encoding === 'utf-16le' || global.encoding === 'utf-16be')) {
    throw new UsageError(`--encoding ${global.encoding} cannot be used with --input-format ndjson (NDJSON is UTF-8, or Windows-1256 when forced)`);
  }

  const context: CommandContext = {
    io,
    global,
    warn: (subject, message) => {
      if (!global.quiet) io.stderr.write(`arqam: warning: ${subject}: ${message}\n`);
    },
  };
  let meta: MetaIndex | undefined;
  if (global.meta) {
    try {
      meta = await loadMeta(global.meta, io.cwd);
    } catch (error) {
      if (error instanceof MetaError) throw new InputError(error.message);
      throw error;
    }
  }
  const handler = await spec.prepare(options, context);
  const fromClaims = handler.fromClaims?.bind(handler);
  if (global.inputFormat === 'claims' && !fromClaims) throw new UsageError(`--input-format claims: ${spec.name} does not read figures (it is the input of compare)`);
  const detectLanguage = spec.analysis ? (await import('../lang/index.js')).detectLanguage : undefined;

  const output = await openOutput(global.output, io.stdout, io.cwd);
  const level = resolveColorLevel({ flag: global.color, env: io.env, isTTY: global.output === undefined && io.stdoutIsTTY });
  const renderer = await createRenderer(global.format, handler.presenter, output, await createStyle(level), { bom: global.bom });

  let inputFailed = false;
  let crashed = false;
  const jobs = parseJobs(global.jobs);
  // Documents are analysed on worker threads (--jobs) and come back in input order;
  // claims input (the reduce step) brings figures already extracted.
  const outcomes =
    global.inputFormat === 'claims'
      ? claimsOutcomes(paths, fromClaims!, { cwd: io.cwd, stdin: io.stdin, signal: io.signal })
      : processDocuments(readInputs(paths, { cwd: io.cwd, format: global.inputFormat, encoding: global.encoding, meta, stdin: io.stdin, signal: io.signal, rawLines: jobs > 1 }), {
          handler,
          detectLanguage,
          job: { command: spec.name, options, global, prerender: prerenders(handler, global) },
          jobs,
        });
  const progress = createProgress({ stderr: progressStream(io), stdout: { isTTY: io.stdoutIsTTY }, quiet: global.quiet, label: spec.name });
  const sharesTerminal = global.output === undefined && io.stdoutIsTTY;
  try {
    for await (const outcome of outcomes) {
      if (io.signal?.aborted || output.closed) break;
      if (outcome.kind === 'failed') {
        progress.clear();
        io.stderr.write(`arqam: ${outcome.failure.id}: ${outcome.failure.message}\n`);
        inputFailed = true;
        continue;
      }
      if (outcome.kind === 'crashed') {
        progress.clear();
        reportInternalError(io, Object.assign(new Error(outcome.error.message), { stack: outcome.error.stack }), Boolean(global.debug), outcome.id);
        crashed = true;
        progress.tick(outcome.bytes);
        continue;
      }
      if (outcome.info.skipped) {
        progress.clear();
        context.warn(outcome.id, `does not look Arabic (${outcome.info.language?.name}); skipped — use --lang ar to analyse it anyway`);
      }
      try {
        if (sharesTerminal) progress.clear(); // the output goes to the same terminal
        if (outcome.kind === 'rendered') await output.write(outcome.text);
        else {
          handler.collect?.(outcome.result);
          await renderer.document(outcome.result);
        }
      } catch (error) {
        if (error instanceof SpillError) throw new InputError(error.message);
        reportInternalError(io, error, Boolean(global.debug), outcome.id);
        crashed = true;
      }
      progress.tick(outcome.bytes); // after the output, so the line is drawn below it
    }
  } finally {
    progress.done();
  }
  if (io.signal?.aborted) {
    await output.close().catch(() => undefined);
    return EXIT.interrupted;
  }
  if (!output.closed) {
    try {
      await renderer.end();
    } catch (error) {
      throw error instanceof SpillError ? new InputError(error.message) : error;
    }
  }
  try {
    await output.close();
  } catch (error) {
    io.stderr.write(`arqam: cannot write ${global.output ?? 'standard output'}: ${(error as Error).message}\n`);
    return EXIT.input;
  }
  if (crashed) return EXIT.internal;
  if (inputFailed) return EXIT.input;
  return handler.exitCode?.() ?? EXIT.ok;
}
