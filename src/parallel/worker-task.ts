// The function a worker thread runs per document: it prepares the command's handler
// once (from the command name and options sent at start-up) and then processes each
// input item exactly as the main thread would (documents.ts).

import type { CommandHandler } from '../cli/command.js';
import type { InputItem } from '../input/read.js';
import type { LanguageVerdict } from '../lang/index.js';
import { processItem, type DocumentJob, type Outcome, type RenderText } from './documents.js';

interface Prepared {
  handler: CommandHandler<unknown>;
  detect?: (text: string) => Promise<LanguageVerdict>;
  render?: RenderText<unknown>;
}

let prepared: Promise<Prepared> | undefined;

async function prepare(job: DocumentJob): Promise<Prepared> {
  const [{ COMMANDS }, { memoryIO }] = await Promise.all([import('../cli/program.js'), import('../cli/io.js')]);
  const spec = COMMANDS.find((c) => c.name === job.command);
  if (!spec) throw new Error(`unknown command ${job.command}`);
  // Warnings about options were already printed by the main thread.
  const context = { io: memoryIO().io, global: job.global, warn: () => undefined };
  const handler = await spec.prepare(job.options, context);
  const detect = spec.analysis ? (await import('../lang/index.js')).detectLanguage : undefined;
  return { handler, detect, render: job.prerender ? await ndjsonText(handler) : undefined };
}

/** A result's NDJSON text, made as the main thread's NDJSON renderer makes it. */
async function ndjsonText(handler: CommandHandler<unknown>): Promise<RenderText<unknown>> {
  const { ndjsonChunk } = await import('../render/ndjson.js');
  return async (result) => ndjsonChunk(handler.presenter.ndjsonLines(result));
}

export async function processInWorker(item: InputItem, job: DocumentJob): Promise<Outcome<unknown>> {
  prepared ??= prepare(job);
  const { handler, detect, render } = await prepared;
  return processItem(item, handler, detect, job.global, render);
}
