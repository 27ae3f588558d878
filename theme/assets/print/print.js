// The print edition's script, loaded before Paged.js (paged.polyfill.js, MIT, beside this file).
// Paged.js lays the document out in pages and fills the contents' page numbers (target-counter
// in print.css); this script gives the indices the pages of their entries' mentions (below), and
// says when the layout is finished: `window.kzPrintReady` and
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

  // The pages an index gives are those its entries' mentions are printed on: every mention in the
  // text is an anchor of its own (<span class="ix" id="a-slug--ix-7" data-ix="Person/…">), so a
  // paragraph that runs over three pages gives the pages its mentions stand on, not the one it
  // starts on. When the indices are about to be laid out, every article is on its pages already:
  // each entry's locators are then written, before layout, as links to the first mention on each
  // page, showing its number (runs of pages as ranges: 19–21). Written before the indices are laid
  // out, not after, so that their pages are filled by what they finally say. Not target-counter:
  // Paged.js fills that in after a page is laid out, so each entry grew after its page was measured
  // and the last entry of a full page fell off it (ЭТ was lost so).
  function mentionPages() {
    var pages = new Map(); // entry key → Map(page → the first anchor on it)
    document.querySelectorAll(".pagedjs_pages .ix[data-ix]").forEach(function (mention) {
      var page = pageOf(mention);
      var key = mention.getAttribute("data-ix");
      if (page === null || !mention.id) {
        return;
      }
      if (!pages.has(key)) {
        pages.set(key, new Map());
      }
      if (!pages.get(key).has(page)) {
        pages.get(key).set(page, mention.id);
      }
    });
    return pages;
  }

  function writeLocators(source) {
    var pages = mentionPages();
    source.querySelectorAll(".index-entry[data-ix]").forEach(function (entry) {
      var key = entry.getAttribute("data-ix");
      var found = new Map(pages.get(key) || []);
      var locators = entry.querySelector(".locators");
      if (locators === null) {
        return;
      }
      // A paragraph the index lists in which no mention was marked (a name in a heading, or split
      // by markup) still gives the page it starts on.
      locators.querySelectorAll("a.locator").forEach(function (link) {
        var id = decodeURIComponent(link.getAttribute("href").slice(1));
        var paragraph = source.querySelector("#" + CSS.escape(id));
        var marked = paragraph !== null && Array.prototype.some.call(paragraph.querySelectorAll(".ix"), function (m) {
          return m.getAttribute("data-ix") === key;
        });
        var page = marked ? null : pageOf(document.getElementById(id));
        if (page !== null && !found.has(page)) {
          found.set(page, id);
        }
      });
      var numbers = Array.from(found.keys()).sort(function (a, b) { return a - b; });
      locators.textContent = "";
      locators.setAttribute("data-pages", numbers.join(" "));
      for (var i = 0; i < numbers.length; i++) {
        var last = i;
        while (last + 1 < numbers.length && numbers[last + 1] === numbers[last] + 1) {
          last++;
        }
        if (i > 0) {
          locators.append(", ");
        }
        if (last > i) {
          // A range never breaks at its dash (print.css: .range).
          var range = document.createElement("span");
          range.className = "range";
          range.append(pageLink(numbers[i], found.get(numbers[i])), "\u2013", pageLink(numbers[last], found.get(numbers[last])));
          locators.append(range);
        } else {
          locators.append(pageLink(numbers[i], found.get(numbers[i])));
        }
        i = last;
      }
    });
  }

  function pageLink(page, id) {
    var link = document.createElement("a");
    link.className = "locator";
    link.href = "#" + id;
    link.textContent = String(page);
    return link;
  }

  // Registered before the layout starts (PagedConfig.before): Paged.js exists by then.
  function registerIndexPages() {
    var written = false;
    class IndexPages extends window.Paged.Handler {
      renderNode(clone, node) {
        if (!written && node.nodeType === 1 && node.matches(".print-index, .index-entry")) {
          written = true;
          writeLocators(node.getRootNode());
        }
      }
    }
    window.Paged.registerHandlers(IndexPages);
  }

  // The pages each article takes ("3–15"), by the article's id: from the page its element opens
  // on to the last page any part of it stands on (Paged.js gives every part of an element split
  // across pages the element's data-ref).
  function articlePages() {
    var pages = {};
    document.querySelectorAll(".pagedjs_pages .print-article[id]").forEach(function (article) {
      if (pages.hasOwnProperty(article.id)) {
        return;
      }
      var first = pageOf(article), last = first;
      var ref = article.getAttribute("data-ref");
      if (ref !== null) {
        document.querySelectorAll('.pagedjs_pages [data-ref="' + CSS.escape(ref) + '"]').forEach(function (part) {
          last = Math.max(last, pageOf(part));
        });
      }
      pages[article.id] = first === last ? String(first) : first + "\u2013" + last;
    });
    return pages;
  }

  // Writes the articles' pages into their citations (.article-pages, on each article's first page).
  // The pages are known only once the edition is laid out, and written afterwards they could make a
  // citation a line longer on a page already measured. So the pdf command lays the edition out
  // twice: the second time it gives the first layout's pages (window.kzKnownArticlePages), which are
  // written before the layout, and checks that they came out the same (window.kzArticlePages).
  // Opened in a browser, the pages are written after the one layout.
  function writeArticlePages(root, pages) {
    root.querySelectorAll(".article-pages[data-article]").forEach(function (slot) {
      slot.textContent = pages[slot.getAttribute("data-article")] || "";
    });
  }

  // Where a page's text overflows, Paged.js measures letter by letter; Chromium gives the first
  // letter of a line that begins after a soft hyphen the previous line's place (see brokeAt). So
  // when the page's last line ended at a soft hyphen, Paged.js took the next line's first letter
  // for one that still fits and kept it on the page ("жос-п" | "арлау"): on paper that letter
  // opened a line below the page's last, and the lines it pushed down were cut off (two lines of an
  // article were lost so). The overflow then starts at that letter instead, as it really does.
  function registerSoftHyphenBreaks() {
    class SoftHyphenBreaks extends window.Paged.Handler {
      onOverflow(overflow) {
        var node = overflow && overflow.startContainer, at = overflow && overflow.startOffset;
        if (!node || node.nodeType !== 3 || at < 2 || node.data[at - 2] !== "\u00AD") {
          return undefined;
        }
        var range = overflow.cloneRange();
        range.setStart(node, at - 1);
        return range;
      }
    }
    window.Paged.registerHandlers(SoftHyphenBreaks);
  }

  // Opened from disk (file:), the browser lets no script read the site's files, and Paged.js, which
  // reads the page's stylesheets again to lay it out, stopped before the first page. The build
  // gives the stylesheets as a script too (assets/print/styles.js): each one the page links is put
  // in as a style element, its url()s made absolute, before Paged.js reads them.
  function inlineStylesFromDisk() {
    var sheets = window.kzPrintStyles;
    if (location.protocol !== "file:" || !sheets) {
      return;
    }
    document.querySelectorAll("link[rel='stylesheet']").forEach(function (link) {
      var key = Object.keys(sheets).filter(function (k) { return link.href.endsWith("/" + k); })[0];
      if (key === undefined) {
        return;
      }
      var style = document.createElement("style");
      style.textContent = sheets[key].replace(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g, function (all, quote, url) {
        return 'url("' + new URL(url, link.href).href + '")';
      });
      link.replaceWith(style);
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
      ".pagedjs_page { background: #fff; margin: 0 0 6mm; box-shadow: 0 1px 5px rgba(0, 0, 0, 0.3); }" +
      ".pagedjs_pages { zoom: var(--kz-sheet-fit, 1); }";
    document.head.appendChild(desk);
    fitSheets();
    window.addEventListener("resize", fitSheets);
  }

  // A sheet is wider than a phone (A4 is 794 px, B5 665 px): centred, its left part was cut off
  // and could not be scrolled to. On a narrow screen the sheets are zoomed to the window's width
  // (the reader can still zoom in); on screen only, through the desk's style: print is untouched.
  var sheetWidth = 0;
  function fitSheets() {
    var sheet = document.querySelector(".pagedjs_page");
    if (sheet === null) {
      return;
    }
    sheetWidth = sheetWidth || sheet.getBoundingClientRect().width;
    var room = document.documentElement.clientWidth - 12;
    document.documentElement.style.setProperty("--kz-sheet-fit", String(Math.min(1, room / sheetWidth)));
  }

  // The build puts soft hyphens where Kazakh and Russian words may break (Text/Hyphenation.cs),
  // so that justified lines need not gape. Chromium writes every soft hyphen into the PDF's text,
  // broken at or not, and a reader's search for a word would then miss it. Once the pages are laid
  // out, a soft hyphen the line broke at becomes a hyphen (U+2010, after which the line breaks as
  // it did, the glyph the soft hyphen showed), and the others are removed.
  // Removing the unused ones lets a word's letters kern across them, so a line can come out a
  // little narrower and, rarely, take in the rest of the word it broke (сенімді‐лік stood whole on
  // a line, its hyphen inside). So the hyphens written are looked at again, the same way, and one
  // whose line no longer breaks there is taken out, as long as lines still change (each round only
  // narrows them). In each round everything is measured before anything is written: a write would
  // make the next measurement lay the page out again.
  function settleHyphens() {
    var root = document.querySelector(".pagedjs_pages") || document.body;
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    var range = document.createRange();
    var nodes = []; // [text node, the offsets of its possible breaks: soft hyphens, then the hyphens written]
    while (walker.nextNode()) {
      var breaks = [];
      for (var i = walker.currentNode.data.indexOf("\u00AD"); i >= 0; i = walker.currentNode.data.indexOf("\u00AD", i + 1)) {
        breaks.push(i);
      }
      if (breaks.length > 0) {
        nodes.push([walker.currentNode, breaks]);
      }
    }
    for (var round = 0; round < 6; round++) {
      var settled = nodes.map(function (n) { return hyphenated(n[0], n[1], range); });
      var changed = false;
      nodes.forEach(function (n, k) {
        if (settled[k].text !== n[0].data) {
          n[0].data = settled[k].text;
          changed = true;
        }
        n[1] = settled[k].breaks;
      });
      if (!changed) {
        return;
      }
    }
  }

  // The node's text with a hyphen (U+2010) at each of the offsets where its line breaks, and
  // nothing at the others; and the offsets of the hyphens, in that text.
  function hyphenated(node, offsets, range) {
    var text = node.data, out = "", breaks = [], from = 0;
    offsets.forEach(function (at) {
      out += text.slice(from, at);
      if (brokeAt(node, at, range)) {
        breaks.push(out.length);
        out += "\u2010";
      }
      from = at + 1;
    });
    return { text: out + text.slice(from), breaks: breaks };
  }

  // Whether the line broke at the soft hyphen at offset i: the second letter after it stands on a
  // later line than the letter before it. Not the first letter after it: Chromium gives the first
  // letter of a line that began at a soft hyphen the previous line's place. (The letter before is
  // never such a first letter: the build leaves two letters at least between two breaks.) A soft
  // hyphen near the end of its text node is where Paged.js cut the text at a page's end: the
  // build leaves three letters after every break.
  function brokeAt(node, i, range) {
    if (i === 0) {
      return false;
    }
    if (i + 3 > node.data.length) {
      return true;
    }
    range.setStart(node, i - 1);
    range.setEnd(node, i);
    var before = range.getBoundingClientRect();
    range.setStart(node, i + 2);
    range.setEnd(node, i + 3);
    var after = range.getBoundingClientRect();
    return after.top > before.top + before.height / 2;
  }

  window.PagedConfig = {
    auto: true,
    before: function () {
      inlineStylesFromDisk();
      registerIndexPages();
      registerSoftHyphenBreaks();
      if (window.kzKnownArticlePages) {
        writeArticlePages(document.body, window.kzKnownArticlePages);
      }
    },
    after: function () {
      var pages = articlePages();
      window.kzArticlePages = pages;
      if (!window.kzKnownArticlePages) {
        writeArticlePages(document.querySelector(".pagedjs_pages") || document.body, pages);
      }
      settleHyphens();
      showSheets();
      window.kzPrintReady = true;
      document.documentElement.setAttribute("data-print-ready", "true");
    }
  };
})();
