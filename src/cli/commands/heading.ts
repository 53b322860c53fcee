// The line that opens each document's block in table output.
import type { Style } from '../../render/color.js';

export function documentHeading(id: string, style: Style, details = ''): string {
  return style.bold(`── ${id} ──`) + (details ? ` ${style.dim(details)}` : '');
}
