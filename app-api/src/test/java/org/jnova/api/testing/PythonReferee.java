package org.jnova.api.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jnova.domain.wire.PyJson;

/**
 * Runs Nova's own Python code (Debian's python3-nova and oslo.policy under {@code /usr/bin/python3}) as a
 * referee: a script of {@code app-api/src/test/python} reads JSON on stdin and prints its verdicts as JSON.
 * A test calling {@link #assumeNova()} is skipped, saying why, where python3-nova is not installed
 * ({@code scripts/ensure-services.sh} installs it).
 */
public final class PythonReferee {
    public static final String PYTHON = "/usr/bin/python3";

    private PythonReferee() {
    }

    /** Skips the calling test unless {@code /usr/bin/python3} imports Nova Zed's API and policy code. */
    public static void assumeNova() {
        String out;
        try {
            out = run(List.of("-c", "import warnings; warnings.simplefilter('ignore'); import nova.api.validation,"
                    + " nova.policies, oslo_policy; import importlib.metadata as m; print(m.version('nova'))"), null)
                    .strip();
        } catch (IllegalStateException e) {
            out = e.getMessage();
        }
        assumeTrue(out.startsWith("26."), "SKIPPED: " + PYTHON + " has no python3-nova 26 (Zed) with oslo.policy"
                + " (got: " + out + "); scripts/ensure-services.sh installs them");
    }

    /** A file of the repository, found from the module directory or from {@code jnova.root}. */
    public static Path file(String pathInRepository) {
        return Path.of(System.getProperty("jnova.root", "..")).resolve(pathInRepository).toAbsolutePath();
    }

    /** Runs {@code app-api/src/test/python/<script>} with {@code input} as JSON on stdin; its JSON answer. */
    public static Object judge(String script, Object input) {
        String out = run(List.of(file("app-api/src/test/python/" + script).toString()), PyJson.dumps(input));
        return PyJson.loads(out);
    }

    /** Runs python3 with these arguments; its stdout, or IllegalStateException with its stderr when it fails. */
    public static String run(List<String> args, String stdin) {
        List<String> cmd = new ArrayList<>(List.of(PYTHON));
        cmd.addAll(args);
        try {
            Process p = new ProcessBuilder(cmd).start();
            CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(p, false));
            CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(p, true));
            try (OutputStream in = p.getOutputStream()) {
                if (stdin != null) {
                    in.write(stdin.getBytes(StandardCharsets.UTF_8));
                }
            }
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException(cmd + " did not finish within 120 s");
            }
            String stderr = new String(err.join(), StandardCharsets.UTF_8);
            if (p.exitValue() != 0) {
                throw new IllegalStateException(cmd + " exited " + p.exitValue() + ": " + tail(stderr));
            }
            return new String(out.join(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + cmd + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + cmd, e);
        }
    }

    private static byte[] readAll(Process p, boolean stderr) {
        try {
            return (stderr ? p.getErrorStream() : p.getInputStream()).readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }

    private static String tail(String s) {
        return s.length() > 3000 ? "..." + s.substring(s.length() - 3000) : s;
    }
}
