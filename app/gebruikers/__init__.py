"""Accounts: a municipality's people and partner systems, their tokens, the caller's profile."""
