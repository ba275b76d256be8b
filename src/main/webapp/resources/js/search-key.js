// "/" puts the cursor in the page's own words box (an input marked data-search-key, as the queue's)
// or else in the header's search box, unless one is typing somewhere already.
document.addEventListener("keydown", function (event) {
  var target = event.target;
  var typing =
    target &&
    (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
  if (event.key !== "/" || typing || event.ctrlKey || event.metaKey || event.altKey) {
    return;
  }
  var box =
    document.querySelector("[data-search-key]") || document.getElementById("headerSearchBox");
  if (box) {
    event.preventDefault();
    var fold = box.closest("details");
    if (fold) {
      fold.open = true;
    }
    box.focus();
  }
});
