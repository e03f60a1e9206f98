package org.jnova.api.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.jnova.api.testing.InMemoryBackend;
import org.jnova.domain.error.InstanceInvalidState;
import org.jnova.domain.instance.InstanceOperation;
import org.jnova.domain.instance.TaskState;
import org.jnova.domain.instance.VmState;
import org.jnova.domain.objects.Instance;
import org.jnova.domain.rpc.RequestContext;
import org.jnova.api.image.ImageCatalog;
import org.jnova.domain.error.InstanceNotFound;
import org.jnova.domain.error.NovaException;
import org.junit.jupiter.api.Test;

class ComputeApiTest {
    private static final String UUID = "6b3d2f5e-1c1a-4c1e-9a36-0d9c2a3c4b5d";
    private final InMemoryBackend backend = new InMemoryBackend();
    private final ComputeApi api = new ComputeApi(backend, ImageCatalog.inMemory());
    private final RequestContext ctx = RequestContext.of("admin", "p1", List.of("admin"), true);

    @Test
    void createRecordsABuildingInstanceFromTheFlavorAndSchedulesIt() {
        Instance created = api.create(ctx, new ComputeApi.CreateRequest("vm1", "vm1", "2", ImageCatalog.CIRROS_ID, Map.of("k", "v")));

        assertThat(created.getVmState()).isEqualTo(VmState.BUILDING);
        assertThat(created.getTaskState()).isEqualTo(TaskState.SCHEDULING);
        assertThat(created.getMemoryMb()).isEqualTo(2048);
        assertThat(created.getRootGb()).isEqualTo(20);
        assertThat(created.getProjectId()).isEqualTo("p1");
        assertThat(created.getMetadata()).containsEntry("k", "v");
        assertThat(created.getFlavor().getFlavorId()).isEqualTo("2");
        assertThat(backend.calls).containsExactly("create " + created.getUuid(),
                "schedule " + created.getUuid() + " flavor 2 image " + ImageCatalog.CIRROS_ID);
    }

    @Test
    void createRejectsUnknownFlavorsAndImagesBeforeRecordingAnything() {
        assertThatThrownBy(() -> api.create(ctx, new ComputeApi.CreateRequest("vm", "vm", "99", ImageCatalog.CIRROS_ID, null)))
                .isInstanceOf(NovaException.class).hasMessage("Flavor 99 could not be found.");
        assertThatThrownBy(() -> api.create(ctx, new ComputeApi.CreateRequest("vm", "vm", "1",
                "6b3d2f5e-1c1a-4c1e-9a36-0d9c2a3c4b5e", null)))
                .isInstanceOf(BadRequest.class).hasMessage("Can not find requested image");
        assertThat(backend.instances).isEmpty();
    }

    @Test
    void anotherProjectsInstanceIsNotFoundUnlessTheCallerIsAdmin() {
        backend.addActive(UUID, "cmp1");
        RequestContext other = RequestContext.of("u2", "other", List.of("member"), false);

        assertThatThrownBy(() -> api.get(other, UUID)).isInstanceOf(InstanceNotFound.class)
                .hasMessage("Instance " + UUID + " could not be found.");
        assertThat(api.get(ctx.with("project_id", "elsewhere"), UUID).getUuid()).isEqualTo(UUID);
    }

    @Test
    void stopMovesToPoweringOffWithACasThenRecordsTheActionAndCasts() {
        backend.addActive(UUID, "cmp1");

        api.act(ctx, backend.getInstance(ctx, UUID), InstanceOperation.STOP);

        assertThat(backend.instances.get(UUID).getTaskState()).isEqualTo(TaskState.POWERING_OFF);
        assertThat(backend.calls).containsExactly(
                "save task_state=powering-off expected=" + InstanceOperation.STOP.entryExpectation(),
                "action stop " + ctx.requestId(),
                "cast STOP to cmp1");
    }

    @Test
    void anInvalidTransitionIsRefusedBeforeAnythingChanges() {
        backend.addActive(UUID, "cmp1").set("vm_state", "stopped");
        backend.instances.get(UUID).resetChanges();

        assertThatThrownBy(() -> api.act(ctx, backend.getInstance(ctx, UUID), InstanceOperation.STOP))
                .isInstanceOf(InstanceInvalidState.class)
                .satisfies(e -> assertThat(((InstanceInvalidState) e).kwargs())
                        .containsEntry("attr", "vm_state").containsEntry("state", "stopped"));
        assertThat(backend.calls).isEmpty();
    }

    @Test
    void deleteWithALiveComputeCastsTerminate() {
        backend.addActive(UUID, "cmp1");

        api.delete(ctx, backend.getInstance(ctx, UUID));

        assertThat(backend.calls).containsExactly("save task_state=deleting expected=null",
                "action delete " + ctx.requestId(), "cast DELETE to cmp1");
    }

    @Test
    void deleteWithADownComputeOrNoHostDeletesLocally() {
        backend.addActive(UUID, "cmp1");
        backend.computeUp = false;

        api.delete(ctx, backend.getInstance(ctx, UUID));

        assertThat(backend.instances).doesNotContainKey(UUID);
        assertThat(backend.calls).contains("destroy " + UUID + " vm_state=deleted").noneMatch(c -> c.startsWith("cast"));

        backend.calls.clear();
        backend.addActive(UUID, null);
        api.delete(ctx, backend.getInstance(ctx, UUID));
        assertThat(backend.calls).containsExactly("save task_state=null expected=null",
                "destroy " + UUID + " vm_state=deleted");
    }
}
