"""The main menu: which page areas a role sees. Page areas add their entry to `MENU` in
app/web/pages/__init__.py."""

from dataclasses import dataclass

from app.auth.roles import Rol


@dataclass(frozen=True)
class MenuEntry:
    label: str
    path: str
    roles: frozenset[Rol]


@dataclass(frozen=True)
class MenuItem:
    label: str
    href: str
    current: bool


def menu_for(entries: list[MenuEntry], rol: Rol | None, path: str) -> list[MenuItem]:
    """The entries for this role; the one whose area holds `path` is current (the longest
    matching prefix, so `/` is current only on the overview itself)."""
    visible = [entry for entry in entries if rol is not None and rol in entry.roles]
    current = max(
        (e for e in visible if path == e.path or (e.path != "/" and path.startswith(e.path))),
        key=lambda e: len(e.path),
        default=None,
    )
    return [MenuItem(e.label, e.path, e is current) for e in visible]
