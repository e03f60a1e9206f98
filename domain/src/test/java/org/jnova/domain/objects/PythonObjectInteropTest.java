package org.jnova.domain.objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.jnova.domain.wire.PyJson;
import org.junit.jupiter.api.Test;

/**
 * Every modeled class, with all its scalar fields set, is hydrated by the real Nova 26.2.2
 * ({@code obj_from_primitive}) and written back ({@code obj_to_primitive}): the result must equal what
 * Java sent, which proves the names, versions and field types agree. Needs /usr/bin/python3 with
 * python3-nova; skipped with a message otherwise.
 */
class PythonObjectInteropTest {
    private static final Path PYTHON = Path.of("/usr/bin/python3");
    /** Enum/IP-typed string fields that only take specific values. */
    private static final Map<String, String> SPECIAL = Map.of("source_type", "image", "destination_type", "local",
            "device_type", "disk", "encryption_format", "luks", "host_ip", "192.0.2.1", "address", "192.0.2.2",
            "network_info", "[]", "access_ip_v4", "192.0.2.3", "access_ip_v6", "2001:db8::1");
    private static final Set<String> UUID_LIKE = Set.of("uuid", "instance_uuid", "compute_node_uuid", "cell_uuid",
            "port_id", "pci_request_id", "arq_uuid", "attachment_id", "encryption_secret_uuid", "id");

    private static final String SCRIPT = String.join("\n",
            "import sys, json, warnings",
            "warnings.simplefilter('ignore')",
            "from nova import objects",
            "objects.register_all()",
            "from nova.objects import base",
            "from oslo_serialization import jsonutils",
            "for line in sys.stdin:",
            "    obj = base.NovaObject.obj_from_primitive(json.loads(line))",
            "    print(jsonutils.dumps(obj.obj_to_primitive()))");

    @Test
    void pythonNovaReadsAndWritesBackEveryModeledClass() throws Exception {
        assumeTrue(Files.isExecutable(PYTHON), "skipped: /usr/bin/python3 is not installed");
        assumeTrue(pythonHasNova(), "skipped: python3-nova is not installed, cannot check objects against Nova");
        List<Map<String, Object>> sent = new ArrayList<>();
        for (String name : ObjectRegistry.versions().keySet()) {
            NovaObject o = NovaObject.create(name);
            fill(o);
            sent.add(o.toPrimitive());
        }
        StringBuilder input = new StringBuilder();
        for (Map<String, Object> p : sent) {
            input.append(PyJson.dumps(p)).append('\n');
        }
        List<String> back = run(input.toString());
        assertThat(back).hasSize(sent.size());
        for (int i = 0; i < sent.size(); i++) {
            Object returned = PyJson.loads(back.get(i));
            assertThat(GoldenObjectsTest.sortedChanges(returned)).as(back.get(i))
                    .isEqualTo(GoldenObjectsTest.sortedChanges(sent.get(i)));
        }
    }

    /** Sets every scalar, string-list and string-dict field to a value of its type. */
    private static void fill(NovaObject o) {
        for (Map.Entry<String, FieldType> e : o.schema().fields().entrySet()) {
            String f = e.getKey();
            FieldType t = e.getValue();
            Object v = switch (t.kind()) {
                case INTEGER -> 7L;
                case FLOAT -> 1.5;
                case BOOLEAN -> true;
                case DATETIME -> Instant.parse("2024-01-02T03:04:05Z");
                case STRING -> SPECIAL.getOrDefault(f, UUID_LIKE.contains(f)
                        ? "a1b2c3d4-0000-4000-8000-000000000001" : "v-" + f);
                case LIST -> t.element().kind() == FieldType.Kind.STRING ? List.of("a", "b") : null;
                case DICT -> t.element().kind() == FieldType.Kind.STRING ? Map.of("k", "v") : null;
                default -> null;
            };
            if (v != null) {
                o.set(f, v);
            }
        }
    }

    private static boolean pythonHasNova() throws Exception {
        Process p = new ProcessBuilder(PYTHON.toString(), "-c", "import nova.objects").redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
    }

    private static List<String> run(String input) throws Exception {
        Process p = new ProcessBuilder(PYTHON.toString(), "-c", SCRIPT).start();
        p.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(err).isZero();
        return out.lines().toList();
    }
}
