from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_attributes import EventAttributes
    from ..models.ledger_entry import LedgerEntry
    from ..models.meta import Meta


T = TypeVar("T", bound="Event")


@_attrs_define
class Event:
    """A stored event.

    Attributes:
        id (int):
        created (datetime.datetime):
        application_id (int):
        type_ (str):
        attributes (EventAttributes):
        effects (list[list[Any]]):
        profile_id (str | Unset):
        store_integration_id (str | Unset):
        session_id (str | Unset):
        ledger_entries (list[LedgerEntry] | Unset):
        meta (Meta | Unset): Extra information about an evaluation.
        integration_id (str | Unset):
    """

    id: int
    created: datetime.datetime
    application_id: int
    type_: str
    attributes: EventAttributes
    effects: list[list[Any]]
    profile_id: str | Unset = UNSET
    store_integration_id: str | Unset = UNSET
    session_id: str | Unset = UNSET
    ledger_entries: list[LedgerEntry] | Unset = UNSET
    meta: Meta | Unset = UNSET
    integration_id: str | Unset = UNSET
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
        id = self.id

        created = self.created.isoformat()

        application_id = self.application_id

        type_ = self.type_

        attributes = self.attributes.to_dict()

        effects = []
        for effects_item_data in self.effects:
            effects_item = effects_item_data

            effects.append(effects_item)

        profile_id = self.profile_id

        store_integration_id = self.store_integration_id

        session_id = self.session_id

        ledger_entries: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.ledger_entries, Unset):
            ledger_entries = []
            for ledger_entries_item_data in self.ledger_entries:
                ledger_entries_item = ledger_entries_item_data.to_dict()
                ledger_entries.append(ledger_entries_item)

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        integration_id = self.integration_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created": created,
                "applicationId": application_id,
                "type": type_,
                "attributes": attributes,
                "effects": effects,
            }
        )
        if profile_id is not UNSET:
            field_dict["profileId"] = profile_id
        if store_integration_id is not UNSET:
            field_dict["storeIntegrationId"] = store_integration_id
        if session_id is not UNSET:
            field_dict["sessionId"] = session_id
        if ledger_entries is not UNSET:
            field_dict["ledgerEntries"] = ledger_entries
        if meta is not UNSET:
            field_dict["meta"] = meta
        if integration_id is not UNSET:
            field_dict["integrationId"] = integration_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.event_attributes import EventAttributes
        from ..models.ledger_entry import LedgerEntry
        from ..models.meta import Meta

        d = dict(src_dict)
        id = d.pop("id")

        created = datetime.datetime.fromisoformat(d.pop("created"))

        application_id = d.pop("applicationId")

        type_ = d.pop("type")

        attributes = EventAttributes.from_dict(d.pop("attributes"))

        effects = []
        _effects = d.pop("effects")
        for effects_item_data in _effects:
            effects_item = cast(list[Any], effects_item_data)

            effects.append(effects_item)

        profile_id = d.pop("profileId", UNSET)

        store_integration_id = d.pop("storeIntegrationId", UNSET)

        session_id = d.pop("sessionId", UNSET)

        _ledger_entries = d.pop("ledgerEntries", UNSET)
        ledger_entries: list[LedgerEntry] | Unset = UNSET
        if _ledger_entries is not UNSET:
            ledger_entries = []
            for ledger_entries_item_data in _ledger_entries:
                ledger_entries_item = LedgerEntry.from_dict(ledger_entries_item_data)

                ledger_entries.append(ledger_entries_item)

        _meta = d.pop("meta", UNSET)
        meta: Meta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = Meta.from_dict(_meta)

        integration_id = d.pop("integrationId", UNSET)

        event = cls(
            id=id,
            created=created,
            application_id=application_id,
            type_=type_,
            attributes=attributes,
            effects=effects,
            profile_id=profile_id,
            store_integration_id=store_integration_id,
            session_id=session_id,
            ledger_entries=ledger_entries,
            meta=meta,
            integration_id=integration_id,
        )

        event.additional_properties = d
        return event

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
