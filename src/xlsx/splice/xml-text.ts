/** XML text helpers of the splice writer (browser-safe). */

/** Characters XML 1.0 forbids (C0 controls but tab/LF/CR, U+FFFE/U+FFFF) and lone surrogates. */
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- matching the control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text made safe for XML 1.0: forbidden characters removed. */
export function xmlSafe(s: string): string {
  return s.replace(FORBIDDEN, "");
}

/** Escapes text for element content and attribute values (after removing forbidden characters). */
export function esc(s: string): string {
  return xmlSafe(s)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/\r/g, "&#13;")
    .replace(/\t/g, "&#9;")
    .replace(/\n/g, "&#10;");
}

/** Escapes element text (newlines and tabs kept as they are). */
export function escText(s: string): string {
  return xmlSafe(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\r/g, "&#13;");
}

export function unescXml(s: string): string {
  return s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&amp;/g, "&");
}

/** An attribute of a start tag (unescaped), or undefined. `name` may carry a prefix ("r:id"). */
export function attrOf(tag: string, name: string): string | undefined {
  const m =
    new RegExp(`\\s${name.replace(":", "\\:")}\\s*=\\s*"([^"]*)"`).exec(tag) ??
    new RegExp(`\\s${name}\\s*=\\s*'([^']*)'`).exec(tag);
  return m ? unescXml(m[1]) : undefined;
}

/** The start tags `<name …>` / `<prefix:name …>` in a text. */
export function startTags(xml: string, name: string): RegExpMatchArray[] {
  return [...xml.matchAll(new RegExp(`<(?:[\\w.-]+:)?${name}\\b[^>]*>`, "g"))];
}
