"""Charts as pure functions over a Dataset, drawn on a matplotlib Figure (no pyplot, no Qt).

``catalog`` lists them, ``render`` turns them into PNG/SVG bytes, ``style`` holds the house style
and ``fonts`` the CJK font fallback. Nothing is imported here so that ``import ftz_desktop.charts``
stays cheap until a chart is needed.
"""
