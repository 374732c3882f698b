// Alliance Atlas: runs as soon as the first picture (#first-picture, the map of the bundled
// data drawn at build time by `atlas first-picture`) is in the page, before the WebAssembly
// arrives. It shows the part of the picture that is true for this link and says, in the link's
// language, that the atlas is loading. The app removes the whole picture when its live map has
// drawn (src/boot/first_picture.rs). A plain file (no inline code), for the strictest policy.
(function () {
  "use strict";

  var LOADING = {
    en: "Loading the interactive map…",
    it: "Caricamento della mappa interattiva…",
    de: "Die interaktive Karte wird geladen…",
    fr: "Chargement de la carte interactive…",
  };
  // Parameters that change nothing the picture shows (it has no names, no focus, no filter).
  var NEUTRAL = ["lang", "names", "interface", "scheme", "accent", "theme", "embed", "draw"];
  var DRAWS = ["hubs", "pairs"];

  var root = document.documentElement;
  var picture = document.getElementById("first-picture");
  if (!picture) return;
  // Opened from a file, the browser refuses the atlas's module script: the boot message says
  // what to do instead, at once (see index.html), not a picture that never comes alive.
  if (location.protocol === "file:") {
    picture.remove();
    return;
  }
  var params = new URLSearchParams(location.search);

  // The same languages, in the same order of preference, as the app (src/i18n/mod.rs).
  function language() {
    var asked = [params.get("lang") || ""].concat(navigator.languages || [], navigator.language || "");
    for (var i = 0; i < asked.length; i++) {
      var code = String(asked[i]).slice(0, 2).toLowerCase();
      if (LOADING[code]) return code;
    }
    return "en";
  }

  // The scheme the link asks for, as the app will set it (src/web/host_theme.rs), so the
  // picture's colours are the map's from the start.
  var scheme = params.get("scheme");
  if (scheme === "light" || scheme === "dark") root.setAttribute("data-scheme", scheme);
  var embed = params.get("embed");
  if (embed === "1" || embed === "true" || embed === "yes") picture.classList.add("first-picture-embed");

  var lang = language();
  var text = document.getElementById("first-picture-text");
  if (text) text.textContent = LOADING[lang];
  picture.setAttribute("lang", lang);

  // The graph is the one of the link only if the link asks for nothing else than this view.
  var draw = params.get("draw") || "hubs";
  var same = DRAWS.indexOf(draw) >= 0;
  params.forEach(function (_, name) {
    if (NEUTRAL.indexOf(name) < 0) same = false;
  });
  if (same) {
    picture.setAttribute("data-draw", draw);
    // For measuring (bench/): the map's picture is in the page, to be painted in the next frame.
    if (window.performance && performance.mark) performance.mark("atlas:first-picture");
  }
})();
