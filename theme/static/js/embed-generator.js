/* The "Untuk Blogger & Kreator" page: the feed picker and the embed code generator (progressive enhancement).
 *
 * Both read the picker's data-feeds (plugins/widget/embeds.py, feed_choices): every feed that has
 * briefs, with its programme and region slugs, title, addresses, page and iframe list. The picker
 * shows its programme × region controls, then the chosen feed's addresses and a preview (the
 * compact widget). The generator writes script and iframe code only for a choice on that list;
 * for any other it writes none and says why. Both previews run the very script bloggers paste.
 * Without JavaScript the page shows the whole site's feed and the default code, which work as they
 * are. The snippets' shape mirrors embeds.py (script_snippet, iframe_snippet, iframe_height). */
(function () {
  "use strict";
  var picker = document.querySelector('[data-module="feed-picker"]');
  if (!picker) return;
  var choices = JSON.parse(picker.getAttribute("data-feeds") || "[]");
  var scriptUrl = picker.getAttribute("data-script");

  function byId(id) {
    return document.getElementById(id);
  }

  // A named feed (feed: "cek-fakta") is found by name only; programme × region never lands on it.
  function find(program, region, feed) {
    return choices.filter(function (choice) {
      return choice.feed === (feed || "") && choice.program === program && choice.region === region;
    })[0];
  }

  function missing(program, region) {
    var names = [program, region]
      .filter(function (select) {
        return select.value;
      })
      .map(function (select) {
        return select.options[select.selectedIndex].text;
      });
    return "Belum ada berita " + names.join(" di ") + ". Pilih program atau wilayah lain.";
  }

  function slugs(choice) {
    var pairs = [];
    if (choice.feed) pairs.push(["data-feed", choice.feed]);
    if (choice.program) pairs.push(["data-program", choice.program]);
    if (choice.region) pairs.push(["data-region", choice.region]);
    return pairs;
  }

  // The widget as bloggers paste it: widget.js renders where its script element is.
  function widget(attributes) {
    var script = document.createElement("script");
    script.src = scriptUrl;
    script.async = true;
    attributes.forEach(function (pair) {
      script.setAttribute(pair[0], pair[1]);
    });
    return script;
  }

  function listen(element, update) {
    element.addEventListener("input", update);
    element.addEventListener("change", update);
    update();
  }

  // --- feed picker ---
  var program = byId("fp-program");
  var region = byId("fp-region");
  var result = byId("fp-result");

  function link(href, label, type) {
    var item = document.createElement("li");
    var anchor = item.appendChild(document.createElement("a"));
    anchor.href = href;
    anchor.textContent = label;
    if (type) anchor.type = type;
    return item;
  }

  function showFeed() {
    var choice = find(program.value, region.value);
    result.hidden = !choice;
    byId("fp-missing").textContent = choice ? "" : missing(program, region);
    if (!choice) return byId("fp-preview").replaceChildren();
    byId("fp-name").textContent = choice.title;
    var links = choice.feeds.map(function (feed) {
      return link(feed.href, feed.label, feed.type);
    });
    links.push(link(choice.iframe, "Iframe"), link(choice.page, "Halaman web"));
    byId("fp-links").replaceChildren.apply(byId("fp-links"), links);
    byId("fp-address").textContent = choice.feeds.length ? choice.feeds[0].href : choice.page;
    var preview = slugs(choice).concat([["data-count", "3"], ["data-style", "compact"]]);
    byId("fp-preview").replaceChildren(widget(preview));
  }

  if (result) {
    byId("fp-controls").hidden = false;
    listen(byId("fp-controls"), showFeed);
  }

  // --- embed code generator ---
  var controls = document.querySelector('[data-module="embed-generator"]');
  if (!controls) return;
  var scriptBox = byId("eg-script");
  var iframeBox = byId("eg-iframe");

  function escapeAttribute(value) {
    return String(value).replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  }

  function tag(name, attributes) {
    var parts = attributes.map(function (pair) {
      return pair[0] + '="' + escapeAttribute(pair[1]) + '"';
    });
    return "<" + name + " " + parts.join(" ") + "></" + name + ">";
  }

  function offer(code) {
    document.querySelectorAll('[data-copy="eg-script"], [data-copy="eg-iframe"]').forEach(function (button) {
      button.hidden = !code;
    });
  }

  function update() {
    var fields = controls.elements;
    var feed = fields.feed ? fields.feed.value : "";
    // Clarifications are one feed: the programme and region choices do not apply to them.
    fields.program.disabled = fields.region.disabled = Boolean(feed);
    var choice = feed ? find("", "", feed) : find(fields.program.value, fields.region.value);
    byId("eg-note").textContent = choice ? "" : missing(fields.program, fields.region);
    offer(choice);
    if (!choice) {
      scriptBox.value = iframeBox.value = "";
      return byId("eg-preview").replaceChildren();
    }
    var count = String(Math.min(Math.max(parseInt(fields.count.value, 10) || 5, 1), 10));
    var attributes = slugs(choice).concat([["data-count", count], ["data-style", fields.style.value]]);
    if (fields.theme.value !== "auto") attributes.push(["data-theme", fields.theme.value]);
    scriptBox.value = tag("script", [["src", scriptUrl]].concat(attributes)).replace("></script>", " async></script>");
    iframeBox.value = tag("iframe", [
      ["src", choice.iframe],
      ["title", (choice.feed ? "Cek fakta terbaru: " : "Berita terbaru: ") + choice.title],
      ["width", "100%"],
      ["height", String(96 + 64 * Number(count))],
      ["loading", "lazy"],
      ["style", "border:0;max-width:40rem"],
    ]);
    byId("eg-preview").replaceChildren(widget(attributes));
  }

  listen(controls, update);
})();
