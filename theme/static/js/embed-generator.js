/* Embed code generator on the "Untuk Blogger & Kreator" page (progressive enhancement).
 *
 * Reads the controls of the [data-module="embed-generator"] fieldset, writes the script and
 * iframe snippets into #eg-script and #eg-iframe, and previews the real widget in #eg-preview.
 * Without JavaScript the page shows the default snippets, which work as they are. The snippets'
 * shape mirrors plugins/widget/embeds.py (script_snippet, iframe_snippet, iframe_height). */
(function () {
  "use strict";
  var controls = document.querySelector('[data-module="embed-generator"]');
  if (!controls) return;
  var site = controls.getAttribute("data-site");
  var sitename = controls.getAttribute("data-sitename");
  var scriptBox = document.getElementById("eg-script");
  var iframeBox = document.getElementById("eg-iframe");
  var preview = document.getElementById("eg-preview");
  var note = document.getElementById("eg-note");

  function escapeAttribute(value) {
    return String(value).replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  }

  function tag(name, attributes) {
    var parts = attributes.map(function (pair) {
      return pair[0] + '="' + escapeAttribute(pair[1]) + '"';
    });
    return "<" + name + " " + parts.join(" ") + "></" + name + ">";
  }

  function selectedText(select) {
    return select.options[select.selectedIndex].text;
  }

  // The feed list on this page marks every feed that exists with data-program/data-region.
  function feedExists(program, region) {
    var rows = document.querySelectorAll("[data-feed][data-program][data-region]");
    return Array.prototype.some.call(rows, function (row) {
      return row.getAttribute("data-program") === program && row.getAttribute("data-region") === region;
    });
  }

  function section(program, region) {
    if (program && region) return "program/" + program + "/wilayah/" + region + "/";
    if (program) return "program/" + program + "/";
    if (region) return "wilayah/" + region + "/";
    return "berita/";
  }

  function options() {
    var count = Math.min(Math.max(parseInt(controls.elements.count.value, 10) || 5, 1), 10);
    return {
      program: controls.elements.program.value,
      region: controls.elements.region.value,
      count: String(count),
      style: controls.elements.style.value,
      theme: controls.elements.theme.value,
    };
  }

  function title(choice) {
    var parts = [];
    if (choice.program) parts.push(selectedText(controls.elements.program));
    if (choice.region) parts.push(selectedText(controls.elements.region));
    return parts.length ? parts.join(" · ") : "Semua Berita";
  }

  function update() {
    var choice = options();
    var attributes = [["src", site + "embed/widget.js"]];
    ["program", "region", "count", "style"].forEach(function (name) {
      if (choice[name]) attributes.push(["data-" + name, choice[name]]);
    });
    if (choice.theme !== "auto") attributes.push(["data-theme", choice.theme]);
    scriptBox.value = tag("script", attributes).replace("></script>", " async></script>");
    iframeBox.value = tag("iframe", [
      ["src", site + "embed/" + section(choice.program, choice.region) + "latest.html"],
      ["title", "Berita terbaru: " + title(choice)],
      ["width", "100%"],
      ["height", String(96 + 64 * Number(choice.count))],
      ["loading", "lazy"],
      ["style", "border:0;max-width:40rem"],
    ]);
    note.textContent = feedExists(choice.program, choice.region)
      ? ""
      : "Belum ada berita untuk pilihan ini di " + sitename + ". Widget akan menampilkan tautan ke situs kami; " +
        "pilih program atau wilayah lain.";

    // The preview runs the very script bloggers paste.
    var script = document.createElement("script");
    script.src = attributes[0][1];
    script.async = true;
    attributes.slice(1).forEach(function (pair) {
      script.setAttribute(pair[0], pair[1]);
    });
    preview.replaceChildren(script);
  }

  controls.addEventListener("input", update);
  controls.addEventListener("change", update);
  update();
})();
