"""The browser session: a server-side row per signed-in browser, found by a signed cookie."""
