"""Look-ups and precondition checks shared by commands; each failure is a plain ValueError."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Protocol, TypeVar

from pydantic import BaseModel, ValidationError

from journeymapper.model import JourneyMap, LaneKind
from journeymapper.model.queries import all_ids


class _HasId(Protocol):
    @property
    def id(self) -> str: ...


T = TypeVar("T", bound=_HasId)


def find(items: Iterable[T], item_id: str, noun: str) -> T:
    for item in items:
        if item.id == item_id:
            return item
    raise ValueError(f"There is no {noun} with id {item_id!r}.")


def require_lane_kind(doc: JourneyMap, lane_id: str, kind: LaneKind) -> None:
    lane = find(doc.lanes, lane_id, "lane")
    if lane.kind is not kind:
        raise ValueError(f"Lane {lane_id!r} is not a {kind.value} lane.")


def require_new_ids(doc: JourneyMap, ids: Iterable[str]) -> None:
    """New items need ids that are unused in the document and among themselves."""
    taken = all_ids(doc)
    seen: set[str] = set()
    for item_id in ids:
        if item_id in taken or item_id in seen:
            raise ValueError(f"The id {item_id!r} is already in use.")
        seen.add(item_id)


def require_known(ids: Iterable[str], known: set[str], noun: str) -> None:
    for item_id in ids:
        if item_id not in known:
            raise ValueError(f"There is no {noun} with id {item_id!r}.")


def validate_field(model: type[BaseModel], name: str, value: Any) -> Any:
    """``value`` checked and converted as field ``name`` of ``model`` would be (e.g. "web" -> Channel.WEB)."""
    if name not in model.model_fields:
        raise ValueError(f"{model.__name__} has no field {name!r}.")
    probe = model.model_construct()
    try:
        model.__pydantic_validator__.validate_assignment(probe, name, value)
    except ValidationError as error:
        detail = error.errors()[0]["msg"]
        raise ValueError(f"Invalid {model.__name__.lower()} {name}: {detail}.") from None
    return getattr(probe, name)


def validate_fields(
    model: type[BaseModel], fields: Mapping[str, Any], allowed: Iterable[str]
) -> dict[str, Any]:
    """``fields`` validated; refuses any outside ``allowed`` (ids and positions have own commands)."""
    allowed = set(allowed)
    if not fields:
        raise ValueError("No fields to set.")
    for name in fields:
        if name not in allowed:
            raise ValueError(f"{model.__name__} field {name!r} cannot be set here.")
    return {name: validate_field(model, name, value) for name, value in fields.items()}
