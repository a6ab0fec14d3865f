"""Asyncio-first client for the Talon.One Integration API."""
