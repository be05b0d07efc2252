// Fills a speaker field's <datalist> with the speakers whose name or alias contains what is
// typed. Without it the field still works: the server looks the typed name up.
(function () {
  "use strict";
  document.querySelectorAll("datalist[data-suggest-url]").forEach(function (list) {
    var input = document.querySelector('input[list="' + list.id + '"]');
    if (!input) return;
    var initial = Array.prototype.slice.call(list.options).map(function (o) { return o.cloneNode(true); });
    var timer = null;
    var asked = "";

    function show(options) {
      list.replaceChildren.apply(list, options);
    }

    function suggest() {
      var text = input.value.trim();
      if (text === asked) return;
      asked = text;
      if (text.length < 2) {
        show(initial.map(function (o) { return o.cloneNode(true); }));
        return;
      }
      fetch(list.dataset.suggestUrl + "?q=" + encodeURIComponent(text), {
        headers: { Accept: "application/json" },
        credentials: "same-origin",
      })
        .then(function (response) { return response.ok ? response.json() : { speakers: [] }; })
        .then(function (data) {
          if (asked !== text) return; // a later keystroke has asked again
          show(data.speakers.map(function (speaker) {
            var option = document.createElement("option");
            option.value = speaker.slug;
            option.textContent = speaker.name + (speaker.description ? " — " + speaker.description : "");
            return option;
          }));
        })
        .catch(function () { /* offline: keep the suggestions there are */ });
    }

    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(suggest, 200);
    });
  });
})();
