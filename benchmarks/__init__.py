"""Throughput benchmarks: talon_async against raw HTTP clients, the generated code and the official SDK.

Run with ``make bench`` (full) or ``make bench-smoke`` (CI); see benchmarks/README.md.
"""
