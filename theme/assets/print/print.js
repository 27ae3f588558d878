// The print edition's script, loaded before Paged.js (paged.polyfill.js, MIT, beside this file).
// Paged.js lays the document out in pages and fills the contents' page numbers (target-counter
// in print.css); this script then turns the indices' locators into page numbers, each page once
// per entry, and says when the layout is finished: `window.kzPrintReady` and
// `<html data-print-ready>`, which the `pdf` command waits for before it prints.
// Without scripts the document still prints: the browser's own pages, and the locators as
// article.paragraph numbers.
(function () {
  "use strict";
  document.documentElement.classList.add("paged");

  function pageOf(element) {
    var page = element && element.closest(".pagedjs_page");
    return page ? Number(page.getAttribute("data-page-number")) : null;
  }

  function numberLocators() {
    document.querySelectorAll(".pagedjs_pages .index-entry").forEach(function (entry) {
      var seen = new Set();
      entry.querySelectorAll("a.locator").forEach(function (link) {
        var target = document.getElementById(decodeURIComponent(link.getAttribute("href").slice(1)));
        var page = pageOf(target);
        if (page === null || seen.has(page)) {
          link.remove(); // the page is listed already (removing only shortens the laid-out index)
          return;
        }
        if (seen.size > 0) {
          link.before(", ");
        }
        seen.add(page);
        link.setAttribute("data-page", String(page));
        link.textContent = String(page);
      });
    });
  }

  // On screen the pages are shown as sheets on a grey desk. Added after the layout, as a style
  // for the screen only: Paged.js drops the @media screen rules of the stylesheets it reads, and
  // printing and the PDF must see none of this.
  function showSheets() {
    var desk = document.createElement("style");
    desk.media = "screen";
    desk.textContent =
      "html, body { background: #d9d5cc; }" +
      ".pagedjs_pages { display: flex; flex-direction: column; align-items: center; padding: 6mm 0; }" +
      ".pagedjs_page { background: #fff; margin: 0 0 6mm; box-shadow: 0 1px 5px rgba(0, 0, 0, 0.3); }";
    document.head.appendChild(desk);
  }

  window.PagedConfig = {
    auto: true,
    after: function () {
      numberLocators();
      showSheets();
      window.kzPrintReady = true;
      document.documentElement.setAttribute("data-print-ready", "true");
    }
  };
})();
