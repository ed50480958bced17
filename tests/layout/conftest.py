from __future__ import annotations

import pytest

from journeymapper.layout import FontMeasurer, MonoMeasurer, default_measurer


@pytest.fixture
def mono() -> MonoMeasurer:
    return MonoMeasurer()


@pytest.fixture(scope="session")
def font() -> FontMeasurer:
    return default_measurer()
