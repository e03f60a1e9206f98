#!/usr/bin/python3
"""Nova's own policy enforcement as a referee for jnova's.

Reads on stdin {"configs": [{"enforce_new_defaults": bool, "policy_file": path or null}],
"contexts": [{"user_id", "project_id", "roles", "is_admin": bool or null, "is_admin_project": bool}],
"cells": [[context index, target or null]], "rules": [rule names]}.

For each config it sets [oslo_policy] enforce_new_defaults and policy_file, initializes Nova Zed's
enforcer (nova.policy.init: oslo.policy's Enforcer with nova.policies.list_rules() registered), builds each
context as nova.context.RequestContext (is_admin null: decided by policy.check_is_admin, as
NovaKeystoneContext leaves it), and enforces every rule on every cell with the context's
to_policy_values(), a null target being Nova's default_target. Prints {"is_admin": [[bool per context]
per config], "decisions": [[a string of 0/1 per rule, per cell] per config], "registered": [names]}.
"""
import json
import logging
import os
import sys
import tempfile
import warnings

warnings.simplefilter("ignore")
logging.disable(logging.CRITICAL)

import nova.conf  # noqa: E402
from nova import context as nova_context  # noqa: E402
from nova import policies  # noqa: E402
from nova import policy  # noqa: E402

CONF = nova.conf.CONF


def main():
    request = json.load(sys.stdin)
    # no nova.conf is read; a directory without policy.yaml stands for "no policy file"
    empty_dir = tempfile.mkdtemp()
    CONF([], project="nova", default_config_files=[], default_config_dirs=[])
    registered = [rule.name for rule in policies.list_rules()]
    is_admin, decisions = [], []
    for config in request["configs"]:
        policy.reset()
        CONF.set_override("enforce_new_defaults", config["enforce_new_defaults"], group="oslo_policy")
        CONF.set_override("policy_file", config["policy_file"] or os.path.join(empty_dir, "policy.yaml"),
                          group="oslo_policy")
        policy.init(suppress_deprecation_warnings=True)
        contexts = [nova_context.RequestContext(
            user_id=c["user_id"], project_id=c["project_id"], roles=c["roles"], is_admin=c["is_admin"],
            is_admin_project=c["is_admin_project"]) for c in request["contexts"]]
        is_admin.append([ctx.is_admin for ctx in contexts])
        rows = []
        for index, target in request["cells"]:
            ctx = contexts[index]
            credentials = ctx.to_policy_values()
            if target is None:
                target = policy.default_target(ctx)
            rows.append("".join(
                "1" if policy._ENFORCER.enforce(rule, target, credentials, do_raise=False) else "0"
                for rule in request["rules"]))
        decisions.append(rows)
    json.dump({"is_admin": is_admin, "decisions": decisions, "registered": registered}, sys.stdout)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
