"""Dependencies on what the application holds for its lifetime."""

from typing import Annotated

from fastapi import Depends, Request

from app.config import Settings


def app_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


AppSettings = Annotated[Settings, Depends(app_settings)]
