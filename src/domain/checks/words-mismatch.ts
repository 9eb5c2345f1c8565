/**
 * words-mismatch (error, domain.md §6): an amount in words (terbilang) that differs by 1 Rupiah or
 * more from the amount in digits next to it. The model records each amount in words with its
 * digits (model/words.ts).
 */
import type { Check } from "./check";
import type { FactOf } from "../facts";
import type { Finding } from "../types";
import { modelText } from "../../i18n/model";
import { findingAt } from "./finding";

function amountInWords(f: FactOf<"amountInWords">): Finding[] {
  if (Math.abs(f.digits - f.words) < 1) return [];
  const message = modelText.wordsMismatch(f.text, f.words, f.digits);
  return [findingAt("words-mismatch", f.at, message, f.words, f.digits, "error")];
}

export const wordsMismatchCheck: Check = { facts: { amountInWords } };
