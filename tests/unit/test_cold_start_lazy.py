"""Models are imported on first use (PEP 562), and every documented way to reach them still works.

The timing itself is a benchmark (`python -m benchmarks.cold_start`); these tests pin down the
behaviour that makes it fast, and that nothing users rely on broke.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run_fresh(code: str) -> str:
    """Run code in a fresh interpreter (modules already imported here would hide the effect)."""
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_import_talon_async_loads_no_model_module() -> None:
    out = run_fresh(
        """
        import sys
        import talon_async
        from talon_async import models
        print(sorted(m for m in sys.modules if m.startswith("talon_one_raw.models.")))
        """
    )
    assert out == "[]"


def test_reading_one_model_loads_only_what_it_needs() -> None:
    out = run_fresh(
        """
        import sys
        from talon_async import models
        models.CartItem
        print(len([m for m in sys.modules if m.startswith("talon_one_raw.models.")]))
        """
    )
    assert 1 <= int(out) < 10


def test_every_way_to_reach_a_model_gives_the_generated_class() -> None:
    import talon_one_raw.models as raw
    from talon_one_raw.models.cart_item import CartItem as generated

    from talon_async import models
    from talon_async.models import CartItem

    assert models.CartItem is CartItem is raw.CartItem is generated
    assert models.__all__ == raw.__all__
    assert len(models.__all__) > 200
    assert set(models.__all__) <= set(dir(models))
    assert set(raw.__all__) <= set(dir(raw))


def test_star_import_gives_every_model() -> None:
    namespace: dict[str, object] = {}
    exec("from talon_async.models import *", namespace)
    from talon_async import models

    assert set(models.__all__) <= set(namespace)


@pytest.mark.parametrize("module", ["talon_async.models", "talon_one_raw.models"])
def test_an_unknown_name_is_an_attribute_error(module: str) -> None:
    import importlib

    mod = importlib.import_module(module)
    with pytest.raises(AttributeError, match="CartItm"):
        _ = mod.CartItm
    with pytest.raises(ImportError):
        exec(f"from {module} import CartItm", {})


def test_mypy_strict_sees_every_model_and_rejects_a_misspelt_one(tmp_path: Path) -> None:
    """Static typing goes through the TYPE_CHECKING imports, not the PEP 562 hook."""
    mypy_api = pytest.importorskip("mypy.api")
    good = tmp_path / "uses_models.py"
    good.write_text(
        textwrap.dedent(
            """
            from talon_async import models
            from talon_async.models import IntegrationRequest

            def cart() -> models.CartItem:
                return models.CartItem(sku="OAT-1L", quantity=2)

            def request() -> IntegrationRequest:
                return IntegrationRequest(
                    customer_session=models.NewCustomerSessionV2(cart_items=[cart()])
                )

            count: int = models.CartItem(sku="x", quantity="two")
            """
        )
    )
    stdout, _stderr, status = mypy_api.run(
        [
            "--strict",
            "--config-file",
            str(ROOT / "pyproject.toml"),
            "--cache-dir",
            str(ROOT / ".mypy_cache"),
            str(good),
        ]
    )
    errors = [line for line in stdout.splitlines() if ": error:" in line]
    # Exactly the two deliberate mistakes: a str for an int field, a model for an int.
    assert status == 1, stdout
    assert len(errors) == 2, stdout
    assert all("uses_models.py:13:" in line for line in errors), stdout

    bad = tmp_path / "misspelt.py"
    bad.write_text("from talon_async import models\n\nx = models.CartItm\n")
    stdout, _stderr, status = mypy_api.run(
        [
            "--strict",
            "--config-file",
            str(ROOT / "pyproject.toml"),
            "--cache-dir",
            str(ROOT / ".mypy_cache"),
            str(bad),
        ]
    )
    assert status == 1 and 'has no attribute "CartItm"' in stdout, stdout


def test_opentelemetry_is_not_imported_by_talon_async_or_its_calls() -> None:
    """The OTel hooks look for an already imported opentelemetry; they never import it."""
    out = run_fresh(
        """
        import asyncio, socket, sys
        from talon_async import RetryPolicy, TalonClient, errors

        with socket.socket() as sock:  # a port where nothing listens
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]

        async def main():
            async with TalonClient("k", base_url=f"http://127.0.0.1:{port}",
                                   retry=RetryPolicy.none()) as talon:
                try:
                    await talon.customer_sessions.get_customer_session("s-1")
                except errors.TalonConnectionError:
                    pass

        asyncio.run(main())
        print(sorted(m for m in sys.modules if m.startswith("opentelemetry")))
        """
    )
    assert out == "[]"
