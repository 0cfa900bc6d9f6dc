/**
 * Defanged previews: safe to print in a terminal, a CI log or a JSON report, and never clickable. Non-printable bytes
 * are escaped, `http`/`ftp` schemes are broken (`hxxp`), and the dots of hostnames and IPv4 addresses become `[.]`.
 */

const HEX = '0123456789abcdef';

/** Top-level domains seen in droppers and ordinary hosts alike: a bare `name.tld` is defanged when it ends in one. */
const TLD = 'com|net|org|io|ru|cn|xyz|top|info|biz|co|me|sh|cc|tk|pw|su|onion|app|dev|site|online|club|link|ly|gg|to|in|de|uk|us|ws|host|live|pro|store|tech|cloud|space|fun|icu|vip|lol|zip|mov';
const URL_RE = /\b((?:hxxps?|fxp|wss?):\/\/)([^\s/?#"'<>\\]+)/gi;
const IPV4_RE = /\b(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\b/g;
const DOMAIN_RE = new RegExp(`\\b((?:[a-z0-9-]+\\.)+)(${TLD})\\b`, 'gi');

/** Printable, single-line-safe preview: control and non-ASCII bytes escaped, URLs and IPs defanged (hxxp, [.]). */
export function defang(data: Uint8Array | string, max = 160): string {
  max = Math.max(8, max | 0);
  let out = '';
  if (typeof data === 'string') {
    for (let i = 0; i < data.length && out.length < max * 2; i++) out += escChar(data.charCodeAt(i));
  } else {
    const n = Math.min(data.length, max * 2);
    for (let i = 0; i < n && out.length < max * 2; i++) out += escChar(data[i]);
  }
  out = out
    .replace(/\bhttp/gi, (m) => (m[0] === 'h' ? 'hxxp' : 'HXXP'))
    .replace(/\bftp:/gi, 'fxp:')
    .replace(URL_RE, (_m, scheme: string, host: string) => scheme + host.replace(/\./g, '[.]'))
    .replace(IPV4_RE, (m) => m.replace(/\./g, '[.]'))
    .replace(DOMAIN_RE, (_m, names: string, tld: string) => names.replace(/\./g, '[.]') + tld);
  return out.length > max ? out.slice(0, max - 3) + '...' : out;
}

function escChar(c: number): string {
  if (c >= 0x20 && c < 0x7f) return c === 0x5c ? '\\\\' : String.fromCharCode(c);
  if (c === 0x0a) return '\\n';
  if (c === 0x0d) return '\\r';
  if (c === 0x09) return '\\t';
  if (c > 0xff) return `\\u${c.toString(16).padStart(4, '0')}`;
  return '\\x' + HEX[c >> 4] + HEX[c & 15];
}
