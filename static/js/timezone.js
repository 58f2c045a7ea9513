// Timezone fields (select[data-timezone], accounts.forms.TimezoneField). Without this script the
// list works as it is, with the server's choice. With it:
// - data-timezone="default": the browser's own timezone is chosen, when the list has it;
// - data-timezone="suggest": the choice shown is kept, and the browser's timezone, if different,
//   is offered as a button;
// - a search box narrows the list to the zones whose name has every word typed.
(function () {
  "use strict";

  function normalize(text) {
    return text.toLowerCase().replace(/[_/]/g, " ").replace(/\s+/g, " ").trim();
  }

  function browserTimezone() {
    try {
      return Intl.DateTimeFormat().resolvedOptions().timeZone || "";
    } catch (error) {
      return "";
    }
  }

  function note(id, text) {
    var p = document.createElement("p");
    p.className = "form-text mb-1";
    p.id = id;
    p.textContent = text;
    return p;
  }

  function describe(select, id) {
    var ids = (select.getAttribute("aria-describedby") || "").split(" ").filter(Boolean);
    if (ids.indexOf(id) < 0) ids.push(id);
    select.setAttribute("aria-describedby", ids.join(" "));
  }

  function setUp(select) {
    var block = document.getElementById("div_" + select.id) || select.parentNode;
    var groups = Array.prototype.map.call(select.querySelectorAll("optgroup"), function (group) {
      return {
        label: group.label,
        options: Array.prototype.map.call(group.querySelectorAll("option"), function (option) {
          return { element: option, text: normalize(option.textContent + " " + option.value) };
        })
      };
    });
    var all = [];
    groups.forEach(function (group) { all = all.concat(group.options); });

    function optionFor(value) {
      for (var i = 0; i < all.length; i++) {
        if (all[i].element.value === value) return all[i].element;
      }
      return null;
    }

    // The browser's zone: chosen, or offered.
    var detected = optionFor(browserTimezone());
    var mode = select.getAttribute("data-timezone");
    if (detected && mode === "default") {
      select.value = detected.value;
      var picked = note(select.id + "_device", "Picked from this device’s settings: change it if it is wrong.");
      block.appendChild(picked);
      describe(select, picked.id);
    } else if (detected && mode === "suggest" && select.value !== detected.value) {
      var offer = note(select.id + "_device", "This device is set to " + detected.textContent + ".");
      offer.setAttribute("aria-live", "polite");
      var use = document.createElement("button");
      use.type = "button";
      use.className = "btn btn-outline-primary d-block mt-1";
      use.textContent = "Use " + detected.textContent;
      use.addEventListener("click", function () {
        select.value = detected.value;
        offer.textContent = detected.textContent + " is chosen.";
        select.focus();
      });
      offer.appendChild(use);
      block.appendChild(offer);
    }

    // The search box.
    var wrapper = document.createElement("div");
    wrapper.className = "mt-2";
    var label = document.createElement("label");
    label.className = "form-label";
    label.htmlFor = select.id + "_search";
    label.textContent = "Search the list";
    var search = document.createElement("input");
    search.type = "search";
    search.id = select.id + "_search";
    search.className = "form-control";
    search.autocomplete = "off";
    search.spellcheck = false;
    search.setAttribute("aria-controls", select.id);
    search.setAttribute("aria-describedby", select.id + "_search_hint " + select.id + "_status");
    var hint = note(select.id + "_search_hint", "Type a city or a region, such as Chicago or Manila: the list above keeps only the timezones that match.");
    var status = note(select.id + "_status", "");
    status.setAttribute("aria-live", "polite");
    wrapper.appendChild(label);
    wrapper.appendChild(search);
    wrapper.appendChild(hint);
    wrapper.appendChild(status);
    block.appendChild(wrapper);

    function show(matching) {
      var chosen = select.value;
      while (select.firstChild) select.removeChild(select.firstChild);
      groups.forEach(function (group) {
        var kept = group.options.filter(function (option) { return matching(option); });
        if (!kept.length) return;
        var optgroup = document.createElement("optgroup");
        optgroup.label = group.label;
        kept.forEach(function (option) { optgroup.appendChild(option.element); });
        select.appendChild(optgroup);
      });
      var still = optionFor(chosen);
      if (still && still.parentNode && still.parentNode.parentNode === select) {
        select.value = chosen;
      } else if (select.options.length) {
        select.selectedIndex = 0;
      }
    }

    search.addEventListener("input", function () {
      var query = normalize(search.value);
      if (!query) {
        show(function () { return true; });
        status.textContent = "";
        return;
      }
      var words = query.split(" ");
      var matches = all.filter(function (option) {
        return words.every(function (word) { return option.text.indexOf(word) >= 0; });
      });
      if (!matches.length) {
        show(function () { return true; });
        status.textContent = "No timezone matches “" + search.value.trim() + "”. Try a city, such as Chicago or Tokyo.";
        return;
      }
      show(function (option) { return matches.indexOf(option) >= 0; });
      var count = matches.length === 1 ? "1 timezone matches" : matches.length + " timezones match";
      status.textContent = count + " “" + search.value.trim() + "”: " +
        select.options[select.selectedIndex].textContent + " is chosen.";
    });
    // Enter picks from the narrowed list instead of sending the form.
    search.addEventListener("keydown", function (event) {
      if (event.key === "Enter") {
        event.preventDefault();
        select.focus();
      }
    });
  }

  document.querySelectorAll("select[data-timezone]").forEach(setUp);
})();
