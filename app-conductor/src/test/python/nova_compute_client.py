"""What a Python nova-compute (Debian's nova 26.2.2, Zed) asks its conductor, run against a conductor.

Usage: nova_compute_client.py <transport_url> <control_exchange> <host>
Prints one JSON line with what each remotable call returned (or which Nova error it raised).
"""
import json
import sys
import uuid

from oslo_config import cfg
import oslo_messaging as messaging

from nova import context as nova_context
from nova import exception
from nova import objects
from nova import rpc
from nova.conductor import rpcapi as conductor_rpcapi
from nova.objects import base as objects_base


def nova_class(e):
    """The Nova class of a remote error (oslo.messaging raises a '<Class>_Remote' subclass of it)."""
    name = type(e).__name__
    return name[:-len('_Remote')] if name.endswith('_Remote') else name


def main(url, exchange, host):
    objects.register_all()
    conf = cfg.CONF
    from oslo_messaging import transport as om_transport
    conf.register_opts(om_transport._transport_opts)
    messaging.set_transport_defaults(control_exchange=exchange)
    conf([], project='nova', default_config_files=[])
    conf.set_override('transport_url', url)
    rpc.init(conf)
    objects_base.NovaObject.indirection_api = conductor_rpcapi.ConductorAPI()
    ctx = nova_context.get_admin_context()
    out = {}

    out['service_before'] = objects.Service.get_by_host_and_binary(ctx, host, 'nova-compute') is None
    svc = objects.Service(ctx, host=host, binary='nova-compute', topic='compute', report_count=0)
    svc.create()
    out['service_id'] = svc.id
    svc.report_count += 1
    svc.save()
    out['service_last_seen_up'] = svc.last_seen_up is not None
    out['min_version'] = objects.Service.get_minimum_version(ctx, 'nova-compute')

    inst_uuid = str(uuid.uuid4())
    inst = objects.Instance(ctx, uuid=inst_uuid, host=host, node=host, vm_state='active',
                            task_state=None, power_state=1, display_name='py-vm',
                            project_id='p1', user_id='u1')
    inst.create()
    out['instance_id'] = inst.id
    inst.task_state = 'powering-off'
    inst.save(expected_task_state=[None])
    inst.vm_state = 'stopped'
    inst.task_state = None
    inst.power_state = 4
    inst.save(expected_task_state='powering-off')
    out['instance_vm_state'] = objects.Instance.get_by_uuid(ctx, inst_uuid).vm_state
    inst.task_state = 'rebooting'
    try:
        inst.save(expected_task_state='powering-off')
        out['conflict'] = None
    except exception.UnexpectedTaskStateError as e:
        out['conflict'] = {'class': nova_class(e), 'actual': e.kwargs.get('actual')}

    listed = objects.InstanceList.get_by_host(ctx, host,
                                              expected_attrs=['info_cache', 'metadata', 'numa_topology'])
    out['listed'] = [i.uuid for i in listed]
    out['network_info'] = str(listed[0].info_cache.network_info)
    listed[0].info_cache.save()

    # what the resource tracker and periodic tasks ask about things jnova does not keep
    out['migrations'] = len(objects.MigrationList.get_in_progress_and_error(ctx, host, host))
    out['bdms'] = len(objects.BlockDeviceMappingList.get_by_instance_uuid(ctx, inst_uuid))
    objects.ConsoleAuthToken.clean_expired_console_auths(ctx)

    ctx2 = nova_context.RequestContext('u1', 'p1', is_admin=True)
    objects.InstanceAction.action_start(ctx2, inst_uuid, 'stop', want_result=False)
    objects.InstanceActionEvent.event_start(ctx2, inst_uuid, 'compute_stop_instance',
                                            want_result=False, host=host)
    objects.InstanceActionEvent.event_finish_with_failure(ctx2, inst_uuid, 'compute_stop_instance',
                                                          exc_val=None, exc_tb=None, want_result=False)
    action = objects.InstanceAction.get_by_request_id(ctx2, inst_uuid, ctx2.request_id)
    events = objects.InstanceActionEventList.get_by_action(ctx2, action.id)
    out['events'] = [[e.event, e.result] for e in events]
    try:
        objects.Instance.get_by_uuid(ctx, str(uuid.uuid4()))
        out['not_found'] = None
    except exception.InstanceNotFound as e:
        out['not_found'] = nova_class(e)
    print(json.dumps(out))


if __name__ == '__main__':
    main(*sys.argv[1:4])
