#!/usr/bin/python3
"""Nova's own request validation as a referee for jnova's.

Reads a JSON list of requests on stdin, each {"method", "path" (with an optional ?query), "version", "body"},
and calls the Nova Zed (python3-nova) controller method that serves it with a request at that microversion:
Nova's decorators pick the schema for the version and run nova.api.validation's _SchemaValidator. The
method's own body is stopped at its first line (the request context raises), so only the validation runs.
Prints a JSON list with one answer per request: {"valid": true} or {"valid": false, "message": "..."}, the
message being the ValidationError's, which Nova answers as the 400's badRequest.message.
"""
import json
import logging
import re
import sys
import urllib.parse
import warnings

warnings.simplefilter("ignore")
logging.disable(logging.CRITICAL)

from webob import multidict  # noqa: E402

from nova import exception  # noqa: E402
from nova.api.openstack import api_version_request  # noqa: E402
from nova.api.openstack.compute import flavor_manage  # noqa: E402
from nova.api.openstack.compute import flavors  # noqa: E402
from nova.api.openstack.compute import flavors_extraspecs  # noqa: E402
from nova.api.openstack.compute import pause_server  # noqa: E402
from nova.api.openstack.compute import servers  # noqa: E402
from nova.api.openstack.compute import services  # noqa: E402
from nova.api.openstack.compute import suspend_server  # noqa: E402


class Validated(exception.Forbidden):
    """Raised when a controller method starts its own work, i.e. after every validator passed.

    A Forbidden, because wsgi.expected_errors lets those through unchanged."""


class StopAtContext(dict):
    def __getitem__(self, key):
        raise Validated()

    get = __getitem__


class Request:
    """What the validation decorators read of a webob request; anything else ends the validation."""

    def __init__(self, version, query):
        self.api_version_request = api_version_request.APIVersionRequest(version)
        self.environ = StopAtContext()
        self.GET = multidict.MultiDict(urllib.parse.parse_qsl(query, keep_blank_values=True))

    def is_legacy_v2(self):
        return False

    def __getattr__(self, name):  # req.params, req.host_url...: the method's own work has begun
        raise Validated()


# the controllers serving the routes jnova serves; server actions are found by their wsgi.action name
ACTION_CONTROLLERS = [servers.ServersController, pause_server.PauseServerController,
                      suspend_server.SuspendServerController]
ROUTES = [
    ("POST", r"/servers", servers.ServersController, "create"),
    ("GET", r"/servers", servers.ServersController, "index"),
    ("GET", r"/servers/detail", servers.ServersController, "detail"),
    ("POST", r"/servers/([^/]+)/action", None, None),
    ("POST", r"/flavors", flavor_manage.FlavorManageController, "_create"),
    ("GET", r"/flavors", flavors.FlavorsController, "index"),
    ("GET", r"/flavors/detail", flavors.FlavorsController, "detail"),
    ("POST", r"/flavors/([^/]+)/os-extra_specs", flavors_extraspecs.FlavorExtraSpecsController, "create"),
    ("PUT", r"/flavors/([^/]+)/os-extra_specs/([^/]+)", flavors_extraspecs.FlavorExtraSpecsController, "update"),
    ("GET", r"/os-services", services.ServiceController, "index"),
    ("PUT", r"/os-services/([^/]+)", services.ServiceController, "update"),
]


def controller_method(method, path, body):
    for verb, pattern, cls, name in ROUTES:
        m = re.fullmatch(pattern, path)
        if verb != method or not m:
            continue
        if cls is None:  # wsgi.Resource's action_peek: the body's only key names the action
            action = next(iter(body))
            for candidate in ACTION_CONTROLLERS:
                if action in candidate.wsgi_actions:
                    controller = object.__new__(candidate)
                    return getattr(controller, candidate.wsgi_actions[action]), m.groups()
            raise ValueError("no Nova controller serves the action %r" % action)
        # the validators need no state: skip __init__, which would connect to RPC and databases
        return getattr(object.__new__(cls), name), m.groups()
    raise ValueError("no Nova route for %s %s" % (method, path))


def judge(request):
    path, _, query = request["path"].partition("?")
    body = request.get("body")
    func, args = controller_method(request["method"], path, body)
    kwargs = {"body": body} if request["method"] in ("POST", "PUT") else {}
    try:
        func(Request(request["version"], query), *args, **kwargs)
    except Validated:
        return {"valid": True}
    except exception.ValidationError as e:
        return {"valid": False, "message": e.format_message()}
    raise AssertionError("%s %s returned without reaching its context" % (request["method"], path))


def main():
    requests = json.load(sys.stdin)
    json.dump([judge(r) for r in requests], sys.stdout)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
