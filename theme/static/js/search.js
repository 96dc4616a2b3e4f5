// Turns [data-module="search"] into Pagefind's search box. The index is in shards, one Pagefind
// bundle each (data-bundles: their paths on this site); the first is the box's own, the others
// are merged into it. Pagefind's input has only a title; it gets a real <label> (data-label), which
// screen readers and voice control need. Without JavaScript the element keeps its links to the
// archive and the agenda.
(function () {
  "use strict";
  var element = document.querySelector('[data-module="search"]');
  if (!element || typeof window.PagefindUI !== "function") {
    return;
  }
  var bundles = JSON.parse(element.getAttribute("data-bundles") || "[]");
  element.textContent = "";
  // eslint-disable-next-line no-new
  new window.PagefindUI({
    element: element,
    bundlePath: bundles[0],
    mergeIndex: bundles.slice(1).map(function (path) {
      return { bundlePath: path };
    }),
    showImages: false,
    resetStyles: false,
    autofocus: true,
  });
  var input = element.querySelector("input");
  if (input) {
    var label = document.createElement("label");
    input.id = "kata-kunci";
    label.htmlFor = input.id;
    label.className = "search__label";
    label.textContent = element.getAttribute("data-label");
    input.form.parentNode.insertBefore(label, input.form);
  }
})();
