/** @jest-environment jsdom */
/** The pane's summary says when the quarter asked had no data (domain.md §6 Precision). */
import "./setup-dom";
import { render, screen } from "@testing-library/react";
import { ResultSummary } from "../../src/taskpane/components/ResultSummary";
import { makeResult } from "./fixtures";

jest.setTimeout(30000);

test("data terakhir: TW II when TW III was asked", () => {
  const r = makeResult();
  const result = { ...r, quarter: 2 as const, layout: { ...r.layout, lastQuarterWithData: 2 as const, requestedQuarter: 3 as const } };
  render(<ResultSummary result={result} written hostKind="excel" autoQuarter={false} />);
  expect(screen.getByTestId("last-data-quarter")).toHaveTextContent(/^data terakhir: TW II \(TW III yang diminta belum berisi data/);
});

test("nothing extra when the quarter had data", () => {
  render(<ResultSummary result={makeResult()} written hostKind="excel" autoQuarter={false} />);
  expect(screen.queryByTestId("last-data-quarter")).toBeNull();
});
