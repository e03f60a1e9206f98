package org.jnova.domain.objects;

/** Every versioned-object class jnova models, registered in one place. */
final class KnownObjects {
    private KnownObjects() {
    }

    static void registerAll() {
        ObjectRegistry.register(Instance.SCHEMA, Instance::new);
        ObjectRegistry.register(Flavor.SCHEMA, Flavor::new);
        ObjectRegistry.register(Service.SCHEMA, Service::new);
        ObjectRegistry.register(InstanceList.SCHEMA, InstanceList::new);
        ObjectRegistry.register(InstanceAction.SCHEMA, InstanceAction::new);
        ObjectRegistry.register(InstanceActionList.SCHEMA, InstanceActionList::new);
        ObjectRegistry.register(InstanceActionEvent.SCHEMA, InstanceActionEvent::new);
        ObjectRegistry.register(InstanceActionEventList.SCHEMA, InstanceActionEventList::new);
        ObjectRegistry.register(InstanceFault.SCHEMA, InstanceFault::new);
        ObjectRegistry.register(InstanceInfoCache.SCHEMA, InstanceInfoCache::new);
        ObjectRegistry.register(ComputeNode.SCHEMA, ComputeNode::new);
        ObjectRegistry.register(ComputeNodeList.SCHEMA, ComputeNodeList::new);
        ObjectRegistry.register(ServiceList.SCHEMA, ServiceList::new);
        ObjectRegistry.register(FlavorList.SCHEMA, FlavorList::new);
        ObjectRegistry.register(BuildRequest.SCHEMA, BuildRequest::new);
        ObjectRegistry.register(RequestSpec.SCHEMA, RequestSpec::new);
        ObjectRegistry.register(ImageMeta.SCHEMA, ImageMeta::new);
        ObjectRegistry.register(BlockDeviceMapping.SCHEMA, BlockDeviceMapping::new);
        ObjectRegistry.register(BlockDeviceMappingList.SCHEMA, BlockDeviceMappingList::new);
        ObjectRegistry.register(Selection.SCHEMA, Selection::new);
        ObjectRegistry.register(SchedulerLimits.SCHEMA, SchedulerLimits::new);
        ObjectRegistry.register(TagList.SCHEMA, TagList::new);
        ObjectRegistry.register(Tag.SCHEMA, Tag::new);
        ObjectRegistry.register(SecurityGroupList.SCHEMA, SecurityGroupList::new);
        ObjectRegistry.register(SecurityGroup.SCHEMA, SecurityGroup::new);
        ObjectRegistry.register(NetworkRequestList.SCHEMA, NetworkRequestList::new);
        ObjectRegistry.register(NetworkRequest.SCHEMA, NetworkRequest::new);
        ObjectRegistry.register(KeyPairList.SCHEMA, KeyPairList::new);
        ObjectRegistry.register(KeyPair.SCHEMA, KeyPair::new);
        ObjectRegistry.register(EC2Ids.SCHEMA, EC2Ids::new);
    }
}
