/*
 * Files on a customer's new request or comment: files dropped on the zone join the ones picked,
 * each chosen file is listed with its size and a button that removes it, and a file over the
 * desk's limit is marked before sending (the desk checks every file again, by its content).
 * Without this script the native picker still works.
 */
(function () {
  "use strict";
  var lang = document.documentElement.lang || "fr";

  function size(list, bytes) {
    var mb = bytes >= 1024 * 1024;
    var pattern = list.getAttribute(mb ? "data-mb" : "data-kb");
    var n = mb ? bytes / (1024 * 1024) : Math.max(1, Math.round(bytes / 1024));
    var shown = n.toLocaleString(lang, { minimumFractionDigits: mb ? 1 : 0, maximumFractionDigits: mb ? 1 : 0 });
    return pattern.replace(/\{0[^}]*\}/, shown);
  }

  function setFiles(input, files) {
    if (typeof DataTransfer === "undefined") {
      return false;
    }
    var transfer = new DataTransfer();
    files.forEach(function (f) { transfer.items.add(f); });
    input.files = transfer.files;
    return true;
  }

  function render(picker, input, list) {
    var max = Number(input.getAttribute("data-max-bytes"));
    var files = Array.prototype.slice.call(input.files || []);
    list.textContent = "";
    files.forEach(function (file, index) {
      var item = document.createElement("li");
      var name = document.createElement("span");
      name.className = "file-name";
      name.textContent = file.name;
      var meta = document.createElement("span");
      meta.className = "muted";
      meta.textContent = " · " + size(list, file.size);
      item.appendChild(name);
      item.appendChild(meta);
      if (max > 0 && file.size > max) {
        var warn = document.createElement("span");
        warn.className = "file-warning";
        warn.textContent = " · " + input.getAttribute("data-too-large");
        item.appendChild(warn);
      }
      var remove = document.createElement("button");
      remove.type = "button";
      remove.className = "ui-button ui-widget ui-corner-all ui-button-outlined remove-file";
      remove.textContent = list.getAttribute("data-remove");
      remove.setAttribute("aria-label", list.getAttribute("data-remove-named").replace("{0}", file.name));
      remove.addEventListener("click", function () {
        var rest = files.filter(function (f, i) { return i !== index; });
        if (setFiles(input, rest)) {
          render(picker, input, list);
          input.focus();
        }
      });
      item.appendChild(remove);
      list.appendChild(item);
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll(".file-picker"), function (picker) {
    var input = picker.querySelector("input[type=file]");
    var zone = picker.querySelector("[data-drop-zone]");
    var list = picker.querySelector(".chosen-files");
    if (!input || !zone || !list) {
      return;
    }
    input.addEventListener("change", function () { render(picker, input, list); });
    ["dragenter", "dragover"].forEach(function (type) {
      zone.addEventListener(type, function (event) {
        event.preventDefault();
        zone.classList.add("dragging");
      });
    });
    ["dragleave", "drop"].forEach(function (type) {
      zone.addEventListener(type, function () { zone.classList.remove("dragging"); });
    });
    zone.addEventListener("drop", function (event) {
      event.preventDefault();
      var dropped = Array.prototype.slice.call(event.dataTransfer.files || []);
      var kept = Array.prototype.slice.call(input.files || []);
      if (setFiles(input, kept.concat(dropped))) {
        render(picker, input, list);
      }
    });
  });
})();
