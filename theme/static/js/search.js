// Turns [data-module="search"] into Pagefind's search box (bundle served from this site's /pagefind/).
// Without JavaScript the element keeps its links to the archive and the agenda.
(function () {
  "use strict";
  var element = document.querySelector('[data-module="search"]');
  if (!element || typeof window.PagefindUI !== "function") {
    return;
  }
  element.textContent = "";
  // eslint-disable-next-line no-new
  new window.PagefindUI({ element: element, showImages: false, resetStyles: false, autofocus: true });
})();
