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

  // A form that changes something is sent once: its buttons are disabled while it is being sent
  // (the server also ignores a repeat, see views.submitted_once). The clicked button's name and
  // value travel in a hidden copy, since a disabled button is not sent.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if ((form.getAttribute("method") || "get").toLowerCase() !== "post") return;
    if (form.getAttribute("data-submitting")) {
      event.preventDefault();
      return;
    }
    form.setAttribute("data-submitting", "true");
    form.setAttribute("aria-busy", "true");
    var submitter = event.submitter;
    if (submitter && submitter.name) {
      var copy = document.createElement("input");
      copy.type = "hidden";
      copy.name = submitter.name;
      copy.value = submitter.value;
      form.appendChild(copy);
    }
    form.querySelectorAll("button[type=submit], button:not([type]), input[type=submit]").forEach(function (button) {
      button.disabled = true;
    });
  });
  // Back to a page the browser kept in memory: its buttons work again.
  window.addEventListener("pageshow", function (event) {
    if (!event.persisted) return;
    document.querySelectorAll("form[data-submitting]").forEach(function (form) {
      form.removeAttribute("data-submitting");
      form.removeAttribute("aria-busy");
      form.querySelectorAll("button, input[type=submit]").forEach(function (button) { button.disabled = false; });
    });
  });

  // Certificate inbox: files dragged onto the form are the files it sends (the file input works
  // without this, and on phones).
  var zone = document.querySelector("[data-drop-zone]");
  if (zone) {
    var filesInput = zone.querySelector("input[type=file][multiple]");
    var said = zone.querySelector("[data-drop-status]");
    ["dragenter", "dragover"].forEach(function (name) {
      zone.addEventListener(name, function (event) {
        event.preventDefault();
        zone.classList.add("is-dragging");
      });
    });
    ["dragleave", "drop"].forEach(function (name) {
      zone.addEventListener(name, function (event) {
        event.preventDefault();
        zone.classList.remove("is-dragging");
      });
    });
    zone.addEventListener("drop", function (event) {
      var files = event.dataTransfer && event.dataTransfer.files;
      if (!files || !files.length || !filesInput) return;
      filesInput.files = files;
      if (said) said.textContent = files.length + (files.length === 1 ? " file" : " files") + " ready: press “Add to the inbox”.";
    });
  }

  // After a failed submit, move focus to the error summary so screen readers announce it.
  var errors = document.getElementById("form-errors");
  if (errors) errors.focus();
})();
