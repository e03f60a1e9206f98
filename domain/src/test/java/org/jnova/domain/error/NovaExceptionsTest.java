package org.jnova.domain.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jnova.domain.rpc.RemoteFailure;
import org.jnova.domain.wire.GoldenSamples;
import org.jnova.domain.wire.OsloMessages;
import org.jnova.domain.wire.PyJson;
import org.junit.jupiter.api.Test;

class NovaExceptionsTest {
    private static Object normalized(Object o) {
        return PyJson.loads(PyJson.dumps(o));
    }

    @Test
    void unexpectedTaskStateErrorReproducesThePythonFailure() {
        Map<String, Object> golden = GoldenSamples.map("failure_UnexpectedTaskStateError");
        Map<String, Object> actual = new LinkedHashMap<>();
        actual.put("task_state", null);
        UnexpectedTaskStateError e = new UnexpectedTaskStateError("a1b2c3d4-0000-4000-8000-000000000001",
                Map.of("task_state", List.of("powering-off")), actual);
        assertThat(e.getMessage()).isEqualTo(golden.get("message"));
        assertThat(e.novaClass()).isEqualTo(golden.get("class"));
        assertThat(e.novaModule()).isEqualTo(golden.get("module"));
        assertThat(normalized(e.args())).isEqualTo(golden.get("args"));
        assertThat(normalized(e.kwargs())).isEqualTo(golden.get("kwargs"));
        assertThat(e.kwargs().keySet()).containsExactly("instance_uuid", "expected", "actual", "code");
        assertThat(e).isInstanceOf(InstanceUpdateConflict.class);

        RemoteFailure f = new RemoteFailure(e.novaClass(), e.novaModule(), e.getMessage(),
                List.of(), e.args(), e.kwargs());
        Map<String, Object> wire = new LinkedHashMap<>(golden);
        wire.put("tb", List.of());
        assertThat(PyJson.loads(OsloMessages.serializeFailure(f))).isEqualTo(wire);
    }

    @Test
    void rebuildGivesTheJavaClassAndKeepsMessageAndKwargs() {
        Map<String, Object> golden = GoldenSamples.map("failure_UnexpectedTaskStateError");
        @SuppressWarnings("unchecked")
        NovaException e = NovaExceptions.rebuild("UnexpectedTaskStateError", (String) golden.get("message"),
                (Map<String, Object>) golden.get("kwargs"));
        assertThat(e).isInstanceOf(UnexpectedTaskStateError.class);
        assertThat(e.getMessage()).isEqualTo(golden.get("message"));
        assertThat(e.code()).isEqualTo(500);
        assertThat(e.kwargs()).isEqualTo(golden.get("kwargs"));

        NovaException nf = NovaExceptions.rebuild("ComputeHostNotFound", "Compute host x could not be found.",
                Map.of("host", "x", "code", 404L));
        assertThat(nf).isInstanceOf(ComputeHostNotFound.class).isInstanceOf(HostNotFound.class)
                .isInstanceOf(NotFound.class);
        assertThat(nf.code()).isEqualTo(404);

        NovaException unknown = NovaExceptions.rebuild("InstanceNotRescuable", "Instance x cannot be rescued",
                Map.of("instance_uuid", "x", "code", 409L));
        assertThat(unknown).isInstanceOf(UnknownNovaException.class);
        assertThat(unknown.novaClass()).isEqualTo("InstanceNotRescuable");
        assertThat(unknown.code()).isEqualTo(409);
        assertThat(unknown.getMessage()).isEqualTo("Instance x cannot be rescued");
    }

    @Test
    void messagesFollowNovaMsgFmt() {
        assertThat(new NoValidHost("There are not enough hosts available.").getMessage())
                .isEqualTo("No valid host was found. There are not enough hosts available.");
        assertThat(new NoValidHost("r").code()).isEqualTo(500);
        assertThat(new ServiceTooOld(60, 61).getMessage()).isEqualTo("This service is older (v60) than the minimum"
                + " (v61) version of the rest of the deployment. Unable to continue.");
        assertThat(new ServiceTooOld(60, 61).code()).isEqualTo(400);
        assertThat(new HostBinaryNotFound("nova-compute", "cmp1").getMessage())
                .isEqualTo("Could not find binary nova-compute on host cmp1.");
        assertThat(new InstanceActionEventNotFound("compute_stop_instance", 7L).getMessage())
                .isEqualTo("Event compute_stop_instance not found for action id 7");
        assertThat(new InstanceIsLocked("u")).isInstanceOf(InstanceInvalidState.class)
                .hasMessage("Instance u is locked");
        assertThat(new MaxRetriesExceeded("x")).isInstanceOf(NoValidHost.class)
                .hasMessage("Exceeded maximum number of retries. x");
        assertThat(new ComputeServiceUnavailable("cmp1").code()).isEqualTo(400);
        assertThat(new ComputeResourcesUnavailable("Free memory 0.00 MB < requested 512 MB").getMessage())
                .isEqualTo("Insufficient compute resources: Free memory 0.00 MB < requested 512 MB.");
        assertThat(NovaExceptions.rebuild("ComputeResourcesUnavailable", "Insufficient compute resources: x.",
                Map.of())).isInstanceOf(ComputeResourcesUnavailable.class);
        assertThat(NovaExceptions.rebuild("InstanceIsLocked", "Instance u is locked", Map.of("code", 400L)))
                .isInstanceOf(InstanceIsLocked.class);
        assertThat(new Invalid().getMessage()).isEqualTo("Bad Request - Invalid Parameters");
        assertThat(new InstanceInvalidState("vm_state", "u", "stopped", "stop").code()).isEqualTo(400);
        assertThat(new InstanceNotFound("u").kwargs()).containsEntry("code", 404).containsEntry("instance_id", "u");
        assertThat(new InstanceFaultRollback(new IllegalStateException("boom")).getMessage())
                .isEqualTo("Instance rollback performed due to: boom");
        assertThat(new UnsupportedObjectError("Foo").novaModule()).isEqualTo("oslo_versionedobjects.exception");
        assertThat(PyFormat.format("missing %(nope)s", Map.of())).isEqualTo("missing %(nope)s");
        assertThat(PyFormat.format("100%% %(a)r %(b)s", Map.of("a", "x", "b", true))).isEqualTo("100% 'x' True");
    }
}
