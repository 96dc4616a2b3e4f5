/* Copy buttons for [data-module="share"] blocks (progressive enhancement).
 *
 * Without JavaScript the text stays selectable and the buttons stay hidden. A button names what it
 * copies: data-copy="<id of a textarea, input or element>" or data-copy-text="<literal text>".
 * The result is announced in the block's [data-copy-status] live region. */
(function () {
  "use strict";

  function sourceText(button) {
    if (button.hasAttribute("data-copy-text")) return button.getAttribute("data-copy-text");
    var source = document.getElementById(button.getAttribute("data-copy"));
    if (!source) return null;
    return "value" in source ? source.value : source.textContent;
  }

  // Older browsers and non-secure pages have no async clipboard: copy from a selected textarea.
  function legacyCopy(text) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    var done = document.execCommand("copy");
    document.body.removeChild(area);
    return done ? Promise.resolve() : Promise.reject(new Error("copy"));
  }

  function copy(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).catch(function () {
        return legacyCopy(text);
      });
    }
    return legacyCopy(text);
  }

  function enhance(module) {
    var status = module.querySelector("[data-copy-status]");
    function announce(message) {
      if (status) status.textContent = message;
    }
    module.querySelectorAll("[data-copy], [data-copy-text]").forEach(function (button) {
      if (sourceText(button) === null) return;
      button.hidden = false;
      button.addEventListener("click", function () {
        copy(sourceText(button)).then(
          function () {
            announce("Tersalin: " + (button.getAttribute("data-copy-label") || button.textContent.trim()));
          },
          function () {
            announce("Gagal menyalin. Pilih teksnya, lalu salin secara manual.");
          },
        );
      });
    });
  }

  document.querySelectorAll('[data-module="share"]').forEach(enhance);
})();
