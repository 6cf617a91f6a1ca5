"""HTTP for a municipality's signal values of the key ratios."""

from fastapi import APIRouter

from app.auth.dependencies import Beheerder, Municipal
from app.core.db import DbSession
from app.iv3 import service
from app.iv3.schemas import SignaalwaardenInput, SignaalwaardenRead

router = APIRouter(prefix="/kengetal-signaalwaarden", tags=["Iv3"])


@router.get("", response_model=SignaalwaardenRead)
async def get_kengetal_signaalwaarden(
    session: DbSession, principal: Municipal
) -> SignaalwaardenRead:
    """Your municipality's bounds of the categories A, B and C per key ratio; where you set
    none, the defaults of the Gemeenschappelijk financieel toezichtkader 2020 (e.g. netto
    schuldquote C above 130 %, solvabiliteitsratio C below 20 %). Category C is red on the
    key ratios of a party."""
    return await service.get_signal_values(session, principal)


@router.put("", response_model=SignaalwaardenRead)
async def put_kengetal_signaalwaarden(
    session: DbSession, beheerder: Beheerder, body: SignaalwaardenInput
) -> SignaalwaardenRead:
    """Set your municipality's own bounds (beheerder; private to your municipality). The list
    replaces the bounds set before; key ratios left out take the defaults again. For a ratio
    where higher is worse `grensC` is at least `grensA`, where lower is worse at most."""
    return await service.put_signal_values(session, beheerder, body)
