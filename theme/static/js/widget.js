/* Silih Tulungan Hub: embeddable list of the latest briefs (served as /embed/widget.js).
 *
 * <script src="https://…/embed/widget.js" data-program="kesehatan" data-region="kota-bandung"
 *         data-count="5" data-style="cards" data-theme="auto" async></script>
 * <script src="https://…/embed/widget.js" data-feed="cek-fakta" async></script>  (hoax clarifications)
 *
 * Standalone and dependency-free. It reads the matching JSON Feed (feed.json beside each section's
 * RSS) and renders it inside a Shadow DOM, so the host's CSS cannot break it and it cannot break the
 * host. Every piece of feed text goes in with textContent (never as HTML), so a hostile title can
 * never run script on the blogger's site. No cookies, no storage, no globals, no other requests. */
(function () {
  "use strict";
  var script = document.currentScript;
  // No currentScript (e.g. loaded as a module) or already removed from the page: nothing to do.
  if (!script || !script.src || !script.parentNode) return;

  var SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
  var site = new URL("../", script.src).href;
  var data = script.dataset;
  var program = SLUG.test(data.program || "") ? data.program : "";
  var region = SLUG.test(data.region || "") ? data.region : "";
  var count = Math.min(Math.max(parseInt(data.count, 10) || 5, 1), 10);
  var style = data.style === "compact" ? "compact" : "cards";
  var theme = /^(light|dark)$/.test(data.theme || "") ? data.theme : "auto";

  var clarifications = data.feed === "cek-fakta";

  // Mirrors the feed folders the site writes (BRIEFS_INDEX_URL, PROGRAM_URL, REGION_URL,
  // SECTIONS_PROGRAM_REGION_URL, CEKFAKTA_INDEX_URL); tests/test_widget.py fails if the settings change.
  var section = "berita/";
  if (clarifications) section = "cek-fakta/";
  else if (program && region) section = "program/" + program + "/wilayah/" + region + "/";
  else if (program) section = "program/" + program + "/";
  else if (region) section = "wilayah/" + region + "/";
  var feedUrl = site + section + "feed.json";
  var briefsUrl = site + "berita/"; // always there, whatever the options

  var CSS =
    ":host{all:initial;display:block;contain:content}" +
    ".w{--bg:#fff;--fg:#1b1f1d;--mu:#4d5752;--ln:#d9e2dd;--ac:#0b6e4f;" +
    "font:15px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans',Arial,sans-serif;" +
    "color:var(--fg);background:var(--bg);border:1px solid var(--ln);border-radius:8px;padding:12px 14px;" +
    "max-width:40rem;box-sizing:border-box}" +
    ".dark{--bg:#16201c;--fg:#eef3f0;--mu:#b5c2bb;--ln:#34443c;--ac:#7fd6b1;color-scheme:dark}" +
    "@media (prefers-color-scheme:dark){.auto{--bg:#16201c;--fg:#eef3f0;--mu:#b5c2bb;--ln:#34443c;" +
    "--ac:#7fd6b1;color-scheme:dark}}" +
    ".h{margin:0 0 8px;font-weight:700;font-size:16px}" +
    "a{color:var(--ac);text-underline-offset:2px}" +
    "a:focus-visible{outline:3px solid #f4c430;outline-offset:2px}" +
    "ul{list-style:none;margin:0;padding:0}" +
    "li{display:flex;gap:10px;padding:8px 0;border-top:1px solid var(--ln)}" +
    "li:first-child{border-top:0}" +
    "img{flex:none;width:96px;height:54px;object-fit:cover;border-radius:4px;background:var(--ln)}" +
    ".t{font-weight:600}" +
    ".d,.s,.f{display:block;margin:2px 0 0;color:var(--mu);font-size:13px}" +
    ".f{margin-top:8px}" +
    "@media (prefers-reduced-motion:no-preference){a{transition:color .15s}}";

  function el(name, className, text) {
    var node = document.createElement(name);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  function link(href, text, className) {
    var node = el("a", className, text);
    node.href = href;
    return node;
  }

  // Only http(s) links and pictures, resolved against the feed: never javascript: or data: URLs.
  function safeUrl(value) {
    if (typeof value !== "string" || !value) return "";
    try {
      var url = new URL(value, feedUrl);
      return /^https?:$/.test(url.protocol) ? url.href : "";
    } catch (e) {
      return "";
    }
  }

  function text(value) {
    return typeof value === "string" ? value.trim() : "";
  }

  function formatDate(value) {
    var date = new Date(value);
    if (isNaN(date)) return "";
    return date.toLocaleDateString("id-ID", {
      day: "numeric",
      month: "long",
      year: "numeric",
      timeZone: "Asia/Jakarta",
    });
  }

  var host = document.createElement("silih-tulungan-berita");
  var shadow = host.attachShadow({ mode: "open" });
  // A constructed stylesheet is not inline CSS, so a host page's Content-Security-Policy (and ours,
  // on the blogger page's preview) lets it apply without 'unsafe-inline'; older browsers get <style>.
  if (shadow.adoptedStyleSheets && typeof CSSStyleSheet === "function" && CSSStyleSheet.prototype.replaceSync) {
    var sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
    shadow.adoptedStyleSheets = [sheet];
  } else {
    shadow.appendChild(el("style", "", CSS));
  }
  var box = el("section", "w " + theme);
  box.setAttribute("aria-busy", "true");
  box.appendChild(el("p", "s", "Memuat berita…"));
  shadow.appendChild(box);
  script.parentNode.insertBefore(host, script.nextSibling);

  function fallback() {
    var note = el("p", "s", "Daftar berita tidak dapat dimuat. ");
    note.appendChild(link(briefsUrl, "Baca berita terbaru di situs Silih Tulungan Jabar"));
    box.replaceChildren(note);
    box.removeAttribute("aria-busy");
  }

  function item(entry) {
    var href = safeUrl(entry.url);
    var title = text(entry.title);
    if (!href || !title) return null;
    var li = el("li");
    var image = style === "cards" ? safeUrl(entry.image) : "";
    if (image) {
      var img = el("img");
      img.alt = ""; // the title link next to it names the brief
      img.loading = "lazy";
      img.decoding = "async";
      img.width = 96;
      img.height = 54;
      img.src = image;
      li.appendChild(img);
    }
    var body = el("div");
    body.appendChild(link(href, title, "t"));
    var when = formatDate(entry.date_published);
    if (when) {
      var time = el("time", "d", when);
      time.dateTime = text(entry.date_published);
      body.appendChild(time);
    }
    var summary = text(entry.summary);
    if (style === "cards" && summary) body.appendChild(el("span", "s", summary));
    li.appendChild(body);
    return li;
  }

  function render(feed) {
    var items = (Array.isArray(feed.items) ? feed.items : []).map(item).filter(Boolean).slice(0, count);
    if (!items.length) return fallback();
    var title = text(feed.title) || "Silih Tulungan Jabar";
    var list = el("ul");
    // Safari drops list semantics when list-style is none; say it explicitly.
    list.setAttribute("role", "list");
    items.forEach(function (li) {
      list.appendChild(li);
    });
    var footer = el("p", "f");
    var more = clarifications ? "Lihat semua cek fakta" : "Lihat semua berita";
    footer.appendChild(link(safeUrl(feed.home_page_url) || briefsUrl, more));
    box.setAttribute("aria-label", title);
    box.replaceChildren(el("p", "h", title), list, footer);
    box.removeAttribute("aria-busy");
  }

  fetch(feedUrl, { credentials: "omit" })
    .then(function (response) {
      if (!response.ok) throw new Error(response.status);
      return response.json();
    })
    .then(render)
    .catch(fallback);
})();
