"""The five roles of API.md."""

from enum import StrEnum


class Rol(StrEnum):
    BEHEERDER = "beheerder"
    MT = "mt"
    REGIEVOERDER = "regievoerder"
    LEZER = "lezer"
    PARTNER = "partner"


MUNICIPAL_ROLES = frozenset({Rol.BEHEERDER, Rol.MT, Rol.REGIEVOERDER, Rol.LEZER})
ALL_ROLES = frozenset(Rol)
