// The snippet of docs/embedding.md: size the frame to the height the atlas asks for.
window.atlasHeights = [];
window.addEventListener("message", (event) => {
  const frame = document.getElementById("atlas");
  if (event.source !== frame.contentWindow) return;
  const data = event.data;
  if (data && data.type === "alliance-atlas:height" && Number.isFinite(data.height)) {
    window.atlasHeights.push(data.height);
    frame.style.height = `${data.height}px`;
  }
});
