#!/usr/bin/python3
"""Generates the versioned-object classes of domain/.../objects from the installed Nova (Debian
python3-nova 26.2.2): field order and types come from each class's `fields`, the version a field was
added in from probing its obj_make_compatible, and ZedObjectTree.java from the whole registry.
Run with /usr/bin/python3 (which has python3-nova); Instance, Flavor and Service are hand-written.
"""
import re, sys, os
from nova import objects
objects.register_all()
from nova.objects import base
from oslo_versionedobjects import fields as F
reg = base.NovaObjectRegistry.obj_classes()

import copy
def added_in(c):
    major, minor = map(int, c.VERSION.split('.'))
    res = {}
    for m in range(minor - 1, -1, -1):
        prim = {k: None for k in c.fields}
        try:
            c().obj_make_compatible(prim, "%d.%d" % (major, m))
        except Exception as e:
            return res, repr(e)[:80]
        for k in c.fields:
            if k not in prim and k not in res:
                res[k] = "%d.%d" % (major, m + 1)
    return res, None
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', '..', 'main', 'java', 'org', 'jnova', 'domain', 'objects') + os.sep
SIMPLE = "InstanceAction InstanceActionEvent InstanceFault InstanceInfoCache ComputeNode BuildRequest RequestSpec ImageMeta BlockDeviceMapping Selection SchedulerLimits Tag SecurityGroup NetworkRequest KeyPair EC2Ids".split()
LISTS = "InstanceList InstanceActionList InstanceActionEventList ComputeNodeList ServiceList FlavorList BlockDeviceMappingList TagList SecurityGroupList NetworkRequestList KeyPairList".split()
MODELED = set(SIMPLE + LISTS + ['Instance', 'Flavor', 'Service'])
DOCS = {
 'InstanceAction': 'one user-visible action on an instance (start, stop, reboot ...)',
 'InstanceActionEvent': 'one step (event) of an instance action, e.g. compute_stop_instance',
 'InstanceFault': 'the last error recorded against an instance',
 'InstanceInfoCache': "an instance's cached network info (network_info is the JSON text of the model)",
 'ComputeNode': 'the resources of one hypervisor node',
 'BuildRequest': 'an instance being built, before it lands in a cell',
 'RequestSpec': 'what the scheduler needs to place an instance',
 'ImageMeta': 'image metadata; properties is an ImageMetaProps primitive (not modeled)',
 'BlockDeviceMapping': 'one block device of an instance',
 'Selection': "the scheduler's choice of a host for an instance",
 'SchedulerLimits': 'resource limits returned by the scheduler',
 'Tag': 'one tag of an instance',
 'SecurityGroup': 'a security group reference',
 'NetworkRequest': 'one requested network or port',
 'KeyPair': 'an SSH key pair',
 'EC2Ids': 'EC2-style ids of an instance',
}

# fields whose version the probe cannot find: ComputeNode.obj_make_compatible needs a database below 1.13
MANUAL_ADDED_IN = {
    'ComputeNode': {'pci_device_pools': '1.9', 'host': '1.7', 'supported_hv_specs': '1.6',
                    'numa_topology': '1.5', 'host_ip': '1.4', 'stats': '1.3'},
}

def ftype(f):
    """FieldType expression for an ovo field (without nullability)."""
    t = f._type if isinstance(f, F.Field) and hasattr(f, '_type') else f
    return ftype_t(t)

def ftype_t(t):
    n = type(t).__name__
    if isinstance(t, F.Enum) or n in ('String', 'UUID', 'SensitiveString', 'IPAddress', 'IPV4Address',
                                       'IPV6Address', 'NetworkModel', 'MACAddress', 'PCIAddress'):
        return 'FieldType.string()', 'String'
    if n in ('Integer', 'NonNegativeInteger'):
        return 'FieldType.integer()', 'Long'
    if n in ('Float', 'NonNegativeFloat'):
        return 'FieldType.floating()', 'Double'
    if n in ('Boolean', 'FlexibleBoolean'):
        return 'FieldType.bool()', 'Boolean'
    if n == 'DateTime':
        return 'FieldType.datetime()', 'Instant'
    if n == 'Object':
        return 'FieldType.object("%s")' % t._obj_name, t._obj_name if t._obj_name in MODELED else 'Object'
    if n in ('List', 'Set'):
        e = t._element_type
        ee, ej = elem(e)
        return 'FieldType.listOf(%s)' % ee, 'List<%s>' % ej
    if n == 'Dict':
        e = t._element_type
        ee, ej = elem(e)
        return 'FieldType.dictOf(%s)' % ee, 'Map<String, %s>' % ej
    return 'FieldType.any()', 'Object'

def elem(e):
    expr, jt = ftype(e)
    if e.nullable:
        expr += '.nullable()'
    return expr, jt

def camel(name):
    return ''.join(p[:1].upper() + p[1:] for p in name.split('_'))

PERSIST = ['created_at', 'updated_at', 'deleted_at', 'deleted']

def schema_lines(c, name):
    fields = list(c.fields.items())
    persistent = issubclass(c, base.NovaPersistentObject)
    added = dict(added_in(c)[0])
    added.update(MANUAL_ADDED_IN.get(name, {}))
    lines = []
    for k, f in fields:
        if persistent and k in PERSIST:
            continue
        expr, jt = ftype(f)
        if f.nullable:
            expr += '.nullable()'
        if k in added:
            lines.append('            .field("%s", %s, "%s")' % (k, expr, added[k]))
        else:
            lines.append('            .field("%s", %s)' % (k, expr))
    if persistent:
        lines.append('            .persistent()')
    return lines, persistent

def accessor(k, f):
    expr, jt = ftype(f)
    cm = camel(k)
    if jt == 'Boolean' and not f.nullable:
        if k.startswith('is_'):
            cm = camel(k[3:])
        return ['    public boolean is%s() { return bool("%s"); }' % (cm, k),
                '    public void set%s(boolean v) { set("%s", v); }' % (cm, k)]
    if jt == 'String':
        g = 'str("%s")' % k
    elif jt == 'Long':
        g = 'lng("%s")' % k
    elif jt == 'Double':
        g = 'dbl("%s")' % k
    elif jt == 'Instant':
        g = 'instant("%s")' % k
    else:
        g = 'typed("%s")' % k
    st = 'Number' if jt in ('Long', 'Double') else jt
    return ['    public %s get%s() { return %s; }' % (jt, cm, g),
            '    public void set%s(%s v) { set("%s", v); }' % (cm, st, k)]

def gen_simple(name):
    c = reg[name][0]
    lines, persistent = schema_lines(c, name)
    acc = []
    for k, f in c.fields.items():
        acc += accessor(k, f)
    body = '\n'.join(acc)
    imports = []
    if 'Instant' in body:
        imports.append('import java.time.Instant;')
    if 'List<' in body:
        imports.append('import java.util.List;')
    if 'Map<' in body:
        imports.append('import java.util.Map;')
    src = 'package org.jnova.domain.objects;\n\n'
    if imports:
        src += '\n'.join(imports) + '\n\n'
    src += '/** %s %s (Zed): %s. Fields in Nova\'s order; generated from nova 26.2.2\'s class. */\n' % (name, c.VERSION, DOCS[name])
    src += 'public class %s extends NovaObject {\n' % name
    src += '    public static final ObjectSchema SCHEMA = ObjectSchema.builder("%s", "%s")\n' % (name, c.VERSION)
    src += '\n'.join(lines) + '\n            .build();\n\n'
    src += '    public %s() {\n        super(SCHEMA);\n    }\n\n' % name
    src += body + '\n}\n'
    open(OUT + name + '.java', 'w').write(src)

def gen_list(name):
    c = reg[name][0]
    assert list(c.fields) == ['objects'], name
    child = c.fields['objects']._type._element_type._type._obj_name
    src = 'package org.jnova.domain.objects;\n\n'
    src += '/** %s %s (Zed): a list of %s objects. */\n' % (name, c.VERSION, child)
    src += 'public class %s extends ObjectList<%s> {\n' % (name, child)
    src += '    public static final ObjectSchema SCHEMA = ObjectList.schema("%s", "%s", "%s");\n\n' % (name, c.VERSION, child)
    src += '    public %s() {\n        super(SCHEMA, %s.class);\n    }\n}\n' % (name, child)
    open(OUT + name + '.java', 'w').write(src)

for n in SIMPLE:
    gen_simple(n)
for n in LISTS:
    gen_list(n)

# the Zed object tree: every registered class, its version and its object-field children
rows = []
for n in sorted(reg):
    c = reg[n][0]
    kids = []
    for k, f in c.fields.items():
        if isinstance(f, F.ObjectField):
            kids.append(f._type._obj_name)
        elif isinstance(f, F.ListOfObjectsField):
            kids.append(f._type._element_type._type._obj_name)
    rows.append('        row("%s", "%s"%s);' % (n, c.VERSION, ''.join(', "%s"' % k for k in kids)))
src = open(os.path.join(HERE, 'ZedObjectTree.java.in')).read().replace('@ROWS@', '\n'.join(rows))
open(OUT + 'ZedObjectTree.java', 'w').write(src)
print('ok', len(rows))
