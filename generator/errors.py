"""Errors and warnings that carry a location, so every message names where to look."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

EXIT_OK = 0
EXIT_DRIFT = 1
EXIT_BAD_INPUT = 2
EXIT_BREAKING = 3


class GeneratorError(Exception):
    """Bad input: reported as one line `file[:line[:col]]: [pointer] message` and exit 2."""

    def __init__(
        self,
        message: str,
        *,
        file: str | None = None,
        pointer: str | None = None,
        line: int | None = None,
        column: int | None = None,
        hint: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.file = file
        self.pointer = pointer
        self.line = line
        self.column = column
        self.hint = hint
        # warnings found before the error, printed ahead of it
        self.warnings: list[Warning_] = []

    def __str__(self) -> str:
        return format_location(
            self.message, self.file, self.pointer, self.line, self.column, self.hint
        )


@dataclass(frozen=True)
class Warning_:
    """A non-fatal finding: what was wrong, where, and what the generator did instead."""

    message: str
    pointer: str = ""
    file: str | None = None
    line: int | None = None

    def __str__(self) -> str:
        return format_location(self.message, self.file, self.pointer, self.line, None)


def format_location(
    message: str,
    file: str | None,
    pointer: str | None,
    line: int | None,
    column: int | None,
    hint: str | None = None,
) -> str:
    """Render `file:line:col: #/pointer: message (hint)` leaving out what is unknown."""
    where = display_path(file) if file else ""
    if line is not None:
        where += f":{line}"
        if column is not None:
            where += f":{column}"
    parts = [p for p in (where, f"#{pointer}" if pointer else "") if p]
    text = ": ".join([*parts, message])
    if hint:
        text += f" (hint: {hint})"
    return text


def display_path(file: str) -> str:
    """`file` relative to the current directory when it is below it (shorter messages)."""
    try:
        path = Path(file)
        if path.is_absolute():
            return str(path.relative_to(Path.cwd()))
    except (ValueError, OSError):
        pass
    return os.fspath(file)
