/** An error in plain Indonesian, with what to do next. */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Text,
} from "@fluentui/react-components";
import { ui } from "../../i18n/ui";
import type { PaneError } from "../state/errors";

export interface ErrorBannerProps {
  error: PaneError;
  /** Extra sentence (e.g. "the previous result is still shown"). */
  note?: string;
  onOpenMapping?: () => void;
  onDismiss?: () => void;
}

export function ErrorBanner({ error, note, onOpenMapping, onDismiss }: ErrorBannerProps) {
  return (
    <MessageBar intent="error" layout="multiline" politeness="assertive">
      <MessageBarBody>
        <MessageBarTitle>{error.source === "engine" ? ui.errors.title : ui.errors.hostTitle}</MessageBarTitle>
        <div>{error.message}</div>
        {error.suggestMapping && <div>{ui.errors.suggestMapping}</div>}
        {note && <div>{note}</div>}
        {error.detail && (
          <Text size={200} block>
            {ui.errors.details}: {error.detail}
          </Text>
        )}
      </MessageBarBody>
      {(onOpenMapping || onDismiss) && (
        <MessageBarActions>
          {error.suggestMapping && onOpenMapping && <Button onClick={onOpenMapping}>{ui.errors.openMapping}</Button>}
          {onDismiss && <Button onClick={onDismiss}>{ui.errors.dismiss}</Button>}
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
