// Small progressive enhancements; every form works without JavaScript.
(function () {
  "use strict";

  function toggle(selector, show) {
    document.querySelectorAll(selector).forEach(function (el) {
      el.hidden = !show;
    });
  }

  // Activity form: show the category split only when "Split across categories" is chosen,
  // and hide categories for units whose category the rules fix (a card is clinical, R-CMA-11).
  var category = document.getElementById("id_category");
  if (category) {
    var fixedUnits = (category.getAttribute("data-fixed-units") || "").split(" ");
    var units = document.querySelectorAll("input[name=unit]");
    var update = function () {
      var unit = document.querySelector("input[name=unit]:checked");
      var fixed = unit && fixedUnits.indexOf(unit.value) >= 0;
      var categoryBlock = document.getElementById("div_id_category");
      if (categoryBlock) categoryBlock.hidden = fixed;
      toggle(".js-category-split", !fixed && category.value === "split");
    };
    category.addEventListener("change", update);
    units.forEach(function (input) { input.addEventListener("change", update); });
    update();
  }

  // Credential form: the custom-program fields only matter for "Other".
  var program = document.getElementById("id_program");
  if (program) {
    var updateProgram = function () { toggle(".js-custom-program", program.value === "custom"); };
    program.addEventListener("change", updateProgram);
    updateProgram();
  }

  // After a failed submit, move focus to the error summary so screen readers announce it.
  var errors = document.getElementById("form-errors");
  if (errors) errors.focus();
})();
