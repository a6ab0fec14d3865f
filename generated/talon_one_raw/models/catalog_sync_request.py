from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.catalog_action_add import CatalogActionAdd
    from ..models.catalog_action_add_price_adjustment import (
        CatalogActionAddPriceAdjustment,
    )
    from ..models.catalog_action_patch import CatalogActionPatch
    from ..models.catalog_action_patch_many import CatalogActionPatchMany
    from ..models.catalog_action_remove import CatalogActionRemove
    from ..models.catalog_action_remove_many import CatalogActionRemoveMany


T = TypeVar("T", bound="CatalogSyncRequest")


@_attrs_define
class CatalogSyncRequest:
    """The steps of a catalog sync, applied in order.

    Attributes:
        actions (list[CatalogActionAdd | CatalogActionAddPriceAdjustment | CatalogActionPatch | CatalogActionPatchMany |
            CatalogActionRemove | CatalogActionRemoveMany]):
        version (int | Unset):
    """

    actions: list[
        CatalogActionAdd
        | CatalogActionAddPriceAdjustment
        | CatalogActionPatch
        | CatalogActionPatchMany
        | CatalogActionRemove
        | CatalogActionRemoveMany
    ]
    version: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        from ..models.catalog_action_add import CatalogActionAdd
        from ..models.catalog_action_patch import CatalogActionPatch
        from ..models.catalog_action_patch_many import CatalogActionPatchMany
        from ..models.catalog_action_remove import CatalogActionRemove
        from ..models.catalog_action_remove_many import CatalogActionRemoveMany

        actions = []
        for actions_item_data in self.actions:
            actions_item: dict[str, Any]
            if (
                isinstance(actions_item_data, CatalogActionAdd)
                or isinstance(actions_item_data, CatalogActionPatch)
                or isinstance(actions_item_data, CatalogActionPatchMany)
                or isinstance(actions_item_data, CatalogActionRemove)
                or isinstance(actions_item_data, CatalogActionRemoveMany)
            ):
                actions_item = actions_item_data.to_dict()
            else:
                actions_item = actions_item_data.to_dict()

            actions.append(actions_item)

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "actions": actions,
            }
        )
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.catalog_action_add import CatalogActionAdd
        from ..models.catalog_action_add_price_adjustment import (
            CatalogActionAddPriceAdjustment,
        )
        from ..models.catalog_action_patch import CatalogActionPatch
        from ..models.catalog_action_patch_many import CatalogActionPatchMany
        from ..models.catalog_action_remove import CatalogActionRemove
        from ..models.catalog_action_remove_many import CatalogActionRemoveMany

        d = dict(src_dict)
        actions = []
        _actions = d.pop("actions")
        for actions_item_data in _actions:

            def _parse_actions_item(
                data: object,
            ) -> (
                CatalogActionAdd
                | CatalogActionAddPriceAdjustment
                | CatalogActionPatch
                | CatalogActionPatchMany
                | CatalogActionRemove
                | CatalogActionRemoveMany
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_catalog_action_type_0 = (
                        CatalogActionAdd.from_dict(data)
                    )

                    return componentsschemas_catalog_action_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_catalog_action_type_1 = (
                        CatalogActionPatch.from_dict(data)
                    )

                    return componentsschemas_catalog_action_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_catalog_action_type_2 = (
                        CatalogActionPatchMany.from_dict(data)
                    )

                    return componentsschemas_catalog_action_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_catalog_action_type_3 = (
                        CatalogActionRemove.from_dict(data)
                    )

                    return componentsschemas_catalog_action_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_catalog_action_type_4 = (
                        CatalogActionRemoveMany.from_dict(data)
                    )

                    return componentsschemas_catalog_action_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_catalog_action_type_5 = (
                    CatalogActionAddPriceAdjustment.from_dict(data)
                )

                return componentsschemas_catalog_action_type_5

            actions_item = _parse_actions_item(actions_item_data)

            actions.append(actions_item)

        version = d.pop("version", UNSET)

        catalog_sync_request = cls(
            actions=actions,
            version=version,
        )

        catalog_sync_request.additional_properties = d
        return catalog_sync_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
