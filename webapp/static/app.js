// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";

  function copyText(text, button) {
    var done = function () {
      var label = button.textContent;
      button.textContent = "已复制";
      setTimeout(function () { button.textContent = label; }, 2000);
    };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(done, function () { fallbackCopy(text, button, done); });
    } else {
      fallbackCopy(text, button, done);
    }
  }

  function fallbackCopy(text, button, done) {
    var field = document.getElementById(button.getAttribute("data-copy"));
    if (!field) { return; }
    field.focus();
    field.select();
    try {
      if (document.execCommand("copy")) { done(); return; }
    } catch (e) { /* selection stays, the user can copy by hand */ }
    button.textContent = "已选中，请长按复制";
  }

  function setUpCopy() {
    document.querySelectorAll("[data-copy]").forEach(function (button) {
      var field = document.getElementById(button.getAttribute("data-copy"));
      if (!field) { return; }
      button.hidden = false;
      button.addEventListener("click", function () { copyText(field.value, button); });
    });
  }

  // Keep the printable copy of each draft in step with what the user edited.
  function setUpPrintCopies() {
    document.querySelectorAll("[data-print-of]").forEach(function (pre) {
      var field = document.getElementById(pre.getAttribute("data-print-of"));
      if (!field) { return; }
      field.addEventListener("input", function () { pre.textContent = field.value; });
    });
    var printButton = document.querySelector("[data-print]");
    if (printButton) {
      printButton.hidden = false;
      printButton.addEventListener("click", function () { window.print(); });
    }
    window.addEventListener("beforeprint", function () {
      document.querySelectorAll("details").forEach(function (d) { d.open = true; });
    });
  }

  // "Clear" empties the fields even when the page was rendered with values
  // (a plain reset would restore them).
  function clearForm(form) {
    form.querySelectorAll("textarea, input[type=text], input[type=search], input[type=datetime-local]")
      .forEach(function (field) { field.value = ""; field.defaultValue = ""; field.textContent = ""; });
  }

  function setUpClear() {
    document.querySelectorAll("[data-clear-form]").forEach(function (button) {
      button.addEventListener("click", function (event) {
        event.preventDefault();
        clearForm(button.form);
        var text = button.form.querySelector("textarea");
        if (text) { text.focus(); }
      });
    });
    document.querySelectorAll("[data-clear-link]").forEach(function (link) {
      link.addEventListener("click", function (event) {
        event.preventDefault();
        document.querySelectorAll("form").forEach(clearForm);
        document.querySelectorAll("textarea.draft").forEach(function (t) { t.value = ""; });
        // replace(): the result page leaves the history, so "back" cannot show it again.
        window.location.replace(link.href);
      });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    setUpCopy();
    setUpPrintCopies();
    setUpClear();
  });
})();
