// HTML/SVG escaping. Article text is untrusted: everything that comes from an input
// goes through `escapeHtml`, in element content and in quoted attribute values alike.

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const SPECIAL = /[&<>"']/g;
// C0 controls other than tab/LF/CR, and lone surrogates, are not allowed in HTML text.
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeHtml(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  return text.replace(INVALID, '\uFFFD').replace(SPECIAL, (c) => ESCAPES[c]!);
}
