/**
 * Puts HTML and plain text on the clipboard together (Word pastes the HTML as a formatted table):
 * the asynchronous Clipboard API with a ClipboardItem when the page may use it, otherwise a
 * `copy` event handler filled during document.execCommand("copy") (older hosts, Office task panes
 * whose frame does not grant clipboard-write). Call it from a click handler.
 */
import type { ClipboardContent } from "./report-copy";

export async function copyRich(content: ClipboardContent, doc: Document = document): Promise<boolean> {
  const nav = doc.defaultView?.navigator;
  const Item = (doc.defaultView as (Window & { ClipboardItem?: typeof ClipboardItem }) | null)?.ClipboardItem;
  if (nav?.clipboard && typeof nav.clipboard.write === "function" && typeof Item === "function") {
    try {
      await nav.clipboard.write([
        new Item({
          "text/html": new Blob([content.html], { type: "text/html" }),
          "text/plain": new Blob([content.text], { type: "text/plain" }),
        }),
      ]);
      return true;
    } catch {
      // not allowed here (permissions policy, no focus): the copy event below
    }
  }
  return copyWithEvent(content, doc);
}

export function copyWithEvent(content: ClipboardContent, doc: Document = document): boolean {
  let filled = false;
  const onCopy = (e: ClipboardEvent) => {
    if (!e.clipboardData) return;
    e.clipboardData.setData("text/html", content.html);
    e.clipboardData.setData("text/plain", content.text);
    e.preventDefault();
    filled = true;
  };
  doc.addEventListener("copy", onCopy);
  try {
    const ok = typeof doc.execCommand === "function" && doc.execCommand("copy");
    return ok && filled;
  } catch {
    return false;
  } finally {
    doc.removeEventListener("copy", onCopy);
  }
}
