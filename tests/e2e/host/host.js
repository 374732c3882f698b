// What the tests read from the host page: the heights the embed script set, and any policy
// violation in the host page itself.
window.atlasHeights = [];
window.hostViolations = [];
document.addEventListener("alliance-atlas-height", (event) => window.atlasHeights.push(event.detail.height));
document.addEventListener("securitypolicyviolation", (event) =>
  window.hostViolations.push(`${event.violatedDirective}: ${event.blockedURI}`),
);
