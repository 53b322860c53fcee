// Text for people: each document's block as the command draws it, one blank line
// between blocks. Text is printed in logical order (terminals differ on bidi).

import type { DocumentRenderer, Presenter, Sink } from './index.js';
import type { Style } from './color.js';

export function tableRenderer<R>(presenter: Presenter<R>, sink: Sink, style: Style): DocumentRenderer<R> {
  let count = 0;
  return {
    async document(result) {
      const block = presenter.table(result, style);
      await sink.write((count++ > 0 ? '\n' : '') + withNewline(block));
    },
    async end() {
      const trailer = await presenter.finish?.();
      if (trailer?.table) await sink.write((count > 0 ? '\n' : '') + withNewline(trailer.table(style)));
    },
  };
}

function withNewline(text: string): string {
  return text.endsWith('\n') ? text : text + '\n';
}

/** Pads cells to aligned columns (harakat, bidi controls and colour codes take no width). */
export function columns(rows: string[][], gap = '  '): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, visibleLength(cell))));
  return rows.map((row) =>
    row
      .map((cell, i) => (i === row.length - 1 ? cell : cell + ' '.repeat(widths[i]! - visibleLength(cell))))
      .join(gap)
      .trimEnd(),
  );
}

// eslint-disable-next-line no-control-regex
const ZERO_WIDTH = /\u001b\[[0-9;]*m|[\p{M}\u200b-\u200f\u202a-\u202e\u2066-\u2069\u061c\ufeff]/gu;
function visibleLength(text: string): number {
  return text.replace(ZERO_WIDTH, '').length;
}
