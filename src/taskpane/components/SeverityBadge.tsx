/** Galat / Peringatan / Info badge. */
import { Badge } from "@fluentui/react-components";
import type { Severity } from "../../domain/types";
import { ui } from "../../i18n/ui";

const COLOR: Record<Severity, "danger" | "warning" | "informative"> = {
  error: "danger",
  warning: "warning",
  info: "informative",
};

export function SeverityBadge({ severity, count }: { severity: Severity; count?: number }) {
  return (
    <Badge appearance={count === 0 ? "outline" : "filled"} color={COLOR[severity]} shape="rounded">
      {count === undefined ? ui.severity[severity] : `${ui.severityPlural[severity]}: ${count}`}
    </Badge>
  );
}
