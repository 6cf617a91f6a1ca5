"""The page areas, included from here in this order, and the main menu.

A new page area: a module here with `router = page_router()` (app/web/routing.py), its
templates in app/web/templates/<area>/, a line in `ROUTERS` and, when people navigate to it,
an entry in `MENU`. docs/web.md, "How to add a page".
"""

from fastapi import APIRouter

from app.auth.roles import MUNICIPAL_ROLES, Rol
from app.web.navigation import MenuEntry
from app.web.pages import (
    aanmelden,
    apidocs,
    beheer,
    beheer_partijen,
    dossier,
    evaluaties,
    overzicht,
    partijen,
    partner,
    partner_aanleveren,
    partner_begroting,
    risicos,
    rondes,
    verbeterplan,
    verbeterplan_import,
    voortgang,
    voortgang_versies,
)

ROUTERS: list[APIRouter] = [
    aanmelden.router,
    overzicht.router,
    partner.router,
    partijen.router,
    voortgang.router,
    voortgang_versies.router,
    rondes.router,
    apidocs.router,
    beheer.router,
    beheer_partijen.router,
    partner_aanleveren.router,
    partner_begroting.router,
    risicos.router,
    evaluaties.router,
    dossier.router,
    verbeterplan.router,
    verbeterplan_import.router,
]

MENU: list[MenuEntry] = [
    MenuEntry("Overzicht", "/", MUNICIPAL_ROLES),
    MenuEntry("Rapportages", "/partner", frozenset({Rol.PARTNER})),
    MenuEntry("MT-rondes", "/rapportagerondes", frozenset({Rol.MT, Rol.BEHEERDER, Rol.LEZER})),
    MenuEntry("Verbeterplan", "/verbeterplan", MUNICIPAL_ROLES),
    MenuEntry("Beheer", "/beheer", frozenset({Rol.BEHEERDER})),
]
