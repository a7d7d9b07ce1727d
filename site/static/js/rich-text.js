/* A small rich-text editor for textareas marked data-rich-text: bold, italic, lists and links.
   The textarea stays the form field (the server sanitises what it receives with nh3); without
   JavaScript the seller simply types paragraphs into it. */
(function () {
  "use strict";
  var ALLOWED = { P: [], BR: [], B: [], STRONG: [], I: [], EM: [], UL: [], OL: [], LI: [], A: ["href"], DIV: [] };

  function clean(node) {
    Array.prototype.slice.call(node.childNodes).forEach(function (child) {
      if (child.nodeType === Node.ELEMENT_NODE) {
        if (!(child.tagName in ALLOWED)) {
          if (child.tagName === "SCRIPT" || child.tagName === "STYLE") { child.remove(); return; }
          clean(child);
          child.replaceWith.apply(child, Array.prototype.slice.call(child.childNodes));
          return;
        }
        Array.prototype.slice.call(child.attributes).forEach(function (attribute) {
          var keep = ALLOWED[child.tagName].indexOf(attribute.name) !== -1 &&
            !/^\s*javascript:/i.test(attribute.value);
          if (!keep) { child.removeAttribute(attribute.name); }
        });
        clean(child);
      } else if (child.nodeType !== Node.TEXT_NODE) {
        child.remove();
      }
    });
    return node;
  }

  function toHtml(text) {
    if (/<[a-z/]/i.test(text)) { return text; }
    return text.split(/\n\s*\n/).filter(Boolean).map(function (paragraph) {
      var p = document.createElement("p");
      p.textContent = paragraph;
      return p.outerHTML.replace(/\n/g, "<br>");
    }).join("");
  }

  function enhance(textarea) {
    var toolbar = document.createElement("div");
    var editor = document.createElement("div");
    var template = document.createElement("template");
    toolbar.className = "rich-text-toolbar";
    toolbar.setAttribute("role", "toolbar");
    toolbar.setAttribute("aria-label", textarea.dataset.toolbarLabel || "");
    editor.className = "rich-text-editor";
    editor.contentEditable = "true";
    editor.setAttribute("role", "textbox");
    editor.setAttribute("aria-multiline", "true");
    if (textarea.id) {
      editor.setAttribute("aria-labelledby", textarea.id + "-label");
      var label = document.querySelector('label[for="' + textarea.id + '"]');
      if (label) { label.id = textarea.id + "-label"; }
    }
    template.innerHTML = toHtml(textarea.value);
    editor.appendChild(clean(template.content.cloneNode(true)));
    [["bold", "B"], ["italic", "I"], ["insertUnorderedList", "•"], ["insertOrderedList", "1."], ["createLink", "🔗"]]
      .forEach(function (spec) {
        var button = document.createElement("button");
        button.type = "button";
        button.textContent = spec[1];
        button.setAttribute("aria-label", textarea.dataset["label" + spec[0].charAt(0).toUpperCase() + spec[0].slice(1)] || spec[0]);
        button.addEventListener("click", function () {
          editor.focus();
          var value = null;
          if (spec[0] === "createLink") {
            value = window.prompt(textarea.dataset.linkPrompt || "https://");
            if (!value || !/^(https?:|mailto:)/i.test(value)) { return; }
          }
          document.execCommand(spec[0], false, value);
          sync();
        });
        toolbar.appendChild(button);
      });
    function sync() { textarea.value = editor.innerHTML; }
    editor.addEventListener("input", sync);
    textarea.hidden = true;
    textarea.after(toolbar, editor);
  }

  document.querySelectorAll("textarea[data-rich-text]").forEach(enhance);
})();
