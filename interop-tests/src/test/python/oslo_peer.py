#!/usr/bin/python3
"""Python oslo.messaging 14 peer for jnova's interop tests (run with Debian's /usr/bin/python3).

  oslo_peer.py server URL TOPIC SERVER   oslo RPC server; prints READY, serves until stdin closes
  oslo_peer.py client URL TOPIC SERVER   runs every scenario against a (Java) server, prints one JSON object
  oslo_peer.py capture URL TOPIC         casts a fixed message to TOPIC and prints the raw body a spy queue got
  oslo_peer.py compute_task_sink URL TOPIC UUID   serves nova's compute_task, prints UUID's build_instances
  oslo_peer.py nova_ping URL             nova.baserpc.BaseAPI(topic='conductor').ping, prints the JSON result
"""
import json
import sys
import threading
import time

import oslo_messaging as messaging
from oslo_config import cfg


def transport(url, conf=None):
    conf = conf or cfg.CONF
    messaging.set_transport_defaults(control_exchange='nova')
    return messaging.get_rpc_transport(conf, url=url, allowed_remote_exmods=['nova.exception'])


class TestEndpoint(object):
    target = messaging.Target(version='1.2')

    def __init__(self):
        self.recorded = []

    def add(self, ctxt, a, b):
        return a + b

    def echo(self, ctxt, x):
        return x

    def context(self, ctxt):
        return {k: ctxt.get(k) for k in ('request_id', 'global_request_id', 'user_id', 'client_timeout')}

    def record(self, ctxt, value):
        self.recorded.append(value)

    def recorded_values(self, ctxt):
        return self.recorded

    def fail(self, ctxt):
        raise ValueError('bad value', 42)

    def nova_fail(self, ctxt):
        import nova.exception
        raise nova.exception.InstanceNotFound(instance_id='i-9')

    def slow(self, ctxt, seconds):
        time.sleep(seconds)
        return 'slow-done'

    def _hidden(self, ctxt):
        return 'must not be reachable'


class NamespaceEndpoint(object):
    target = messaging.Target(namespace='ns1', version='2.0')

    def which(self, ctxt):
        return 'ns1'


class BaseApiEndpoint(object):
    """What nova.baserpc.BaseRPCAPI answers, so `jnova rpc ping` has a Python peer."""
    target = messaging.Target(namespace='baseapi', version='1.1')

    def ping(self, ctxt, arg):
        return {'service': 'python-oslo', 'arg': arg}


def serve(url, topic, server):
    t = transport(url)
    srv = messaging.get_rpc_server(t, messaging.Target(topic=topic, server=server),
                                   [TestEndpoint(), NamespaceEndpoint(), BaseApiEndpoint()], executor='threading')
    srv.start()
    print('READY', flush=True)
    sys.stdin.read()
    srv.stop()
    srv.wait()
    t.cleanup()


def outcome(fn):
    """The result, or the exception as Python sees it: type, module, the first line of str()."""
    try:
        return {'ok': fn()}
    except Exception as e:  # noqa: the point is to report any failure
        return {'error': type(e).__name__, 'module': type(e).__module__,
                'exc_type': getattr(e, 'exc_type', None), 'text': str(e).split('\n')[0],
                'kwargs': {k: v for k, v in getattr(e, 'kwargs', {}).items() if isinstance(v, (str, int))}}


def client(url, topic, server):
    t = transport(url)
    base = messaging.get_rpc_client(t, messaging.Target(topic=topic), timeout=15)
    ctxt = {'request_id': 'req-py-1', 'global_request_id': 'req-py-g', 'user_id': 'u1'}
    r = {}
    r['call'] = outcome(lambda: base.prepare(version='1.0').call(ctxt, 'add', a=2, b=3))
    r['call_server'] = outcome(lambda: base.prepare(server=server, version='1.1').call(ctxt, 'echo', x={'k': [1, 2.5, None, True], 'u': 'caf\u00e9'}))
    r['context'] = outcome(lambda: base.prepare(version='1.0').call(ctxt, 'context'))
    base.prepare(version='1.0').cast(ctxt, 'record', value='cast-1')
    base.prepare(version='1.0', server=server).cast(ctxt, 'record', value='cast-server')
    base.prepare(version='1.0', fanout=True).cast(ctxt, 'record', value='cast-fanout')
    time.sleep(0.5)
    r['recorded'] = outcome(lambda: sorted(base.prepare(version='1.0').call(ctxt, 'recorded_values')))
    r['namespace'] = outcome(lambda: base.prepare(namespace='ns1', version='2.0').call(ctxt, 'which'))
    r['version_mismatch'] = outcome(lambda: base.prepare(version='1.9').call(ctxt, 'add', a=1, b=1))
    r['underscore'] = outcome(lambda: base.prepare(version='1.0').call(ctxt, '_hidden'))
    r['no_such_method'] = outcome(lambda: base.prepare(version='1.0').call(ctxt, 'nope'))
    r['nova_failure'] = outcome(lambda: base.prepare(version='1.0').call(ctxt, 'nova_fail'))
    r['java_failure'] = outcome(lambda: base.prepare(version='1.0').call(ctxt, 'java_fail'))
    r['slow_monitored'] = outcome(lambda: base.prepare(version='1.0', timeout=20, call_monitor_timeout=2).call(ctxt, 'slow', seconds=4))
    r['slow_unmonitored_timeout'] = outcome(lambda: base.prepare(version='1.0', timeout=1).call(ctxt, 'slow', seconds=3))
    print(json.dumps(r), flush=True)
    t.cleanup()


def capture(url, topic):
    """Cast a fixed message through oslo, read its raw body back with basic.get on a spy queue."""
    import kombu
    t = transport(url)
    spy = 'spy_' + topic
    with kombu.Connection(url.replace('rabbit://', 'amqp://')) as conn:
        ch = conn.channel()
        ex = kombu.Exchange('nova', type='topic', durable=False, auto_delete=False)
        q = kombu.Queue(spy, exchange=ex, routing_key=topic, durable=False, auto_delete=False, channel=ch)
        q.declare()
        c = messaging.get_rpc_client(t, messaging.Target(topic=topic, namespace='baseapi', version='1.1'))
        ctxt = {'user_id': 'u1', 'project_id': 'p1', 'request_id': 'req-6f0a5b3e-0000-4000-8000-000000000001',
                'is_admin': False, 'roles': ['member']}
        c.cast(ctxt, 'ping', arg={'a': 1, 'b': [1, 2.5, None, True, 1e-05, 1e16], 'u': 'caf\u00e9 \u2603 "q" \\ /'})
        for _ in range(50):
            m = q.get(no_ack=True)
            if m is not None:
                props = {k: m.properties.get(k) for k in ('content_type', 'content_encoding', 'delivery_mode', 'priority')}
                props['headers'] = m.headers
                print(json.dumps({'body': m.body if isinstance(m.body, str) else m.body.decode('utf-8'), 'properties': props}), flush=True)
                break
            time.sleep(0.1)
        q.delete()
    t.cleanup()


def nova_ping(url):
    from nova import baserpc, config, context, rpc  # noqa: config registers nova's options
    import nova.conf
    conf = nova.conf.CONF
    rpc.set_defaults(control_exchange='nova')
    import tempfile
    with tempfile.NamedTemporaryFile('w', suffix='.conf', delete=False) as f:
        f.write('[DEFAULT]\ntransport_url = %s\n' % url)
    conf([], project='nova', default_config_files=[f.name])
    rpc.init(conf)
    api = baserpc.BaseAPI(topic='conductor')
    print(json.dumps(api.ping(context.get_admin_context(), 'hello-from-nova', timeout=15)), flush=True)


def compute_task_sink(url, topic, uuid):
    """Serve nova's compute_task namespace (ComputeTaskManager's target, 1.25) with nova's own
    serializers; print READY, then what the build_instances cast for instance UUID deserialized into
    (casts for other instances, e.g. left on the queue by an earlier run, are ignored), and exit."""
    import threading
    from nova import objects, rpc
    from nova.objects import base as objects_base
    objects.register_all()
    got = {}
    done = threading.Event()

    class ComputeTaskSink(object):
        target = messaging.Target(namespace='compute_task', version='1.25')

        def build_instances(self, context, instances, image, filter_properties, admin_password,
                            injected_files, requested_networks, security_groups,
                            block_device_mapping=None, legacy_bdm=True, request_spec=None, host_lists=None):
            if [i.uuid for i in instances] != [uuid]:
                return
            got['context'] = type(context).__module__ + '.' + type(context).__name__
            got['request_id'] = context.request_id
            got['instances'] = [{'class': type(i).__name__, 'uuid': i.uuid, 'task_state': i.task_state,
                                 'host': i.host, 'vm_state': i.vm_state} for i in instances]
            got['image'] = image
            got['filter_properties'] = filter_properties
            got['admin_password'] = admin_password
            got['security_groups'] = security_groups
            got['request_spec'] = None if request_spec is None else {
                'class': type(request_spec).__name__, 'instance_uuid': request_spec.instance_uuid}
            got['host_lists'] = [[{'class': type(s).__name__, 'service_host': s.service_host,
                                   'nodename': s.nodename} for s in hl] for hl in host_lists]
            done.set()

    t = transport(url)
    serializer = rpc.RequestContextSerializer(objects_base.NovaObjectSerializer())
    srv = messaging.get_rpc_server(t, messaging.Target(topic=topic, server='py-conductor'), [ComputeTaskSink()],
                                   executor='threading', serializer=serializer)
    srv.start()
    print('READY', flush=True)
    done.wait(30)
    print(json.dumps(got), flush=True)
    srv.stop()
    srv.wait()
    t.cleanup()


if __name__ == '__main__':
    cmd = sys.argv[1]
    if cmd == 'server':
        serve(*sys.argv[2:5])
    elif cmd == 'client':
        client(*sys.argv[2:5])
    elif cmd == 'capture':
        capture(*sys.argv[2:4])
    elif cmd == 'compute_task_sink':
        compute_task_sink(*sys.argv[2:5])
    elif cmd == 'nova_ping':
        nova_ping(sys.argv[2])
    else:
        sys.exit('unknown command ' + cmd)
