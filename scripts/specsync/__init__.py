"""Follow Talon.One's published Integration API: the pieces behind scripts/sync_spec.py.

source   reads either published layout (SDK bundle file, docs-layout directory) through Redocly
facts    keeps the facts (paths, parameters, types, enums, required, status codes), drops prose
naming   gives the inline schemas stable component names
overlay  applies openapi/overlay.yaml (OpenAPI Overlay 1.0 subset) and our wording
report   classifies the changes and writes the Markdown report
"""
