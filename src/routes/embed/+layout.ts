// Widgets are drawn on the server and enhanced by /embed/widget.js alone: the page stays
// small enough to drop into any article (under 50 KB of JavaScript).
export const csr = false;
