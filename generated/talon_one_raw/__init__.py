"""A client library for accessing Talon.One Integration API (talon-async contract)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
