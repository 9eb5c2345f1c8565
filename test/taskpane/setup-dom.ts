/**
 * jsdom gaps Fluent UI v9 touches. Import first in every taskpane test (they run with the
 * `@jest-environment jsdom` docblock; the project default is node).
 */
if (typeof window !== "undefined") {
  if (!window.matchMedia) {
    window.matchMedia = (query: string): MediaQueryList =>
      ({
        matches: false,
        media: query,
        onchange: null,
        addListener: () => undefined,
        removeListener: () => undefined,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
        dispatchEvent: () => false,
      }) as MediaQueryList;
  }
  if (!("ResizeObserver" in window)) {
    class ResizeObserverStub {
      observe(): void {}
      unobserve(): void {}
      disconnect(): void {}
    }
    (window as unknown as { ResizeObserver: unknown }).ResizeObserver = ResizeObserverStub;
    (globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver = ResizeObserverStub;
  }
  if (!Element.prototype.scrollIntoView) {
    Element.prototype.scrollIntoView = () => undefined;
  }
}

export {};

// ------------------------------------------------------------------ DOM matchers
// @testing-library/jest-dom is not a dependency of the project; the few matchers these tests use:

declare global {
  namespace jest {
    interface Matchers<R> {
      toBeInTheDocument(): R;
      toBeEnabled(): R;
      toBeDisabled(): R;
      toBeChecked(): R;
      toHaveTextContent(expected: string | RegExp): R;
      toHaveAttribute(name: string, value?: string): R;
      toHaveValue(value: string): R;
    }
  }
}

function describeEl(el: unknown): string {
  if (el instanceof Element) return `<${el.tagName.toLowerCase()}> "${(el.textContent ?? "").slice(0, 80)}"`;
  return String(el);
}

function isDisabled(el: Element): boolean {
  return (el as HTMLButtonElement).disabled === true || el.getAttribute("aria-disabled") === "true";
}

function normalise(s: string | null): string {
  return (s ?? "").replace(/\s+/g, " ").trim();
}

expect.extend({
  toBeInTheDocument(received: unknown) {
    const pass = received instanceof Element && received.ownerDocument.contains(received);
    return { pass, message: () => `expected ${describeEl(received)} ${pass ? "not " : ""}to be in the document` };
  },
  toBeEnabled(received: Element) {
    const pass = !isDisabled(received);
    return { pass, message: () => `expected ${describeEl(received)} ${pass ? "not " : ""}to be enabled` };
  },
  toBeDisabled(received: Element) {
    const pass = isDisabled(received);
    return { pass, message: () => `expected ${describeEl(received)} ${pass ? "not " : ""}to be disabled` };
  },
  toBeChecked(received: Element) {
    const pass = (received as HTMLInputElement).checked === true || received.getAttribute("aria-checked") === "true";
    return { pass, message: () => `expected ${describeEl(received)} ${pass ? "not " : ""}to be checked` };
  },
  toHaveTextContent(received: Element, expected: string | RegExp) {
    const text = normalise(received.textContent);
    const pass = typeof expected === "string" ? text.includes(normalise(expected)) : expected.test(text);
    return { pass, message: () => `expected text "${text}" ${pass ? "not " : ""}to match ${String(expected)}` };
  },
  toHaveAttribute(received: Element, name: string, value?: string) {
    const actual = received.getAttribute(name);
    const pass = value === undefined ? actual !== null : actual === value;
    return {
      pass,
      message: () =>
        `expected ${describeEl(received)} ${pass ? "not " : ""}to have ${name}=${String(value)} (got ${String(actual)})`,
    };
  },
  toHaveValue(received: Element, value: string) {
    const actual = (received as HTMLInputElement).value;
    const pass = actual === value;
    return {
      pass,
      message: () => `expected value ${JSON.stringify(actual)} ${pass ? "not " : ""}to be ${JSON.stringify(value)}`,
    };
  },
});
