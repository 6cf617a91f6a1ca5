"""The web pages: an adapter beside the API routers (docs/web.md).

Kept empty so that `app.web.urls` (imported by the mail code) loads nothing else.
"""
