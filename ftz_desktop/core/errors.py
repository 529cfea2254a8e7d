"""The one base class of errors whose message is written for the user.

Every such error in core, charts and brief derives from ``UserError``; the command line prints its
message as one line and the window shows it in a message box. Anything else is a bug: it is logged
with its traceback and the user is pointed at the log.
"""
from __future__ import annotations


class UserError(Exception):
    """A problem the user can fix (a missing file, a bad recipe, a refused value); the message says how."""
