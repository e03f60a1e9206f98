package org.jnova.compute.ops;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jnova.domain.objects.Instance;
import org.jnova.domain.rpc.RequestContext;
import org.jnova.ports.hypervisor.HypervisorDriver;

/** {@code get_console_output(instance, tail_length)}: the driver's output, ASCII, cut to the last lines. */
public final class ConsoleOperations {
    private final HypervisorDriver driver;
    private final InstanceTaskRunner runner;

    public ConsoleOperations(HypervisorDriver driver, InstanceTaskRunner runner) {
        this.driver = driver;
        this.runner = runner;
    }

    public String consoleOutput(RequestContext ctx, Instance instance, Integer tailLength) {
        return runner.withFault(ctx, instance, () -> tail(ascii(driver.getConsoleOutput(ctx, instance)), tailLength));
    }

    /** Python's {@code decode('ascii', 'replace')}: anything outside ASCII becomes U+FFFD. */
    static String ascii(String output) {
        StringBuilder out = new StringBuilder(output.length());
        for (byte b : output.getBytes(StandardCharsets.UTF_8)) {
            out.append(b >= 0 ? (char) b : '\uFFFD');
        }
        return out.toString();
    }

    /** {@code _tail_log}: null keeps everything, 0 gives "", n keeps the last n lines. */
    static String tail(String output, Integer tailLength) {
        if (tailLength == null) {
            return output;
        }
        if (tailLength < 0) {
            throw new IllegalArgumentException("tail_length must be >= 0, got " + tailLength);
        }
        if (tailLength == 0) {
            return "";
        }
        String[] lines = output.split("\n", -1);
        int from = Math.max(0, lines.length - tailLength);
        return String.join("\n", Arrays.copyOfRange(lines, from, lines.length));
    }
}
