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

/** Pads cells to aligned columns (by UTF-16 length; Arabic marks are rare in cells). */
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
const ANSI = /\u001b\[[0-9;]*m/g;
function visibleLength(text: string): number {
  return text.replace(ANSI, '').length;
}
