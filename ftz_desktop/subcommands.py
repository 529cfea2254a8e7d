"""The command line's sub-command names, in a module of their own so start-up can tell a command
from a window launch without importing the command line (start-up time counts)."""

SUBCOMMANDS = ("list", "recipe", "export", "chart", "check", "backup", "data", "source", "history", "server",
               "workspace")
