"""Sign-on with the municipality's own identity provider (OpenID Connect).

API calls may carry a JWT access token of a trusted issuer instead of an opaque token
(`validation.py`, mapped to an existing account by `accounts.py`); people sign in in the
browser with the authorization code flow (`browser.py`). Issuers come from the settings and
from the table `oidc_uitgevers` (`vpmonitor oidc add`), see `issuers.py`.
"""
