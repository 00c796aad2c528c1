// Case mode: import in the background with a progress bar. Without this file the form
// posts normally and the page waits for the result (fine for small imports).
(function () {
  "use strict";

  function poll(statusUrl, bar, label, form) {
    fetch(statusUrl, { credentials: "same-origin" }).then(function (r) { return r.json(); }).then(function (s) {
      if (s.state === "done") { label.textContent = "完成，正在打开……"; bar.value = 100; window.location = s.url; return; }
      if (s.state === "failed" || s.error) { label.textContent = (s.error && s.error.message) || s.error || "导入失败"; form.dataset.busy = ""; return; }
      bar.value = s.percent;
      label.textContent = (s.stage === "分析" ? "正在分析：" : "正在读取：") + s.done + " / " + s.total + "（" + s.percent + "%）";
      setTimeout(function () { poll(statusUrl, bar, label, form); }, 300);
    }, function () { label.textContent = "连接中断，请刷新后重试。"; form.dataset.busy = ""; });
  }

  function setUpImport() {
    var form = document.getElementById("case-import");
    if (!form || !window.FormData || !window.XMLHttpRequest) { return; }
    var box = document.getElementById("case-progress");
    var bar = document.getElementById("case-progress-bar");
    var label = document.getElementById("case-progress-label");
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      if (form.dataset.busy) { return; }
      form.dataset.busy = "1";
      var data = new FormData(form);
      data.append("async", "1");
      box.hidden = false;
      var xhr = new XMLHttpRequest();
      xhr.open("POST", form.action);
      xhr.upload.onprogress = function (e) {
        if (e.lengthComputable) { bar.value = Math.round(100 * e.loaded / e.total); label.textContent = "正在上传：" + bar.value + "%"; }
      };
      xhr.onload = function () {
        var body = {};
        try { body = JSON.parse(xhr.responseText); } catch (e) { /* not JSON: an error page */ }
        if (xhr.status === 202 && body.status) { bar.value = 0; poll(body.status, bar, label, form); return; }
        label.textContent = (body.error && body.error.message) || ("导入失败（" + xhr.status + "）");
        form.dataset.busy = "";
      };
      xhr.onerror = function () { label.textContent = "上传失败，请重试。"; form.dataset.busy = ""; };
      xhr.send(data);
    });
  }

  function setUpConfirm() {
    document.querySelectorAll("form[data-confirm]").forEach(function (form) {
      form.addEventListener("submit", function (event) {
        if (!window.confirm(form.getAttribute("data-confirm"))) { event.preventDefault(); }
      });
    });
  }

  document.addEventListener("DOMContentLoaded", function () { setUpImport(); setUpConfirm(); });
}());
