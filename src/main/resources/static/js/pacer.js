// htmx requests carry Spring's CSRF token like the forms do.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// Parts marked data-swap-errors show the server's 400 answer (the part again, with each error next to its field)
// instead of htmx's default of dropping it. Here rather than in hx-on attributes: the pages' CSP allows no eval.
document.addEventListener('htmx:beforeSwap', function (event) {
  if (event.detail.xhr.status === 400 && event.target.closest('[data-swap-errors]')) {
    event.detail.shouldSwap = true;
    event.detail.isError = false;
  }
});
