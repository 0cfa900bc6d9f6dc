/** Attacker-controlled strings (member names, decoded text) reach terminals and Markdown: neutralise them. */

/** No control characters (terminal escapes), no bidi overrides; long strings cut. */
export function safeText(s: string, max = 300): string {
  let out = s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  out = out.replace(/[\r\n\t]+/g, ' ');
  return out.length > max ? `${out.slice(0, max - 1)}…` : out;
}

/** Safe inside a Markdown table cell: no pipes, no HTML, no line breaks, no emphasis. */
export function mdCell(s: string, max = 300): string {
  return safeText(s, max).replace(/[\\`*_{}[\]<>|#!]/g, (c) => `\\${c}`);
}

/**
 * Safe as text inside raw HTML (the `<summary>` of a `<details>` block): Markdown escapes do not apply there, so
 * markup is written as entities.
 */
export function htmlText(s: string, max = 300): string {
  return safeText(s, max).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
