/** Predicate scale and activity averaging; changes are saved with the workbook by the parent. */
import { Field, Radio, RadioGroup } from "@fluentui/react-components";
import type { AverageOver, PredicateScaleId } from "../../domain/types";
import { ui } from "../../i18n/ui";
import type { PaneSettings } from "../host";

export interface SettingsPanelProps {
  settings: PaneSettings;
  onChange: (settings: PaneSettings) => void;
  disabled?: boolean;
}

const SCALES: PredicateScaleId[] = ["sakip", "permendagri86"];
const AVERAGES: AverageOver[] = ["targeted", "all"];

export function SettingsPanel({ settings, onChange, disabled }: SettingsPanelProps) {
  return (
    <>
      <Field label={ui.settings.scaleLabel}>
        <RadioGroup
          value={settings.predicateScale}
          disabled={disabled}
          onChange={(_, data) => onChange({ ...settings, predicateScale: data.value as PredicateScaleId })}
        >
          {SCALES.map((s) => (
            <Radio key={s} value={s} label={ui.settings.scales[s]} />
          ))}
        </RadioGroup>
      </Field>
      <Field label={ui.settings.averageLabel}>
        <RadioGroup
          value={settings.averageOver}
          disabled={disabled}
          onChange={(_, data) => onChange({ ...settings, averageOver: data.value as AverageOver })}
        >
          {AVERAGES.map((a) => (
            <Radio key={a} value={a} label={ui.settings.averages[a]} />
          ))}
        </RadioGroup>
      </Field>
    </>
  );
}
