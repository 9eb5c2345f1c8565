/** Shown when the pane is opened outside Excel and outside the web page (no WorkbookHost). */
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { ui } from "../../i18n/ui";

export function NoHostMessage() {
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{ui.noHost.title}</MessageBarTitle>
        <p>{ui.noHost.body}</p>
        <p>{ui.noHost.webAlternative}</p>
      </MessageBarBody>
    </MessageBar>
  );
}
