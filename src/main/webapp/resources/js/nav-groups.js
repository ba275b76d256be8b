// The admin menu's groups (<details class="nav-group">) behave as one menu: opening one closes the
// others; Escape, or a click elsewhere, closes an open one (Escape gives the focus back to its name).
(function () {
  function groups() {
    return document.querySelectorAll("details.nav-group");
  }
  document.addEventListener(
    "toggle",
    function (event) {
      var opened = event.target;
      if (!opened.matches || !opened.matches("details.nav-group") || !opened.open) {
        return;
      }
      groups().forEach(function (group) {
        if (group !== opened) {
          group.open = false;
        }
      });
    },
    true
  );
  document.addEventListener("click", function (event) {
    groups().forEach(function (group) {
      if (group.open && !group.contains(event.target)) {
        group.open = false;
      }
    });
  });
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") {
      return;
    }
    groups().forEach(function (group) {
      if (group.open) {
        group.open = false;
        group.querySelector("summary").focus();
      }
    });
  });
})();
