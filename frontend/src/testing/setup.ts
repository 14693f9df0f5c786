// Vitest setup for unit tests (jsdom).
// jsdom does not implement scrolling; the router's scrollBehavior calls it on navigation.
window.scrollTo = () => {}
Element.prototype.scrollIntoView = function scrollIntoView() {}
