/**
 * Shown when the pane is opened outside Excel (taskpane.html in a plain browser tab, or another
 * Office application): where to open it, and a link to the stand-alone web page (index.html,
 * next to taskpane.html in dist/).
 */
import { Link, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import { ui } from "../../i18n/ui";

export const WEB_PAGE_URL = "index.html";

const useStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalM, maxWidth: "720px" },
});

export function NoHostMessage({ webPageUrl = WEB_PAGE_URL }: { webPageUrl?: string }) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{ui.noHost.title}</MessageBarTitle>
          <p>{ui.noHost.body}</p>
          <p>{ui.noHost.webAlternative}</p>
          <p>
            <Link href={webPageUrl} data-testid="web-page-link">
              {ui.noHost.webLink}
            </Link>
          </p>
        </MessageBarBody>
      </MessageBar>
    </div>
  );
}
