// The queue from the keyboard: j and k move a visible mark down and up the requests (the focus goes
// to the row's reference, so that Enter opens it as a click would, and a screen reader reads it);
// Enter opens the marked request. Keys are left alone while one types, or with a modifier.
// Rows are looked up at each key: paging and filters draw the table again.
(function () {
  var MARK = "row-current";

  // On a phone the requests come first: the filters fold, one tap away.
  var filters = document.querySelector("details.queue-filters");
  if (filters && window.matchMedia("(max-width: 640px)").matches) {
    filters.open = false;
  }

  function rows() {
    return Array.prototype.slice.call(
      document.querySelectorAll("[id='queue:tickets_data'] > tr[data-ri]")
    );
  }

  function typing(target) {
    return (
      target &&
      (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT|BUTTON)$/.test(target.tagName))
    );
  }

  function mark(all, index) {
    all.forEach(function (row) {
      row.classList.remove(MARK);
    });
    var row = all[index];
    row.classList.add(MARK);
    var link = row.querySelector("a.ref");
    if (link) {
      link.focus();
    }
    row.scrollIntoView({ block: "nearest" });
  }

  document.addEventListener("keydown", function (event) {
    if (typing(event.target) || event.ctrlKey || event.metaKey || event.altKey) {
      return;
    }
    var all = rows();
    if (all.length === 0) {
      return;
    }
    var index = all.findIndex(function (row) {
      return row.classList.contains(MARK);
    });
    if (event.key === "j" || event.key === "k") {
      event.preventDefault();
      var next = event.key === "j" ? index + 1 : index - 1;
      mark(all, Math.max(0, Math.min(all.length - 1, index < 0 ? 0 : next)));
    } else if (event.key === "Enter" && index >= 0 && event.target.tagName !== "A") {
      var link = all[index].querySelector("a.ref");
      if (link) {
        event.preventDefault();
        link.click();
      }
    }
  });
})();
