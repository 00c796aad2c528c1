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
    form.querySelectorAll("[data-live]").forEach(function (line) { line.hidden = true; });
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

  // Analyse as you type: a one-line first impression from the JSON API. The full
  // result still comes from submitting the form; any API error just hides the line.
  // The server's limit (analyzer/limits.py MAX_TEXT_CHARS) counts code points, as Python's len() does.
  var MAX_TEXT_CHARS = 10000;

  // Code points, not UTF-16 units: an emoji is one character to the server, two to String.length.
  // A lone surrogate counts as one, as it does once JSON brings it to the server.
  function codePoints(value) {
    var n = 0;
    for (var i = 0; i < value.length; i++) {
      var c = value.charCodeAt(i);
      if (c >= 0xD800 && c <= 0xDBFF && i + 1 < value.length) {
        var d = value.charCodeAt(i + 1);
        if (d >= 0xDC00 && d <= 0xDFFF) { i++; }
      }
      n++;
    }
    return n;
  }

  function readVerdicts(form) {
    // the result page's own headings, written into the form by the server (display.verdict_titles)
    try { return JSON.parse(form.getAttribute("data-live-verdicts") || "{}"); } catch (e) { return {}; }
  }

  function setUpLive() {
    document.querySelectorAll("form[data-live-url]").forEach(function (form) {
      var url = form.getAttribute("data-live-url");
      var VERDICTS = readVerdicts(form);
      var text = form.querySelector("textarea[name=text]");
      var line = form.querySelector("[data-live]");
      if (!url || !text || !line || !window.fetch) { return; }
      var timer = null;
      var seq = 0;
      text.addEventListener("input", function () {
        clearTimeout(timer);
        var value = text.value;
        // String.length can only overcount, so code points are counted only past the limit
        if (value.trim().length < 8 ||
            (value.length > MAX_TEXT_CHARS && codePoints(value) > MAX_TEXT_CHARS)) { line.hidden = true; return; }
        timer = setTimeout(function () {
          var mine = ++seq;
          fetch(url, {method: "POST", headers: {"Content-Type": "application/json"},
                      body: JSON.stringify({text: value}), credentials: "same-origin"})
            .then(function (r) { return r.ok ? r.json() : null; })
            .then(function (report) {
              if (mine !== seq) { return; }
              if (!report || !report.verdict) { line.hidden = true; return; }
              var n = (report.findings || []).length;
              // asked40: the reader's own question, as the result page's heading says it
              var own = (report.facts || []).some(function (f) { return f.kind === "own_question"; });
              line.textContent = "初步判断：" + (own ? "像是你自己的问题" : (VERDICTS[report.verdict.label] || "见详细结果")) +
                (n ? "，发现 " + n + " 处问题" : "") + "。点“开始分析”看详细结果和下一步。";
              line.className = "live live-" + report.verdict.label;
              line.hidden = false;
            })
            .catch(function () { line.hidden = true; });
        }, 500);
      });
    });
  }

  // A highlight links to its finding, whose explanation is folded: open it on arrival.
  function openTarget() {
    var id = window.location.hash.slice(1);
    var target = id && document.getElementById(id);
    var fold = target && target.querySelector("details");
    if (fold) { fold.open = true; }
  }

  function setUpFindings() {
    window.addEventListener("hashchange", openTarget);
    openTarget();
  }

  // A file control that shows the browser's own (possibly English) button without script gets the Chinese one.
  function setUpFilePick() {
    document.querySelectorAll("[data-file-pick]").forEach(function (box) {
      var input = box.querySelector("input[type=file]");
      if (!input) { return; }
      input.classList.add("file-input");
      box.querySelectorAll("[hidden]").forEach(function (el) { el.hidden = false; });
    });
  }

  // Show which screenshot was chosen (the native control that would say so is hidden).
  function setUpFileName() {
    document.querySelectorAll("input[type=file]").forEach(function (input) {
      var name = input.form && input.form.querySelector("[data-file-name]");
      if (!name) { return; }
      var none = name.textContent;
      input.addEventListener("change", function () {
        name.textContent = input.files && input.files.length ? "已选择：" + input.files[0].name : none;
      });
    });
  }

  // Reading a screenshot takes a few seconds (longer for the first one after the server starts): the page sat
  // still after 识别截图 with nothing saying it was working, and a worried reader taps again (review22).
  function setUpUploadWait() {
    document.querySelectorAll("form.upload-form").forEach(function (form) {
      form.addEventListener("submit", function () {
        var button = form.querySelector("button[type=submit]");
        var status = form.querySelector("[data-file-name]");
        if (button) { button.disabled = true; button.textContent = "正在识别，请稍候……"; }
        if (status) { status.textContent = "正在识别截图里的文字，一般要几秒钟，请不要关闭页面。"; }
      });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    setUpFindings();
    setUpFilePick();
    setUpFileName();
    setUpUploadWait();
    setUpLive();
    setUpCopy();
    setUpPrintCopies();
    setUpClear();
  });
})();
