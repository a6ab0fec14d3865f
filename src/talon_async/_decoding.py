"""JSON -> the generated attrs models, fast, lenient where Talon.One evolves, strict elsewhere.

- Bodies are parsed with orjson. Each model is an instance of a slotted subclass of its
  generated class (isinstance, attribute access, `to_dict()`, equality and repr work as usual),
  built by a function compiled once per class: scalar fields (str, int, float, bool) are
  type-checked and stored at once; nested models, lists, enums, dates and UUIDs are decoded the
  first time they are read, so parts of a response the caller never touches cost nothing.
- Forward compatible: an unknown enum value stays a plain string (`UnknownValue`, a str);
  an unknown field goes to `additional_properties`; an unknown effect type keeps its props as
  a dict (`RawProps`).
- Strict on the contract: a missing required field or a value of the wrong type raises
  `errors.DecodeError` with the JSON path and the raw body, when the model holding it is first
  read. `materialize()` (or `TalonClient(decode="eager")`) reads everything at once.
"""

from __future__ import annotations

import datetime
import importlib
import uuid
from collections.abc import Callable
from enum import Enum
from functools import cache
from typing import Any

import attrs
import orjson
from dateutil.parser import isoparse

from ._meta import spec_meta
from .errors import DecodeError

__all__ = ["RawProps", "UnknownValue", "decode", "materialize", "parse_json"]

_UNSET: Any = importlib.import_module("talon_one_raw.types").UNSET


class UnknownValue(str):
    """An enum value this client version does not know; behaves as the plain string."""

    __slots__ = ()

    @property
    def value(self) -> str:  # so generated to_dict() (`x.value`) keeps working
        """The value as received, like an enum member's `.value`."""
        return str(self)


class RawProps(dict[str, Any]):
    """Props of an effect type the spec does not define, kept as the raw mapping."""

    def to_dict(self) -> dict[str, Any]:
        """A plain dict copy, as the typed props' `to_dict()` gives."""
        return dict(self)


class Context:
    """What a DecodeError needs to say: the raw body, status and request."""

    __slots__ = ("method", "path", "raw_body", "status")

    def __init__(
        self, raw_body: bytes, status: int | None, method: str | None, path: str | None
    ) -> None:
        self.raw_body = raw_body
        self.status = status
        self.method = method
        self.path = path

    def error(self, message: str, json_path: str) -> DecodeError:
        return DecodeError(
            message,
            json_path=json_path,
            raw_body=self.raw_body,
            status=self.status,
            method=self.method,
            path=self.path,
        )


# A JSON path is built only when an error needs it: (parent path, key or index), recursively.
Path = Any
Decoder = Callable[[Any, Path, Context], Any]


def render_path(path: Path) -> str:
    parts: list[str] = []
    while isinstance(path, tuple):
        path, key = path
        parts.append(f"[{key}]" if isinstance(key, int) else f".{key}")
    return str(path) + "".join(reversed(parts))


def _fail(ctx: Context, message: str, path: Path) -> DecodeError:
    return ctx.error(message, render_path(path))


def parse_json(body: bytes, ctx: Context) -> Any:
    try:
        return orjson.loads(body)
    except orjson.JSONDecodeError as exc:
        raise ctx.error(f"response body is not valid JSON ({exc.msg})", "$") from None


def decode(type_desc: Any, data: Any, ctx: Context) -> Any:
    """Decode parsed JSON into the type described by spec_meta (a model, list, scalar...)."""
    return decoder_for(_key(type_desc))(data, "$", ctx)


def _key(desc: Any) -> Any:
    """A hashable form of a type description, for caching compiled decoders."""
    if isinstance(desc, list):
        return tuple(_key(x) for x in desc)
    return desc


def _type_name(value: Any) -> str:
    return "null" if value is None else type(value).__name__


# Scalars: checked with `type(v) is T` (bool is not an int here; an int is a valid number).
_SCALAR_CHECKS = {
    "str": ("type(v) is str", "a string"),
    "int": ("type(v) is int", "an integer"),
    "float": ("(type(v) is float or type(v) is int)", "a number"),
    "bool": ("type(v) is bool", "a boolean"),
}


def _scalar(kind: str) -> Decoder:
    check, expected = _SCALAR_CHECKS[kind]
    namespace: dict[str, Any] = {"_fail": _fail, "_type_name": _type_name}
    exec(  # code built from the constants above only
        f"def run(v, path, ctx):\n"
        f"    if {check}:\n"
        f"        return v\n"
        f"    raise _fail(ctx, 'expected {expected}, got ' + _type_name(v), path)\n",
        namespace,
    )
    run: Decoder = namespace["run"]
    return run


def _none(value: Any, path: Path, ctx: Context) -> None:
    if value is None:
        return None
    raise _fail(ctx, f"expected null, got {_type_name(value)}", path)


def _datetime(value: Any, path: Path, ctx: Context) -> datetime.datetime:
    if isinstance(value, str):
        try:
            return datetime.datetime.fromisoformat(value)
        except ValueError:
            try:
                return isoparse(value)
            except (ValueError, OverflowError, TypeError):
                pass
    raise _fail(ctx, f"expected an ISO 8601 date-time, got {_type_name(value)}", path)


def _date(value: Any, path: Path, ctx: Context) -> datetime.date:
    if isinstance(value, str):
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            pass
    raise _fail(ctx, f"expected an ISO 8601 date, got {_type_name(value)}", path)


def _uuid(value: Any, path: Path, ctx: Context) -> uuid.UUID:
    if isinstance(value, str):
        try:
            return uuid.UUID(value)
        except ValueError:
            pass
    raise _fail(ctx, f"expected a UUID, got {_type_name(value)}", path)


def _any(value: Any, path: Path, ctx: Context) -> Any:
    return value


_SCALARS: dict[str, Decoder] = {
    **{kind: _scalar(kind) for kind in _SCALAR_CHECKS},
    "any": _any,
    "none": _none,
    "datetime": _datetime,
    "date": _date,
    "uuid": _uuid,
}


@cache
def decoder_for(desc: Any) -> Decoder:
    if isinstance(desc, str):
        return _SCALARS[desc]
    kind = desc[0]
    if kind == "list":
        return _list_decoder(decoder_for(desc[1]))
    if kind == "model":
        return _model_builder(desc[1])
    if kind == "enum":
        return _enum_decoder(desc[1])
    if kind == "union":
        return _union_decoder(tuple(decoder_for(d) for d in desc[1]))
    raise AssertionError(f"unknown type description {desc!r}")


def _list_decoder(inner: Decoder) -> Decoder:
    def run(value: Any, path: Path, ctx: Context) -> list[Any]:
        if type(value) is not list:
            raise _fail(ctx, f"expected an array, got {_type_name(value)}", path)
        return [inner(item, (path, i), ctx) for i, item in enumerate(value)]

    return run


def _union_decoder(options: tuple[Decoder, ...]) -> Decoder:
    def run(value: Any, path: Path, ctx: Context) -> Any:
        first: DecodeError | None = None
        for option in options:
            try:
                return option(value, path, ctx)
            except DecodeError as exc:
                first = first or exc
        assert first is not None
        raise first

    return run


def _enum_decoder(name: str) -> Decoder:
    info = spec_meta()["enums"][name]
    cls: type[Enum] = getattr(
        importlib.import_module(f"talon_one_raw.models.{info['module']}"), name
    )
    known = {member.value: member for member in cls}

    def run(value: Any, path: Path, ctx: Context) -> Any:
        if type(value) is str:
            member = known.get(value)
            return member if member is not None else UnknownValue(value)
        raise _fail(ctx, f"expected a string ({name}), got {_type_name(value)}", path)

    return run


@cache
def _props_builders() -> dict[str, Decoder]:
    return {
        effect_type: decoder_for(("model", model))
        for effect_type, model in spec_meta()["effect_props"].items()
    }


def _effect_props(effect_raw: dict[str, Any], value: Any, path: Path, ctx: Context) -> Any:
    """Effect.props as the *EffectProps model its effectType names, else the raw dict."""
    effect_type = effect_raw.get("effectType")
    build = _props_builders().get(effect_type) if type(effect_type) is str else None
    if build is not None:
        return build(value, path, ctx)
    if type(value) is not dict:
        raise _fail(ctx, f"expected an object (effect props), got {_type_name(value)}", path)
    return RawProps(value)


@cache
def _model_builder(name: str) -> Decoder:
    """Compile `build(raw, path, ctx)` for one model: checks, scalars now, the rest on read."""
    cls = lazy_class(name)
    info = spec_meta()["models"][name]
    lines = [
        "def build(raw, path, ctx):",
        "    if type(raw) is not dict:",
        f"        raise _fail(ctx, 'expected an object ({name}), got ' + _type_name(raw), path)",
    ]
    namespace: dict[str, Any] = {
        "_fail": _fail,
        "_type_name": _type_name,
        "_new": object.__new__,
        "_cls": cls,
        "_UNSET": _UNSET,
    }
    for json_key, _py, required, _desc in info["fields"]:
        if required:
            key = repr(json_key)
            lines += [
                f"    if {key} not in raw:",
                f"        raise _fail(ctx, 'missing required field ' + {key!r} + ' of {name}', path)",
            ]
    lines += ["    obj = _new(_cls)", "    obj._talon_src = (raw, path, ctx)"]
    for json_key, py, _required, desc in info["fields"]:
        key = repr(json_key)
        if isinstance(desc, str) and desc in _SCALAR_CHECKS:
            check, expected = _SCALAR_CHECKS[desc]
            # `in` then a subscript: an absent field (half of them in a typical state) costs
            # one dict probe instead of a .get() call and a comparison.
            lines += [
                f"    if {key} in raw:",
                f"        v = raw[{key}]",
                f"        if not {check}:",
                f"            raise _fail(ctx, 'expected {expected}, got ' + _type_name(v), (path, {key}))",
                f"        obj.{py} = v",
                "    else:",
                f"        obj.{py} = _UNSET",
            ]
        elif desc == "any":
            lines.append(f"    obj.{py} = raw.get({key}, _UNSET)")
    if name == "Effect":
        # Props are an effect's payload and nearly every caller reads them: decoding them with
        # the effect is cheaper than the first-read path (measured: ~1 us per effect saved).
        namespace["_effect_props"] = _effect_props
        lines.append("    obj.props = _effect_props(raw, raw['props'], (path, 'props'), ctx)")
    lines.append("    return obj")
    exec("\n".join(lines), namespace)  # code built from spec_meta field names
    build: Decoder = namespace["build"]
    return build


@cache
def lazy_class(name: str) -> Any:
    """A slotted subclass of the generated class whose non-scalar fields decode on first read."""
    info = spec_meta()["models"][name]
    base = getattr(importlib.import_module(f"talon_one_raw.models.{info['module']}"), name)
    lazy_fields: dict[str, tuple[str, Any]] = {
        py: (json_key, desc) for json_key, py, _required, desc in info["fields"]
    }
    decoders: dict[str, Decoder] = {}
    known_keys = frozenset(json_key for json_key, _, _, _ in info["fields"])
    additional = info["additional"]
    is_effect = name == "Effect"

    def __getattr__(self: Any, attr: str) -> Any:
        if attr == "_talon_src":
            raise AttributeError(attr)  # built by the generated __init__, not by us
        raw, path, ctx = self._talon_src
        field = lazy_fields.get(attr)
        if field is not None:
            json_key, desc = field
            if json_key not in raw:
                value = _UNSET
            elif is_effect and attr == "props":
                value = _effect_props(raw, raw[json_key], (path, json_key), ctx)
            else:
                dec = decoders.get(attr)
                if dec is None:
                    dec = decoders[attr] = decoder_for(_key(desc))
                value = dec(raw[json_key], (path, json_key), ctx)
        elif attr == "additional_properties":
            extra = decoder_for(_key(additional)) if additional else None
            value = {}
            for key, item in raw.items():
                if key not in known_keys:
                    value[key] = extra(item, (path, key), ctx) if extra else item
        else:
            raise AttributeError(f"{name!r} object has no attribute {attr!r}")
        object.__setattr__(self, attr, value)
        return value

    def __repr__(self: Any) -> str:
        # A repr must not raise (tracebacks with locals, logging): show where decoding fails.
        try:
            return base.__repr__(self)  # type: ignore[no-any-return]
        except DecodeError as exc:
            return f"<{name}: undecodable at {exc.json_path}>"

    def __reduce__(self: Any) -> tuple[Any, ...]:
        # Pickled as the generated class with every field decoded: this subclass is made at
        # run time, so pickle could not find it by name.
        return (_unpickle_model, (base, base.__getstate__(self)))

    namespace = {
        "__slots__": ("_talon_src",),
        "__getattr__": __getattr__,
        "__repr__": __repr__,
        "__reduce__": __reduce__,
        "__module__": base.__module__,
        "__qualname__": base.__qualname__,
        "__doc__": base.__doc__,
    }
    return type(name, (base,), namespace)


def _unpickle_model(cls: type[Any], state: Any) -> Any:
    obj = object.__new__(cls)
    obj.__setstate__(state)
    return obj


def materialize(obj: Any) -> Any:
    """Decode every field of a (lazily decoded) result now; DecodeError on the first bad one.

    Walks with an explicit stack: free-form JSON (attributes, payloads) may nest deeper than
    Python's recursion limit.
    """
    stack = [obj]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            stack.extend(item.values())
        elif attrs.has(type(item)):
            stack.extend(getattr(item, attribute.name) for attribute in attrs.fields(type(item)))
    return obj
