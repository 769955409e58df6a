"""Name -> function registries for pluggable stages.

Built-in stages register under a versioned name (``rules.v1``) through the same registry an
extension would use; a change of behaviour gets a new name so saved configurations and stored
results stay reproducible. A miss lists the names available.

>>> from tradeshock.registry import extractors
>>> sorted(extractors)
['rules.v1']
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any, Generic, TypeVar

from tradeshock.errors import InputError

F = TypeVar("F", bound=Callable[..., Any])


class Registry(Generic[F]):
    def __init__(self, kind: str) -> None:
        self.kind = kind
        self._items: dict[str, F] = {}

    def register(self, name: str) -> Callable[[F], F]:
        def deco(func: F) -> F:
            if name in self._items and self._items[name] is not func:
                raise ValueError(f"{self.kind} {name!r} is already registered")
            self._items[name] = func
            return func

        return deco

    def get(self, name: str) -> F:
        try:
            return self._items[name]
        except KeyError:
            raise InputError(self.kind, f"unknown name {name!r}; available: {', '.join(sorted(self._items))}") from None

    def __iter__(self) -> Iterator[str]:
        return iter(self._items)

    def __contains__(self, name: object) -> bool:
        return name in self._items


#: Event extractors: ``(document, kb) -> list[Event]``.
extractors: Registry[Callable[..., Any]] = Registry("extractor")
