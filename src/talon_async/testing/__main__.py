"""`python -m talon_async.testing`: the emulator on a port, for local development and demos."""

from __future__ import annotations

import argparse
import sys

from ._config_load import default_config, load_config
from ._server import serve


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m talon_async.testing",
        description="Offline emulator of the Talon.One Integration API.",
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=9000)
    parser.add_argument("--config", help="campaigns YAML (default: the built-in demo setup)")
    parser.add_argument("--api-key", help="the only accepted key (default: any non-empty key)")
    parser.add_argument(
        "--validate-responses",
        action="store_true",
        help="check every response against the spec (500 on a mismatch)",
    )
    parser.add_argument("--log-level", default="info")
    args = parser.parse_args(argv)
    config = load_config(args.config) if args.config else default_config()
    api_key = args.api_key if args.api_key is not None else config.api_key
    print(
        f"talon-async emulator on http://{args.host}:{args.port} "
        f"({len(config.campaigns)} campaigns; API key: "
        f"{'any' if api_key is None else 'as configured'})",
        file=sys.stderr,
    )
    serve(
        config,
        host=args.host,
        port=args.port,
        api_key=api_key,
        validate_responses=args.validate_responses,
        log_level=args.log_level,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
