/* The hub's header format for Decap CMS: `Field: value` lines, a blank line, then the Markdown body.
   Not YAML front matter: the reader (hub_model.source) accepts exactly this, so the CMS reads and
   writes it through these functions. `fields` are a collection's form fields from the generated
   config.yml, in the schema's order: `header` is the label as written, `join` how a value is written
   ("text", "comma", "lines", "pairs", "pairs-last"), `fields` the two parts of a pair.
   Pure: no DOM, no CMS; the round-trip test runs every bundled file through these same functions. */
(function (root) {
  "use strict";

  var INDENT = "  "; // continuation lines of a multi-line field start with spaces
  var FIELD = /^([A-Za-z][A-Za-z0-9_]*):(.*)$/;

  function keyed(fields) {
    var byKey = {};
    fields.forEach(function (field) { byKey[field.header.toLowerCase()] = field; });
    return byKey;
  }

  function splitPair(line, last) {
    var at = last ? line.lastIndexOf("|") : line.indexOf("|");
    return at < 0 ? [line.trim(), ""] : [line.slice(0, at).trim(), line.slice(at + 1).trim()];
  }

  // The value a form holds for what the file says (lines: the field's lines, trimmed).
  function valueOf(field, lines) {
    var filled = lines.filter(function (line) { return line !== ""; });
    switch (field ? field.join : "text") {
      case "comma":
        return filled.join(",").split(",").map(function (item) { return item.trim(); })
          .filter(function (item) { return item !== ""; });
      case "lines":
        return filled;
      case "pairs":
      case "pairs-last": {
        var names = field.fields.map(function (part) { return part.name; });
        return filled.map(function (line) {
          var parts = splitPair(line, field.join === "pairs-last");
          var item = {};
          item[names[0]] = parts[0];
          item[names[1]] = parts[1];
          return item;
        });
      }
      default:
        return lines.length > 1 ? filled.join("\n") : lines[0];
    }
  }

  // The lines a field is written as: the first after `Field:`, then continuation lines.
  function linesOf(field, value) {
    var list = Array.isArray(value) ? value : null;
    switch (field ? field.join : "text") {
      case "comma":
        return [(list || String(value).split(",")).map(function (item) { return String(item).trim(); })
          .filter(function (item) { return item !== ""; }).join(", ")];
      case "lines":
        return (list || String(value).split("\n")).map(function (item) { return String(item).trim(); })
          .filter(function (item) { return item !== ""; });
      case "pairs":
      case "pairs-last": {
        var names = field.fields.map(function (part) { return part.name; });
        return (list || []).map(function (item) {
          return String(item[names[0]] || "").trim() + " | " + String(item[names[1]] || "").trim();
        });
      }
      default: {
        var lines = String(value).split("\n").map(function (line) { return line.trim(); })
          .filter(function (line) { return line !== ""; });
        // A one-line field cannot continue: its lines become one.
        return field && field.widget === "string" ? [lines.join(" ")] : lines;
      }
    }
  }

  function fromFile(fields, text) {
    var byKey = keyed(fields);
    var lines = String(text).replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").split("\n");
    var data = {};
    var raw = {};
    var order = [];
    var current = null;
    var index = 0;
    for (; index < lines.length; index++) {
      var line = lines[index];
      if (line.trim() === "") { index++; break; }
      var match = FIELD.exec(line);
      if (/^\s/.test(line) && current !== null) {
        raw[current].push(line.trim());
      } else if (match) {
        var field = byKey[match[1].toLowerCase()];
        current = field ? field.header : match[1];
        raw[current] = [match[2].trim()];
        order.push(current);
      } else {
        // Not a header line: the reader refuses the file; keep the text so nothing is lost.
        current = null;
        data.body = lines.slice(index).join("\n");
        return data;
      }
    }
    order.forEach(function (name) { data[name] = valueOf(byKey[name.toLowerCase()], raw[name]); });
    data.body = lines.slice(index).join("\n");
    return data;
  }

  function toFile(fields, data) {
    var known = {};
    var out = [];
    function write(header, field, value) {
      if (value === undefined || value === null) return;
      var lines = linesOf(field, value);
      var first = lines.length ? lines[0] : "";
      out.push((header + ": " + first).replace(/\s+$/, ""));
      lines.slice(1).forEach(function (line) { out.push(INDENT + line); });
    }
    fields.forEach(function (field) {
      known[field.header] = true;
      write(field.header, field, data[field.header]);
    });
    // Anything else the file had (the build reports unknown fields) stays, after the schema's.
    Object.keys(data).forEach(function (name) {
      if (!known[name] && name !== "body") write(name, null, data[name]);
    });
    var body = data.body === undefined || data.body === null ? "" : String(data.body).replace(/\r\n?/g, "\n");
    if (body !== "" && body.slice(-1) !== "\n") body += "\n";
    return out.join("\n") + "\n" + (body !== "" ? "\n" + body : "");
  }

  // What a form field is empty as (Immutable values from the CMS, or plain ones).
  function isEmpty(value) {
    if (value === undefined || value === null || value === "") return true;
    if (typeof value.size === "number") return value.size === 0;
    return Array.isArray(value) && value.length === 0;
  }

  // Problems the form cannot check by itself: fields required by what another field says.
  function conditionalProblems(fields, get) {
    return fields.filter(function (field) {
      var when = field.required_when;
      if (!when || !isEmpty(get(field.name))) return false;
      var other = get(when.field);
      if (!when.any_of.length) return !isEmpty(other);
      return when.any_of.indexOf(isEmpty(other) ? when.default : String(other)) >= 0;
    }).map(function (field) { return field.required_when.message; });
  }

  function format(fields) {
    return {
      fromFile: function (text) { return fromFile(fields, text); },
      toFile: function (data) { return toFile(fields, data); }
    };
  }

  root.HubFormat = {
    fromFile: fromFile,
    toFile: toFile,
    format: format,
    conditionalProblems: conditionalProblems
  };
})(typeof window !== "undefined" ? window : globalThis);
