"""JSON -> the generated attrs models, fast, lenient where Talon.One evolves, strict elsewhere.

- Bodies are parsed with orjson; models are built lazily: a model keeps its raw dict and
  decodes a field the first time it is read, so fields the caller never touches cost nothing.
  The objects are instances of the generated classes (a slotted subclass per class), so
  isinstance checks, attribute access, `to_dict()`, equality and repr work as usual.
- Forward compatible: an unknown enum value stays a plain string (`UnknownValue`, a str);
  an unknown field goes to `additional_properties`; an unknown effect type keeps its props as
  a dict (`RawProps`).
- Strict on the contract: a missing required field or a value of the wrong type raises
  `errors.DecodeError` with the JSON path and the raw body, when that model or field is first
  read (required fields of a model are checked as soon as the model itself is read).
  `materialize()` (or `TalonClient(decode="eager")`) reads everything at once.
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
        return str(self)


class RawProps(dict[str, Any]):
    """Props of an effect type the spec does not define, kept as the raw mapping."""

    def to_dict(self) -> dict[str, Any]:
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


Decoder = Callable[[Any, str, Context], Any]


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


def _scalar(check: Callable[[Any], bool], expected: str) -> Decoder:
    def run(value: Any, path: str, ctx: Context) -> Any:
        if check(value):
            return value
        raise ctx.error(f"expected {expected}, got {_type_name(value)}", path)

    return run


def _datetime(value: Any, path: str, ctx: Context) -> datetime.datetime:
    if isinstance(value, str):
        try:
            return datetime.datetime.fromisoformat(value)
        except ValueError:
            try:
                return isoparse(value)
            except (ValueError, OverflowError, TypeError):
                pass
    raise ctx.error(
        f"expected an ISO 8601 date-time, got {_type_name(value)} {str(value)[:40]!r}", path
    )


def _date(value: Any, path: str, ctx: Context) -> datetime.date:
    if isinstance(value, str):
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            pass
    raise ctx.error(f"expected an ISO 8601 date, got {_type_name(value)}", path)


def _uuid(value: Any, path: str, ctx: Context) -> uuid.UUID:
    if isinstance(value, str):
        try:
            return uuid.UUID(value)
        except ValueError:
            pass
    raise ctx.error(f"expected a UUID, got {_type_name(value)}", path)


def _is_int(v: Any) -> bool:
    return type(v) is int


def _is_number(v: Any) -> bool:
    return type(v) is float or type(v) is int


_SCALARS: dict[str, Decoder] = {
    "str": _scalar(lambda v: type(v) is str, "a string"),
    "int": _scalar(_is_int, "an integer"),
    "float": _scalar(_is_number, "a number"),
    "bool": _scalar(lambda v: type(v) is bool, "a boolean"),
    "any": lambda value, path, ctx: value,
    "none": _scalar(lambda v: v is None, "null"),
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
        return _model_decoder(desc[1])
    if kind == "enum":
        return _enum_decoder(desc[1])
    if kind == "union":
        return _union_decoder(tuple(decoder_for(d) for d in desc[1]))
    raise AssertionError(f"unknown type description {desc!r}")


def _list_decoder(inner: Decoder) -> Decoder:
    def run(value: Any, path: str, ctx: Context) -> list[Any]:
        if type(value) is not list:
            raise ctx.error(f"expected an array, got {_type_name(value)}", path)
        return [inner(item, f"{path}[{i}]", ctx) for i, item in enumerate(value)]

    return run


def _union_decoder(options: tuple[Decoder, ...]) -> Decoder:
    def run(value: Any, path: str, ctx: Context) -> Any:
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

    def run(value: Any, path: str, ctx: Context) -> Any:
        if type(value) is str:
            member = known.get(value)
            return member if member is not None else UnknownValue(value)
        raise ctx.error(f"expected a string ({name}), got {_type_name(value)}", path)

    return run


def _model_decoder(name: str) -> Decoder:
    lazy_cls = lazy_class(name)

    def run(value: Any, path: str, ctx: Context) -> Any:
        if type(value) is not dict:
            raise ctx.error(f"expected an object ({name}), got {_type_name(value)}", path)
        return lazy_cls._talon_build(value, path, ctx)

    return run


def _effect_props(effect_raw: dict[str, Any], value: Any, path: str, ctx: Context) -> Any:
    """Effect.props as the *EffectProps model its effectType names, else the raw dict."""
    if type(value) is not dict:
        raise ctx.error(f"expected an object (effect props), got {_type_name(value)}", path)
    effect_type = effect_raw.get("effectType")
    model = spec_meta()["effect_props"].get(effect_type) if type(effect_type) is str else None
    if model is None:
        return RawProps(value)
    return decoder_for(("model", model))(value, path, ctx)


@cache
def lazy_class(name: str) -> Any:
    """A slotted subclass of the generated class whose fields decode on first read."""
    info = spec_meta()["models"][name]
    base = getattr(importlib.import_module(f"talon_one_raw.models.{info['module']}"), name)
    fields: dict[str, tuple[str, bool, Decoder]] = {
        py: (json_key, required, decoder_for(_key(desc)))
        for json_key, py, required, desc in info["fields"]
    }
    known_keys = frozenset(json_key for json_key, _, _, _ in info["fields"])
    required_keys = tuple(json_key for json_key, _, required, _ in info["fields"] if required)
    extra_decoder = decoder_for(_key(info["additional"])) if info["additional"] else None
    is_effect = name == "Effect"

    def _talon_build(cls: Any, raw: dict[str, Any], path: str, ctx: Context) -> Any:
        for key in required_keys:
            if key not in raw:
                raise ctx.error(f"missing required field {key!r} of {name}", path)
        obj = object.__new__(cls)
        object.__setattr__(obj, "_talon_raw", raw)
        object.__setattr__(obj, "_talon_path", path)
        object.__setattr__(obj, "_talon_ctx", ctx)
        return obj

    def __getattr__(self: Any, attr: str) -> Any:
        try:
            raw = object.__getattribute__(self, "_talon_raw")
        except AttributeError:
            raise AttributeError(attr) from None
        path = object.__getattribute__(self, "_talon_path")
        ctx = object.__getattribute__(self, "_talon_ctx")
        field = fields.get(attr)
        if field is not None:
            json_key, _required, dec = field
            if json_key not in raw:
                value = _UNSET
            elif is_effect and attr == "props":
                value = _effect_props(raw, raw[json_key], f"{path}.{json_key}", ctx)
            else:
                value = dec(raw[json_key], f"{path}.{json_key}", ctx)
        elif attr == "additional_properties":
            value = {}
            for key, item in raw.items():
                if key not in known_keys:
                    value[key] = (
                        extra_decoder(item, f"{path}.{key}", ctx) if extra_decoder else item
                    )
        else:
            raise AttributeError(f"{name!r} object has no attribute {attr!r}")
        object.__setattr__(self, attr, value)
        return value

    namespace = {
        "__slots__": ("_talon_ctx", "_talon_path", "_talon_raw"),
        "__getattr__": __getattr__,
        "_talon_build": classmethod(_talon_build),
        "__module__": base.__module__,
        "__qualname__": base.__qualname__,
        "__doc__": base.__doc__,
    }
    return type(name, (base,), namespace)


def materialize(obj: Any) -> Any:
    """Decode every field of a (lazily decoded) result now; raises DecodeError on the first bad one."""
    if isinstance(obj, list):
        for item in obj:
            materialize(item)
    elif isinstance(obj, dict):
        for item in obj.values():
            materialize(item)
    elif attrs.has(type(obj)):
        for attribute in attrs.fields(type(obj)):
            materialize(getattr(obj, attribute.name))
    return obj
