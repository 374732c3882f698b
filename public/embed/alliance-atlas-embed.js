/*! Alliance Atlas embed script: https://example.eu/atlas/embed/alliance-atlas-embed.js
 *
 * For a host page, under its own Content-Security-Policy (no inline script or style needed):
 *
 *   <alliance-atlas src="/atlas/" region="ITC1" lang="it"></alliance-atlas>
 *   <script src="/atlas/embed/alliance-atlas-embed.js" defer></script>
 *
 * or, for a frame written by hand (or by a content management system):
 *
 *   <iframe data-alliance-atlas src="/atlas/?embed=1&region=ITC1&lang=it" title="..."
 *     sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox allow-downloads"></iframe>
 *   <script src="/atlas/embed/alliance-atlas-embed.js" defer></script>
 *
 * It makes the frame as wide as its container and as tall as the atlas asks (the atlas posts
 * { type: "alliance-atlas:height", height } to its parent; a message counts only if it comes
 * from that frame's window and from the origin the frame has), all through the CSS object
 * model, which a strict style-src allows. docs/embedding.md lists the attributes.
 */
(function () {
  "use strict";

  var HEIGHT_MESSAGE = "alliance-atlas:height";
  /** Before the atlas has said how tall it is. */
  var FIRST_HEIGHT_PX = 560;
  /** Heights outside this range are not the atlas's (a page is never taller). */
  var MIN_HEIGHT_PX = 120;
  var MAX_HEIGHT_PX = 100000;
  var SANDBOX = "allow-scripts allow-popups allow-popups-to-escape-sandbox allow-downloads";

  /** The custom element's attributes that become the atlas's link parameters. */
  var LINK_ATTRIBUTES = [
    "region", "with", "network", "only", "sectors", "kinds", "roles", "from", "to", "layout",
    "draw", "zoom", "center", "lang", "names", "view", "rows", "story", "step", "data",
    "theme", "accent", "scheme",
  ];

  /** The frame's accessible name when the page gives none (WCAG 4.1.2). */
  var TITLES = {
    en: "Alliance Atlas: map of the alliances between Europe's regions",
    it: "Alliance Atlas: mappa delle alleanze tra le regioni d'Europa",
    de: "Alliance Atlas: Karte der Allianzen zwischen Europas Regionen",
    fr: "Alliance Atlas : carte des alliances entre les régions d'Europe",
  };

  /** The frames this script looks after, with the origin their messages must come from. */
  var frames = [];

  function expectedOrigin(frame) {
    var url;
    try {
      url = new URL(frame.src, document.baseURI);
    } catch (e) {
      return null;
    }
    var tokens = (frame.getAttribute("sandbox") || "").split(/\s+/);
    // A frame sandboxed without allow-same-origin has an opaque origin: its messages say "null".
    if (frame.hasAttribute("sandbox") && tokens.indexOf("allow-same-origin") === -1) return "null";
    return url.origin;
  }

  function fit(frame) {
    var style = frame.style;
    style.display = "block";
    style.width = "100%";
    style.maxWidth = "100%";
    style.border = "0";
    if (!style.height) style.height = FIRST_HEIGHT_PX + "px";
  }

  function watch(frame) {
    for (var i = 0; i < frames.length; i++) if (frames[i] === frame) return;
    frames.push(frame);
    fit(frame);
  }

  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!data || data.type !== HEIGHT_MESSAGE) return;
    var height = Number(data.height);
    if (!isFinite(height) || height < MIN_HEIGHT_PX || height > MAX_HEIGHT_PX) return;
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (event.source !== frame.contentWindow) continue;
      if (event.origin !== expectedOrigin(frame)) return;
      frame.style.height = Math.ceil(height) + "px";
      frame.dispatchEvent(new CustomEvent("alliance-atlas-height", { detail: { height: height }, bubbles: true }));
      return;
    }
  });

  function languageOf(element) {
    var lang = element.getAttribute("lang") || document.documentElement.lang || "en";
    lang = lang.slice(0, 2).toLowerCase();
    return TITLES[lang] ? lang : "en";
  }

  /** The atlas's address for an <alliance-atlas> element. */
  function atlasAddress(element) {
    var base = element.getAttribute("src") || "./";
    var url = new URL(base, document.baseURI);
    var params = new URLSearchParams(element.getAttribute("params") || "");
    params.set("embed", "1");
    LINK_ATTRIBUTES.forEach(function (name) {
      var value = element.getAttribute(name);
      if (value !== null && value !== "") params.set(name, value);
    });
    url.search = params.toString();
    return url.href;
  }

  function defineElement() {
    if (!window.customElements || window.customElements.get("alliance-atlas")) return;

    class AllianceAtlas extends HTMLElement {
      static get observedAttributes() {
        return ["src", "params", "label"].concat(LINK_ATTRIBUTES);
      }

      connectedCallback() {
        this.style.display = "block";
        if (!this.frame) {
          var frame = document.createElement("iframe");
          var atlas = new URL(this.getAttribute("src") || "./", document.baseURI);
          // On the host's own origin, allow-same-origin would let the frame lift its sandbox;
          // on an origin of its own (atlas.region.eu) it is safe, and lets the atlas keep its
          // offline copy and browsers cache it once for every page of the site.
          var sandbox = SANDBOX + (atlas.origin !== location.origin ? " allow-same-origin" : "");
          frame.setAttribute("sandbox", sandbox);
          frame.setAttribute("loading", this.getAttribute("loading") || "lazy");
          frame.setAttribute("referrerpolicy", "no-referrer");
          this.frame = frame;
          this.appendChild(frame);
        }
        this.update();
        watch(this.frame);
      }

      attributeChangedCallback() {
        if (this.frame) this.update();
      }

      update() {
        var frame = this.frame;
        frame.setAttribute("title", this.getAttribute("label") || TITLES[languageOf(this)]);
        var address = atlasAddress(this);
        if (frame.getAttribute("src") !== address) frame.setAttribute("src", address);
      }
    }

    window.customElements.define("alliance-atlas", AllianceAtlas);
  }

  function watchHandWrittenFrames() {
    var found = document.querySelectorAll("iframe[data-alliance-atlas]");
    for (var i = 0; i < found.length; i++) watch(found[i]);
  }

  defineElement();
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", watchHandWrittenFrames);
  } else {
    watchHandWrittenFrames();
  }
})();
