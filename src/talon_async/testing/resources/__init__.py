"""One module per resource of the Integration API; each registers its handlers by operationId.

`_handlers.registry()` imports every module here, so adding a module is all it takes.
"""
