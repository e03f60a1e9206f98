package org.jnova.domain.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jnova.domain.rpc.RemoteFailure;
import org.jnova.domain.wire.OsloMessages;
import org.jnova.domain.wire.PyJson;
import org.junit.jupiter.api.Test;

/**
 * Every Java Nova error, serialized as a reply failure, is rebuilt by the real oslo.messaging client
 * (with Nova's allowed module nova.exception) as the Nova class of the same name with the same message.
 * Needs /usr/bin/python3 with python3-nova; skipped with a message otherwise.
 */
class PythonExceptionInteropTest {
    private static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final String SCRIPT = String.join("\n",
            "import sys, json",
            "from oslo_messaging._drivers import common",
            "import nova.exception",
            "for line in sys.stdin:",
            "    e = common.deserialize_remote_exception(line.strip(), ['nova.exception', 'oslo_versionedobjects.exception'])",
            "    print(json.dumps([type(e).__name__, type(e).__module__, e.args[0] if e.args else None, getattr(e, 'kwargs', None)]))");

    @Test
    void osloRebuildsEveryJavaErrorAsTheNovaClass() throws Exception {
        assumeTrue(Files.isExecutable(PYTHON), "skipped: /usr/bin/python3 is not installed");
        List<String> names = List.copyOf(NovaExceptions.knownClasses());
        StringBuilder input = new StringBuilder();
        for (String name : names) {
            NovaException e = NovaExceptions.rebuild(name, "message of " + name, Map.of("code", 418));
            RemoteFailure f = new RemoteFailure(e.novaClass(), e.novaModule(), e.getMessage(),
                    List.of("Traceback (most recent call last):\n"), e.args(), e.kwargs());
            input.append(OsloMessages.serializeFailure(f)).append('\n');
        }
        Process p = new ProcessBuilder(PYTHON.toString(), "-c", SCRIPT).start();
        p.getOutputStream().write(input.toString().getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assumeTrue(!err.contains("No module named 'nova'"), "skipped: python3-nova is not installed");
        assertThat(p.exitValue()).as(err).isZero();
        List<String> lines = out.lines().toList();
        assertThat(lines).hasSize(names.size());
        for (int i = 0; i < names.size(); i++) {
            List<?> r = (List<?>) PyJson.loads(lines.get(i));
            if (names.get(i).equals("InstanceFaultRollback")) {
                // its __init__ takes no code kwarg, so even a Nova-raised one reaches Python as RemoteError
                assertThat((Object) r.get(0)).isEqualTo("RemoteError");
                continue;
            }
            assertThat((Object) r.get(0)).as(lines.get(i)).isEqualTo(names.get(i) + "_Remote");
            assertThat((String) r.get(2)).startsWith("message of " + names.get(i));
            assertThat(((Map<?, ?>) r.get(3)).get("code")).isEqualTo(418L);
        }
    }
}
