from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import fields as _attrs_fields

from ..types import UNSET

T = TypeVar("T", bound="CodeGeneratorSettings")


@_attrs_define
class CodeGeneratorSettings:
    """How codes are generated.

    Attributes:
        valid_characters (list[str]):
        coupon_pattern (str):
    """

    valid_characters: list[str]
    coupon_pattern: str

    def __repr__(self) -> str:
        """The attrs repr of the fields that are set: UNSET ones were neither sent nor received."""
        shown = []
        for attribute in _attrs_fields(type(self)):
            value = getattr(self, attribute.name)
            if value is UNSET or (
                attribute.name == "additional_properties" and not value
            ):
                continue
            shown.append(f"{attribute.name}={value!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        valid_characters = self.valid_characters

        coupon_pattern = self.coupon_pattern

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "validCharacters": valid_characters,
                "couponPattern": coupon_pattern,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        valid_characters = cast(list[str], d.pop("validCharacters"))

        coupon_pattern = d.pop("couponPattern")

        code_generator_settings = cls(
            valid_characters=valid_characters,
            coupon_pattern=coupon_pattern,
        )

        return code_generator_settings
