from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ledger_info import LedgerInfo
    from ..models.loyalty_card_profile_registration import (
        LoyaltyCardProfileRegistration,
    )
    from ..models.loyalty_card_subledgers import LoyaltyCardSubledgers


T = TypeVar("T", bound="LoyaltyCard")


@_attrs_define
class LoyaltyCard:
    """A loyalty card and the profiles linked to it.

    Attributes:
        id (int):
        created (datetime.datetime):
        program_id (int):
        status (str):
        identifier (str):
        users_per_card_limit (int):
        program_name (str | Unset):
        program_title (str | Unset):
        block_reason (str | Unset):
        profiles (list[LoyaltyCardProfileRegistration] | Unset):
        ledger (LedgerInfo | Unset): Balances of one loyalty ledger.
        subledgers (LoyaltyCardSubledgers | Unset):
        modified (datetime.datetime | Unset):
        old_card_identifier (str | Unset):
        new_card_identifier (str | Unset):
        batch_id (str | Unset):
    """

    id: int
    created: datetime.datetime
    program_id: int
    status: str
    identifier: str
    users_per_card_limit: int
    program_name: str | Unset = UNSET
    program_title: str | Unset = UNSET
    block_reason: str | Unset = UNSET
    profiles: list[LoyaltyCardProfileRegistration] | Unset = UNSET
    ledger: LedgerInfo | Unset = UNSET
    subledgers: LoyaltyCardSubledgers | Unset = UNSET
    modified: datetime.datetime | Unset = UNSET
    old_card_identifier: str | Unset = UNSET
    new_card_identifier: str | Unset = UNSET
    batch_id: str | Unset = UNSET
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

        program_id = self.program_id

        status = self.status

        identifier = self.identifier

        users_per_card_limit = self.users_per_card_limit

        program_name = self.program_name

        program_title = self.program_title

        block_reason = self.block_reason

        profiles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.profiles, Unset):
            profiles = []
            for profiles_item_data in self.profiles:
                profiles_item = profiles_item_data.to_dict()
                profiles.append(profiles_item)

        ledger: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ledger, Unset):
            ledger = self.ledger.to_dict()

        subledgers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subledgers, Unset):
            subledgers = self.subledgers.to_dict()

        modified: str | Unset = UNSET
        if not isinstance(self.modified, Unset):
            modified = self.modified.isoformat()

        old_card_identifier = self.old_card_identifier

        new_card_identifier = self.new_card_identifier

        batch_id = self.batch_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created": created,
                "programID": program_id,
                "status": status,
                "identifier": identifier,
                "usersPerCardLimit": users_per_card_limit,
            }
        )
        if program_name is not UNSET:
            field_dict["programName"] = program_name
        if program_title is not UNSET:
            field_dict["programTitle"] = program_title
        if block_reason is not UNSET:
            field_dict["blockReason"] = block_reason
        if profiles is not UNSET:
            field_dict["profiles"] = profiles
        if ledger is not UNSET:
            field_dict["ledger"] = ledger
        if subledgers is not UNSET:
            field_dict["subledgers"] = subledgers
        if modified is not UNSET:
            field_dict["modified"] = modified
        if old_card_identifier is not UNSET:
            field_dict["oldCardIdentifier"] = old_card_identifier
        if new_card_identifier is not UNSET:
            field_dict["newCardIdentifier"] = new_card_identifier
        if batch_id is not UNSET:
            field_dict["batchId"] = batch_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ledger_info import LedgerInfo
        from ..models.loyalty_card_profile_registration import (
            LoyaltyCardProfileRegistration,
        )
        from ..models.loyalty_card_subledgers import LoyaltyCardSubledgers

        d = dict(src_dict)
        id = d.pop("id")

        created = datetime.datetime.fromisoformat(d.pop("created"))

        program_id = d.pop("programID")

        status = d.pop("status")

        identifier = d.pop("identifier")

        users_per_card_limit = d.pop("usersPerCardLimit")

        program_name = d.pop("programName", UNSET)

        program_title = d.pop("programTitle", UNSET)

        block_reason = d.pop("blockReason", UNSET)

        _profiles = d.pop("profiles", UNSET)
        profiles: list[LoyaltyCardProfileRegistration] | Unset = UNSET
        if _profiles is not UNSET:
            profiles = []
            for profiles_item_data in _profiles:
                profiles_item = LoyaltyCardProfileRegistration.from_dict(
                    profiles_item_data
                )

                profiles.append(profiles_item)

        _ledger = d.pop("ledger", UNSET)
        ledger: LedgerInfo | Unset
        if isinstance(_ledger, Unset):
            ledger = UNSET
        else:
            ledger = LedgerInfo.from_dict(_ledger)

        _subledgers = d.pop("subledgers", UNSET)
        subledgers: LoyaltyCardSubledgers | Unset
        if isinstance(_subledgers, Unset):
            subledgers = UNSET
        else:
            subledgers = LoyaltyCardSubledgers.from_dict(_subledgers)

        _modified = d.pop("modified", UNSET)
        modified: datetime.datetime | Unset
        if isinstance(_modified, Unset):
            modified = UNSET
        else:
            modified = datetime.datetime.fromisoformat(_modified)

        old_card_identifier = d.pop("oldCardIdentifier", UNSET)

        new_card_identifier = d.pop("newCardIdentifier", UNSET)

        batch_id = d.pop("batchId", UNSET)

        loyalty_card = cls(
            id=id,
            created=created,
            program_id=program_id,
            status=status,
            identifier=identifier,
            users_per_card_limit=users_per_card_limit,
            program_name=program_name,
            program_title=program_title,
            block_reason=block_reason,
            profiles=profiles,
            ledger=ledger,
            subledgers=subledgers,
            modified=modified,
            old_card_identifier=old_card_identifier,
            new_card_identifier=new_card_identifier,
            batch_id=batch_id,
        )

        loyalty_card.additional_properties = d
        return loyalty_card

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
