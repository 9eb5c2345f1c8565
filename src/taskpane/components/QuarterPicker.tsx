/** Quarter selector: automatic (latest quarter with data) or Triwulan I–IV. */
import { Field, Select } from "@fluentui/react-components";
import type { Quarter } from "../../domain/types";
import { ui } from "../../i18n/ui";

export type QuarterChoice = "auto" | Quarter;

export interface QuarterPickerProps {
  value: QuarterChoice;
  onChange: (value: QuarterChoice) => void;
  /** Quarter the last automatic run used, shown in the "Otomatis" option. */
  lastAutoQuarter?: Quarter | null;
  disabled?: boolean;
}

const QUARTERS: Quarter[] = [1, 2, 3, 4];

export function QuarterPicker({ value, onChange, lastAutoQuarter, disabled }: QuarterPickerProps) {
  return (
    <Field label={ui.quarter.label} hint={ui.quarter.hint}>
      <Select
        value={String(value)}
        disabled={disabled}
        onChange={(_, data) => onChange(data.value === "auto" ? "auto" : (Number(data.value) as Quarter))}
      >
        <option value="auto">{lastAutoQuarter ? ui.quarter.autoWithLast(lastAutoQuarter) : ui.quarter.auto}</option>
        {QUARTERS.map((q) => (
          <option key={q} value={String(q)}>
            {ui.quarter.name(q)}
          </option>
        ))}
      </Select>
    </Field>
  );
}
