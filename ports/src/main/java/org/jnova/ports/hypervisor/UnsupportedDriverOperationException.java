package org.jnova.ports.hypervisor;

/** Nova's {@code NotImplementedError} from a driver: the operation is not supported by it. */
public class UnsupportedDriverOperationException extends RuntimeException {
    private final String operation;

    public UnsupportedDriverOperationException(String operation) {
        super("the hypervisor driver does not support " + operation);
        this.operation = operation;
    }

    public String operation() {
        return operation;
    }
}
