// Signing out at the organisation's identity provider: follow the link at once (the page
// works without this script: the person presses the link).
(function () {
  var link = document.getElementById("afmelden-organisatie");
  if (link) {
    window.location.replace(link.href);
  }
})();
