"""The identity kernel: who is calling (principal, roles, token checks) and the dependencies
that check it. Knows no domain; account administration lives in `app.gebruikers`."""
