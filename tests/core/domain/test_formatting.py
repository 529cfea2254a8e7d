from ftz_desktop.core.domain.formatting import format_number, format_observation, format_with_unit
from ftz_desktop.core.domain.model import Indicator, Observation


def _ind(unit, decimals=2):
    return Indicator(id="x", name="X", unit=unit, decimals=decimals)


def test_numbers_read_as_stated():
    assert format_number(834.64, 3) == "834.64"
    assert format_number(460.588, 3) == "460.588"
    assert format_number(190300, 0) == "190,300"
    assert format_number(25.0, 1) == "25"
    assert format_number(None, 2) == "—"


def test_units_and_qualifiers():
    assert format_with_unit(31.2, _ind("%", 1)) == "31.2%"
    assert format_with_unit(104, _ind("count", 0)) == "104"
    assert format_with_unit(834.64, _ind("billion yuan")) == "834.64 billion yuan"
    assert format_with_unit(1, _ind("hours", 0)) == "1 hour"
    assert format_with_unit(2, _ind("hours", 0)) == "2 hours"
    obs = Observation("x", "SC", "2023", 1300, qualifier="more_than")
    assert format_observation(obs, _ind("count", 0)) == "more than 1,300"
