#!/usr/bin/python3
"""Generates the simple Nova exception classes of domain/.../error from the installed Nova (Debian
python3-nova 26.2.2): msg_fmt, code and parent class are read from nova.exception and checked against
SPEC. Hand-written: NovaException, InstanceNotFound, InstanceInvalidState, InstanceFaultRollback,
UnsupportedObjectError, IncompatibleObjectVersion, UnknownNovaException, NovaExceptions, PyFormat.
"""
import os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', '..', 'main', 'java', 'org', 'jnova', 'domain', 'error') + os.sep
from nova import exception as E
# name: (parent, [(java type, python kwarg)], doc)
SPEC = {
 'NotFound': ('NovaException', [], 'A resource does not exist; the API answers 404.'),
 'Invalid': ('NovaException', [], 'Bad input; the API answers 400.'),
 'HostNotFound': ('NotFound', [('String', 'host')], 'No such host.'),
 'InstanceUpdateConflict': ('NovaException', [('String', 'instance_uuid'), ('Object', 'expected'), ('Object', 'actual')], 'A conditional instance update found other values than expected.'),
 'UnexpectedTaskStateError': ('InstanceUpdateConflict', [('String', 'instance_uuid'), ('Object', 'expected'), ('Object', 'actual')], 'A save(expected_task_state=...) found another task_state; the API answers 409.'),
 'UnexpectedDeletingTaskStateError': ('UnexpectedTaskStateError', [('String', 'instance_uuid'), ('Object', 'expected'), ('Object', 'actual')], 'The instance was being deleted while another update expected a different task_state.'),
 'UnknownInstanceUpdateConflict': ('InstanceUpdateConflict', [('String', 'instance_uuid')], 'A conditional instance update failed for a reason that could not be determined.'),
 'InstanceActionNotFound': ('NovaException', [('String', 'request_id'), ('String', 'instance_uuid')], 'No instance action for that request id.'),
 'InstanceActionEventNotFound': ('NovaException', [('String', 'event'), ('Object', 'action_id')], 'No such event in an instance action.'),
 'ServiceNotFound': ('NotFound', [('Object', 'service_id')], 'No service with that id.'),
 'HostBinaryNotFound': ('NotFound', [('String', 'binary'), ('String', 'host')], 'No service of that binary on that host.'),
 'ComputeHostNotFound': ('HostNotFound', [('String', 'host')], 'No compute node for that host.'),
 'NoValidHost': ('NovaException', [('String', 'reason')], 'The scheduler found no host for an instance.'),
 'FlavorNotFound': ('NotFound', [('String', 'flavor_id')], 'No flavor with that id.'),
 'ObjectActionError': ('NovaException', [('String', 'action'), ('String', 'reason')], 'An object method was called in a state that does not allow it (e.g. create() on an object with an id).'),
 'ServiceTopicExists': ('NovaException', [('String', 'host'), ('String', 'topic')], 'A service with this host and topic already exists.'),
 'ServiceBinaryExists': ('NovaException', [('String', 'host'), ('String', 'binary')], 'A service with this host and binary already exists.'),
 'ServiceTooOld': ('Invalid', [('int', 'thisver'), ('int', 'minver')], 'This service is older than the minimum version of the deployment.'),
 'InstancePowerOffFailure': ('Invalid', [('String', 'reason')], 'The hypervisor failed to power off an instance.'),
 'InternalError': ('NovaException', [('String', 'err')], 'An unexpected internal error; the message is the error text.'),
 'OrphanedObjectError': ('NovaException', [('String', 'method'), ('String', 'objtype')], 'A lazy-load or remote call on an object without a context.'),

 'InstanceIsLocked': ('InstanceInvalidState', [('String', 'instance_uuid')], 'The instance is locked; the API answers 409.'),
 'InstanceNotRunning': ('Invalid', [('String', 'instance_id')], 'The operation needs a running instance.'),
 'InstanceNotReady': ('Invalid', [('String', 'instance_id')], 'The instance is not ready for the operation.'),
 'InstanceTerminationFailure': ('Invalid', [('String', 'reason')], 'The hypervisor failed to destroy an instance.'),
 'InstanceRebootFailure': ('Invalid', [('String', 'reason')], 'The hypervisor failed to reboot an instance.'),
 'InstancePowerOnFailure': ('Invalid', [('String', 'reason')], 'The hypervisor failed to power on an instance.'),
 'InstanceDeployFailure': ('Invalid', [('String', 'reason')], 'The hypervisor failed to create an instance.'),
 'ServiceUnavailable': ('Invalid', [], 'A service needed for the operation is down.'),
 'ComputeServiceUnavailable': ('ServiceUnavailable', [('String', 'host')], 'The compute service of a host is down.'),
 'InstanceExists': ('NovaException', [('String', 'name')], 'The hypervisor already has a domain of that name.'),
 'MaxRetriesExceeded': ('NoValidHost', [('String', 'reason')], 'Rescheduling a build gave up after the configured number of attempts.'),
 'ImageNotFound': ('NotFound', [('String', 'image_id')], 'No image with that id.'),
 'HypervisorUnavailable': ('NovaException', [], 'The connection to the hypervisor is broken.'),
 'BuildAbortException': ('NovaException', [('String', 'instance_uuid'), ('String', 'reason')], 'A build failed in a way that rescheduling cannot fix.'),
 'RescheduledException': ('NovaException', [('String', 'instance_uuid'), ('String', 'reason')], 'A build failed on this host and is rescheduled to another.'),
}
def camel(n):
    p = n.split('_')
    return p[0] + ''.join(x[:1].upper() + x[1:] for x in p[1:])
for name, (parent, params, doc) in SPEC.items():
    c = getattr(E, name)
    assert c.__mro__[1].__name__ == parent, (name, c.__mro__[1].__name__)
    fmt = str(c.msg_fmt).replace('\\', '\\\\').replace('"', '\\"')
    code = c.code
    typed_sig = ', '.join('%s %s' % (t, camel(p)) for t, p in params)
    kw = ', '.join('"%s", %s' % (p, camel(p)) for t, p in params)
    s = 'package org.jnova.domain.error;\n\nimport java.util.Map;\n\n'
    s += '/** Nova\'s {@code %s} (code %d): %s */\n' % (name, code, doc)
    s += 'public class %s extends %s {\n' % (name, parent)
    s += '    public static final String MSG_FMT = "%s";\n    public static final int CODE = %d;\n\n' % (fmt, code)
    if params:
        s += '    /** As Nova raises it, with its keyword arguments. */\n'
        s += '    public %s(%s) {\n        this(null, kwargsOf(%s));\n    }\n\n' % (name, typed_sig, kw)
    else:
        s += '    /** With Nova\'s default message. */\n'
        s += '    public %s() {\n        this(null, Map.of());\n    }\n\n' % name
        s += '    /** With a specific message, as {@code %s(message=...)}. */\n' % name
        s += '    public %s(String message) {\n        this(message, Map.of());\n    }\n\n' % name
    s += '    /** Rebuilt from the wire (or with an explicit message); a null message is formatted from MSG_FMT. */\n'
    s += '    public %s(String message, Map<String, ?> kwargs) {\n        this(message == null ? format(MSG_FMT, kwargs) : message, CODE, kwargs);\n    }\n\n' % name
    s += '    protected %s(String message, int code, Map<String, ?> kwargs) {\n        super(message, code, kwargs);\n    }\n}\n' % name
    open(OUT + name + '.java', 'w').write(s)
print('ok')
