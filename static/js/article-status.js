// Follows an article being read without reloading the page: asks the status endpoint every
// 5 seconds and writes the answer into the page's live region (screen readers announce it);
// reloads once, when the reading is over, to show the text and its claims. Without this
// script the page offers a "Check again" link instead.
(function () {
  "use strict";
  var region = document.querySelector("[data-status-url]");
  if (!region) return;
  var badge = region.querySelector(".status");
  var note = region.querySelector(".muted");
  var shown = badge.textContent;

  if (note) note.textContent = "Claims appear when the reading is done; this page follows it.";

  function check() {
    fetch(region.dataset.statusUrl, { headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (article) {
        if (!article) return setTimeout(check, 5000);
        if (article.label !== shown) {
          shown = article.label;
          badge.className = "status status-" + article.status;
          badge.textContent = article.label;
        }
        if (article.in_progress) return setTimeout(check, 5000);
        if (note) note.textContent = "Showing the claims…";
        window.location.reload();
      })
      .catch(function () { setTimeout(check, 5000); });
  }

  setTimeout(check, 5000);
})();
