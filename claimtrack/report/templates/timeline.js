(function () {
  "use strict";
  var form = document.getElementById("filters");
  var entries = Array.prototype.slice.call(document.querySelectorAll("article.entry"));
  var shown = document.getElementById("shown");
  var header = document.querySelector("header.page");

  function has(list, value) {
    return !value || JSON.parse(list).indexOf(value) >= 0;
  }

  function apply() {
    var statuses = Array.prototype.map.call(form.querySelectorAll("input[name=status]:checked"),
                                            function (box) { return box.value; });
    var outlet = form.elements.outlet.value;
    var language = form.elements.language.value;
    var count = 0;
    entries.forEach(function (entry) {
      var keep = statuses.indexOf(entry.dataset.status) >= 0 &&
                 has(entry.dataset.outlets, outlet) && has(entry.dataset.languages, language);
      entry.hidden = !keep;
      if (keep) { count += 1; }
    });
    shown.textContent = String(count);
  }

  function stickBelowHeader() {
    document.documentElement.style.setProperty("--header-height", header.offsetHeight + "px");
  }

  form.addEventListener("change", apply);
  window.addEventListener("resize", stickBelowHeader);
  stickBelowHeader();
  apply();
}());
