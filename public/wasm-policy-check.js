// Alliance Atlas: runs before the atlas's start-up script. If the page's Content-Security-Policy
// refuses to compile WebAssembly (its script-src has no 'wasm-unsafe-eval'), the atlas cannot
// start: say so in the page, naming the directive and the fix, instead of leaving it blank.
// A host site usually causes this by sending its own site-wide policy header with the atlas's
// pages too. A plain file (no inline code), so that it runs under the strictest policy.
(function () {
  "use strict";

  var TEXTS = {
    en: {
      title: "Alliance Atlas cannot start on this page",
      body: "The site's Content-Security-Policy does not allow WebAssembly, which the atlas is made of. The directive that refused it:",
      fix: "The site's editors can fix it by adding 'wasm-unsafe-eval' to that directive for the atlas's pages (it allows compiling WebAssembly only, not JavaScript eval):",
    },
    it: {
      title: "Alliance Atlas non può avviarsi in questa pagina",
      body: "La Content-Security-Policy del sito non consente WebAssembly, di cui l'atlante è fatto. La direttiva che lo ha rifiutato:",
      fix: "I redattori del sito possono rimediare aggiungendo 'wasm-unsafe-eval' a quella direttiva per le pagine dell'atlante (consente solo di compilare WebAssembly, non l'eval di JavaScript):",
    },
    de: {
      title: "Alliance Atlas kann auf dieser Seite nicht starten",
      body: "Die Content-Security-Policy der Website erlaubt kein WebAssembly, aus dem der Atlas besteht. Die Direktive, die es abgelehnt hat:",
      fix: "Die Redaktion der Website kann das beheben, indem sie dieser Direktive für die Seiten des Atlas 'wasm-unsafe-eval' hinzufügt (das erlaubt nur das Kompilieren von WebAssembly, kein JavaScript-eval):",
    },
    fr: {
      title: "Alliance Atlas ne peut pas démarrer sur cette page",
      body: "La Content-Security-Policy du site n'autorise pas WebAssembly, dont l'atlas est fait. La directive qui l'a refusé :",
      fix: "Les éditeurs du site peuvent corriger cela en ajoutant 'wasm-unsafe-eval' à cette directive pour les pages de l'atlas (cela permet seulement de compiler du WebAssembly, pas l'eval de JavaScript) :",
    },
  };

  function language() {
    var asked = new URLSearchParams(location.search).get("lang") || navigator.language || "en";
    var code = asked.slice(0, 2).toLowerCase();
    return TEXTS[code] ? code : "en";
  }

  function paragraph(text, className) {
    var p = document.createElement("p");
    p.textContent = text;
    if (className) p.className = className;
    return p;
  }

  function show(directive, policy) {
    var lang = language();
    var t = TEXTS[lang];
    var box = document.getElementById("boot-message");
    if (!box) {
      box = document.createElement("div");
      box.id = "boot-message";
      document.body.appendChild(box);
    }
    // The atlas will not start: its first picture (index.html) gives way to the message.
    var picture = document.getElementById("first-picture");
    if (picture) picture.remove();
    box.className = "boot-message boot-message-now";
    box.setAttribute("role", "alert");
    box.setAttribute("lang", lang);
    box.textContent = "";
    var heading = document.createElement("h1");
    heading.textContent = t.title;
    box.appendChild(heading);
    box.appendChild(paragraph(t.body));
    var refused = document.createElement("p");
    var code = document.createElement("code");
    code.textContent = directive;
    refused.appendChild(code);
    box.appendChild(refused);
    box.appendChild(paragraph(t.fix));
    var fixed = document.createElement("p");
    var fixedCode = document.createElement("code");
    fixedCode.textContent = directive + " 'self' 'wasm-unsafe-eval'";
    fixed.appendChild(fixedCode);
    box.appendChild(fixed);
    if (policy) {
      var details = document.createElement("details");
      var summary = document.createElement("summary");
      summary.textContent = "Content-Security-Policy";
      details.appendChild(summary);
      var whole = document.createElement("code");
      whole.textContent = policy;
      details.appendChild(whole);
      box.appendChild(details);
    }
    if (window.console) {
      console.error(
        "Alliance Atlas: the Content-Security-Policy directive \"" + directive +
          "\" refuses to compile WebAssembly; add 'wasm-unsafe-eval' to it for the atlas's pages. Policy: " + policy,
      );
    }
  }

  /** In a frame, ask the host for room for the message (as the atlas asks for its own). */
  function askForHeight() {
    if (window.parent === window) return;
    var height = Math.ceil(document.documentElement.scrollHeight);
    window.parent.postMessage({ type: "alliance-atlas:height", height: height }, "*");
  }

  var shown = false;
  document.addEventListener("securitypolicyviolation", function (event) {
    var blocked = String(event.blockedURI || "");
    if (shown || (blocked !== "wasm-eval" && blocked.indexOf("wasm") === -1)) return;
    shown = true;
    var directive = event.effectiveDirective || event.violatedDirective || "script-src";
    var show_ = function () {
      show(directive, event.originalPolicy || "");
      askForHeight();
    };
    if (document.body) show_();
    else document.addEventListener("DOMContentLoaded", show_);
  });
})();
