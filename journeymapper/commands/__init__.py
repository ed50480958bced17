"""Every change to a document is a command: Qt-free, undoable, reporting what it changed."""

from journeymapper.commands.assets import AddAsset
from journeymapper.commands.base import Change, Command, Composite
from journeymapper.commands.cards import AddCards, CardMove, DuplicateCards, MoveCards, SetCardFields
from journeymapper.commands.clipboard import copy_fragment, paste_command
from journeymapper.commands.connectors import AddConnector, SetConnectorFields
from journeymapper.commands.curves import AddCurve, SetCurveFields, SetCurvePoint
from journeymapper.commands.lanes import AddLane, MoveLane, ResizeLane, SetLaneFields
from journeymapper.commands.map_fields import SetMapFields
from journeymapper.commands.metrics import AddMetric, SetMetricFields, SetMetricValue
from journeymapper.commands.personas import AddPersona, SetPersonaFields
from journeymapper.commands.removal import RemoveItems
from journeymapper.commands.stages import AddStage, MoveStage, ResizeStage, SetStageFields
from journeymapper.commands.votes import ClearVotes, SetVotes, vote_step

__all__ = [
    "Change", "Command", "Composite",
    "AddCards", "CardMove", "MoveCards", "SetCardFields", "DuplicateCards", "RemoveItems",
    "AddStage", "MoveStage", "ResizeStage", "SetStageFields",
    "AddLane", "MoveLane", "ResizeLane", "SetLaneFields", "SetMapFields",
    "AddPersona", "SetPersonaFields", "AddCurve", "SetCurvePoint", "SetCurveFields",
    "AddConnector", "SetConnectorFields", "AddMetric", "SetMetricFields", "SetMetricValue",
    "AddAsset", "copy_fragment", "paste_command", "SetVotes", "ClearVotes", "vote_step",
]
