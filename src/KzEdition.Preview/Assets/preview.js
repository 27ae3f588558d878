// KzEdition's preview: reloads the page after each rebuild, and shows a failed build's errors over
// the last good page. `kzedition serve` adds it to the HTML it serves; the built site never has it.
(() => {
  "use strict";

  const tag = document.currentScript;
  const server = tag.dataset.server;
  const generation = Number(tag.dataset.generation);
  let overlay = null;

  function showErrors(errors) {
    hideErrors();
    overlay = document.createElement("kzedition-preview-errors");
    // A shadow root keeps the edition's stylesheet off the overlay, and the overlay's off the page.
    const root = overlay.attachShadow({ mode: "open" });
    const style = document.createElement("style");
    style.textContent = `
      .panel { position: fixed; inset: 0 0 auto 0; max-height: 70vh; overflow: auto; z-index: 2147483647;
        margin: 0; padding: 1rem 1.25rem; background: #fff5f5; color: #1a1a1a; border-bottom: 4px solid #b00020;
        box-shadow: 0 4px 16px rgba(0,0,0,.3); font: 15px/1.45 system-ui, sans-serif; }
      h2 { margin: 0 2.5rem .5rem 0; font-size: 1.05rem; color: #b00020; }
      p { margin: 0 0 .75rem; }
      ol { margin: 0; padding-left: 1.25rem; }
      li { margin: .35rem 0; }
      code { font: 14px/1.4 ui-monospace, monospace; font-weight: 700; overflow-wrap: anywhere; }
      .message { white-space: pre-wrap; }
      button { position: absolute; top: .5rem; right: .75rem; font: inherit; font-size: 1.4rem; line-height: 1;
        padding: .2rem .5rem; border: 1px solid #b00020; background: #fff; color: #b00020; cursor: pointer; }`;
    const panel = document.createElement("section");
    panel.className = "panel";
    panel.setAttribute("role", "alert");
    const title = document.createElement("h2");
    title.textContent = "The build failed";
    const note = document.createElement("p");
    note.textContent = "This page is the last good build. It reloads by itself once the error is fixed.";
    const list = document.createElement("ol");
    for (const error of errors) {
      const item = document.createElement("li");
      const where = document.createElement("code");
      where.textContent = error.file
        ? error.file + (error.line > 0 ? ":" + error.line + (error.column > 0 ? ":" + error.column : "") : "")
        : "(no file)";
      const message = document.createElement("div");
      message.className = "message";
      message.textContent = error.message;
      item.append(where, message);
      list.append(item);
    }
    const close = document.createElement("button");
    close.type = "button";
    close.textContent = "×";
    close.setAttribute("aria-label", "Hide the errors");
    close.addEventListener("click", hideErrors);
    panel.append(title, note, list, close);
    root.append(style, panel);
    document.documentElement.append(overlay);
  }

  function hideErrors() {
    overlay?.remove();
    overlay = null;
  }

  // The errors as they stood when the page was served: shown before the event stream connects.
  const served = document.getElementById("kzedition-preview-errors");
  if (served) {
    showErrors(JSON.parse(served.textContent));
  }

  const events = new EventSource("/_kzedition/events");
  events.addEventListener("hello", (event) => {
    const status = JSON.parse(event.data);
    // Another server (restarted) or another build than the one this page came from: it is stale.
    if (status.server !== server || status.generation !== generation) {
      location.reload();
    } else if (status.errors.length > 0) {
      showErrors(status.errors);
    } else {
      hideErrors();
    }
  });
  events.addEventListener("reload", () => location.reload());
  // EventSource also fires "error" itself when the connection drops (it then reconnects on its
  // own): only the server's error events carry data.
  events.addEventListener("error", (event) => {
    if (event instanceof MessageEvent) {
      showErrors(JSON.parse(event.data).errors);
    }
  });
})();
