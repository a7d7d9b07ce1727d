"""What a plugin says about itself: name, description and its settings schema."""

from dataclasses import dataclass, field
from typing import Any

FIELD_TYPES = ("text", "secret", "integer", "decimal", "boolean", "choice", "url")


@dataclass(frozen=True)
class SettingField:
    """One setting a site owner edits in the Plugins screen. Secret fields are write-only."""

    name: str
    label: Any
    type: str = "text"
    required: bool = False
    default: Any = None
    help_text: Any = ""
    choices: tuple = ()

    def __post_init__(self):
        if self.type not in FIELD_TYPES:
            raise ValueError(f"Unknown setting type {self.type!r}; use one of {FIELD_TYPES}")


@dataclass(frozen=True)
class PluginMeta:
    name: Any
    description: Any = ""
    settings: tuple[SettingField, ...] = field(default_factory=tuple)
