/* Start Decap CMS on /admin/ with the configuration generated from the content schema (config.yml):
   our header format for every collection (format.js), the Indonesian phrases (locale-id.js), the
   site's own stylesheet in the preview, and a new permanent Uid for each created item. Loaded after
   decap-cms.js, format.js and locale-id.js; manual-init.js has told Decap to wait for this. */
(function () {
  "use strict";

  var script = document.currentScript;
  var CMS = window.CMS;
  var HubFormat = window.HubFormat;

  // Copy `from` into `into`, object by object (a phrase `from` lacks keeps the one `into` has).
  function mergeInto(into, from) {
    Object.keys(from).forEach(function (key) {
      var value = from[key];
      var isObject = value !== null && typeof value === "object";
      if (isObject && into[key] !== null && typeof into[key] === "object") mergeInto(into[key], value);
      else into[key] = value;
    });
    return into;
  }

  // Decap's English phrases with the Indonesian ones of locale-id.js over them (a phrase a later
  // Decap adds shows in English rather than as its key); without the editorial workflow, "publish"
  // writes the file, so it is worded as saving (HubLocaleIdDirect).
  function phrases(config) {
    var english = JSON.parse(JSON.stringify(CMS.getLocale("en")));
    var id = mergeInto(english, window.HubLocaleId || {});
    return config.publish_mode === "editorial_workflow" ? id : mergeInto(id, window.HubLocaleIdDirect || {});
  }
  window.HubPhrases = phrases; // for the browser tests

  function collectionNamed(config, name) {
    return config.collections.filter(function (collection) { return collection.name === name; })[0];
  }

  // Before a save: a new item gets its permanent Uid; fields required by another field's value
  // are checked (the form checks the rest).
  function beforeSave(config, entry) {
    var collection = collectionNamed(config, entry.get("collection"));
    var data = entry.get("data");
    var problems = HubFormat.conditionalProblems(collection.fields, function (name) { return data.get(name); });
    if (problems.length) throw new Error(problems.join("; "));
    var uid = collection.fields.filter(function (field) { return field.uid; })[0];
    // A new item (also one made with "Duplicate", which copies every field) gets its own identity.
    if (uid && (entry.get("newRecord") || !data.get(uid.name))) {
      return data.set(uid.name, window.crypto.randomUUID());
    }
    return data;
  }

  // The preview pane shows an item as its page does (the brief's markup, the site's stylesheet).
  function optionName(field, value) {
    var option = (field.options || []).filter(function (o) { return o.value === value; })[0];
    return option ? option.label : value;
  }

  function previewOf(collection) {
    var byName = {};
    collection.fields.forEach(function (field) { byName[field.name] = field; });
    return function Preview(props) {
      var h = window.h;
      var data = props.entry.get("data");
      var text = function (name) { var value = data.get(name); return value ? String(value) : ""; };
      var list = function (name) { var value = data.get(name); return value && value.toJS ? value.toJS() : []; };
      var image = text("Image");
      return h("main", { className: "page" },
        h("article", { className: "brief" },
          h("header", { className: "brief__header" },
            byName.Program ? h("p", { className: "brief__program" }, optionName(byName.Program, text("Program"))) : null,
            h("h1", null, text("Title")),
            text("Summary") ? h("p", { className: "brief__lead" }, text("Summary")) : null),
          image ? h("figure", { className: "brief__figure" },
            h("img", { src: props.getAsset(image).toString(), alt: text("Image_Alt") })) : null,
          h("div", { className: "prose" }, props.widgetFor("body")),
          byName.Regions ? h("footer", { className: "brief__footer" },
            h("p", null, list("Regions").map(function (r) { return optionName(byName.Regions, r); }).join(", "))) : null));
    };
  }

  fetch(script.dataset.config)
    .then(function (response) { return response.text(); })
    .then(function (text) {
      var config = JSON.parse(text); // config.yml is JSON, which YAML readers read the same
      config.collections.forEach(function (collection) {
        var fields = collection.fields.filter(function (field) { return field.name !== "body"; });
        CMS.registerCustomFormat(collection.format, collection.extension, HubFormat.format(fields));
      });
      CMS.registerLocale("id", phrases(config));
      CMS.registerPreviewStyle(script.dataset.previewStyle);
      config.collections.forEach(function (collection) {
        CMS.registerPreviewTemplate(collection.name, previewOf(collection));
      });
      CMS.registerEventListener({
        name: "preSave",
        handler: function (event) { return beforeSave(config, event.entry); }
      });
      config.load_config_file = false;
      CMS.init({ config: config });
    });
})();
