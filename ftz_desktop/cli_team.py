"""The command line's sub-commands about a workspace's people and places: the audit trail (``history``), a
team workspace on a server (``server init``) and moving a workspace between a file and a server
(``workspace copy``). The parser and the other commands are in ``ftz_desktop.cli``."""
from __future__ import annotations

import argparse
import json

from ftz_desktop.cli import _language, _open_store
from ftz_desktop.errors import UserError


def _shown(value: object) -> str:
    return "—" if value is None else json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else value


def cmd_history(args: argparse.Namespace) -> int:
    from ftz_desktop.core.store.trail import trail
    from ftz_desktop.core.study.names import localized
    from ftz_desktop.core.translate import tr

    if args.limit < 0:
        raise UserError(tr("--limit must be 0 (all) or a positive number, not {limit}", limit=args.limit))
    with _open_store(args) as store:
        rows = store.history.audit(limit=args.limit or None)
        entries = trail(rows, localized(store.dataset(), _language(args)))
    if args.json:
        print(json.dumps([e.to_json() for e in entries], ensure_ascii=False, indent=2))
        return 0
    for e in entries:
        change = f"{_shown(e.old)} → {_shown(e.new)}" if e.action == "update" else e.action
        column = f" · {e.column}" if e.column else ""
        print(f"{e.at[:19].replace('T', ' ')}  {e.user}  {e.what}{column}: {change}  [{e.label}; {e.batch_id[:8]}]")
    return 0


def cmd_server(args: argparse.Namespace) -> int:
    from ftz_desktop.core.store.server import display_name, parse_url
    from ftz_desktop.core.store.server_roles import ROLES, init_server

    result = init_server(args.url)
    made = f" (created {', '.join(result.created_roles)})" if result.created_roles else ""
    print(f"{display_name(parse_url(args.url))} is a team workspace; roles {', '.join(ROLES)} have their rights"
          f"{made}. Give people a role with: GRANT ftz_editor TO alice;")
    return 0


def cmd_workspace(args: argparse.Namespace) -> int:
    from ftz_desktop.core.store.workspace_copy import copy_workspace

    result = copy_workspace(str(args.source), str(args.target))
    print(f"Copied {result.source} to {result.target}: {result.counts['observations']} observations, "
          f"{result.counts['audit']} audit rows, {result.counts['snapshots']} snapshots, "
          f"{result.counts['recipes']} recipes; verified (digest {result.digest[:12]}).")
    return 0
