/**
 * Function file of the ribbon (manifest: FunctionFile → commands.html). The only ribbon button
 * opens the task pane (ShowTaskpane), so no command needs code; one no-op action is registered, as
 * in Microsoft's template, so a future ExecuteFunction button has a working place to start.
 */

/* global Office */

/** Completes the command at once; Office requires event.completed() for every ExecuteFunction. */
export function noop(event: Office.AddinCommands.Event): void {
  event.completed();
}

Office.onReady(() => {
  Office.actions?.associate("noop", noop);
});
