package org.jnova.domain.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Compares the codec with the real Python on a few thousand random documents (random doubles from
 * random bits, huge ints, strings with controls, non-ASCII and astral characters, nesting). Needs
 * /usr/bin/python3; skipped with a message when it is missing.
 */
class PythonCrossCheckTest {
    private static final Path PYTHON = Path.of("/usr/bin/python3");

    private static final String SCRIPT = String.join("\n",
            "import json, random, struct, math",
            "r = random.Random(20261122)",
            "def rnd_float():",
            "    k = r.random()",
            "    if k < 0.4:",
            "        x = struct.unpack('<d', struct.pack('<Q', r.getrandbits(64)))[0]",
            "        return 0.5 if math.isnan(x) or math.isinf(x) else x",
            "    if k < 0.7:",
            "        return r.uniform(-1e6, 1e6)",
            "    return r.choice([0.1, 1.0, 1e16, 1e-5, 1e-4, 123456789.0, 2.5, -0.0, 1e22, 5e-324, 9007199254740993.0])",
            "def rnd_str():",
            "    out = []",
            "    for _ in range(r.randint(0, 12)):",
            "        k = r.random()",
            "        if k < 0.5: out.append(chr(r.randint(32, 126)))",
            "        elif k < 0.6: out.append(chr(r.randint(0, 31)))",
            "        elif k < 0.8: out.append(chr(r.randint(128, 0xd7ff)))",
            "        elif k < 0.9: out.append(chr(r.randint(0x10000, 0x10ffff)))",
            "        else: out.append(r.choice('\"\\\\/\\'\\x7f'))",
            "    return ''.join(out)",
            "def rnd(depth):",
            "    k = r.random()",
            "    if depth > 3 or k < 0.5:",
            "        return r.choice([None, True, False, r.randint(-2**70, 2**70), r.randint(-100, 100), rnd_float(), rnd_str()])",
            "    if k < 0.75:",
            "        return [rnd(depth + 1) for _ in range(r.randint(0, 4))]",
            "    return {rnd_str(): rnd(depth + 1) for _ in range(r.randint(0, 4))}",
            "for _ in range(3000):",
            "    v = rnd(0)",
            "    print(json.dumps([json.dumps(v), repr(v)]))");

    @Test
    void dumpsOfLoadsAndReprMatchPythonOnRandomDocuments() throws Exception {
        assumeTrue(Files.isExecutable(PYTHON), "skipped: /usr/bin/python3 is not installed, cannot cross-check");
        List<String> lines = runPython();
        assertThat(lines).hasSize(3000);
        for (String line : lines) {
            List<?> pair = (List<?>) PyJson.loads(line);
            String json = (String) pair.get(0);
            String repr = (String) pair.get(1);
            assertThat(PyJson.dumps(line.isEmpty() ? null : pair)).isEqualTo(line);
            Object value = PyJson.loads(json);
            assertThat(PyJson.dumps(value)).as("json.dumps").isEqualTo(json);
            if (!hasCharsUnknownToJava(value)) {
                assertThat(PyRepr.repr(value)).as("repr of %s", json).isEqualTo(repr);
            }
        }
    }

    /**
     * repr() prints a character when Python's Unicode database calls it printable; Java 17 knows an
     * older Unicode, so characters it sees as unassigned are left out of the repr comparison.
     */
    private static boolean hasCharsUnknownToJava(Object value) {
        return String.valueOf(value).codePoints().anyMatch(cp -> Character.getType(cp) == Character.UNASSIGNED);
    }

    private static List<String> runPython() throws IOException, InterruptedException {
        Process p = new ProcessBuilder(PYTHON.toString(), "-c", SCRIPT).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String text = new String(out, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(text).isZero();
        return text.lines().toList();
    }
}
