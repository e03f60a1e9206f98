/**
 * Nova's exceptions (nova/exception.py 26.2.2): the Java simple class name is Nova's class name, the
 * message is Nova's msg_fmt formatted like Python's {@code %}, and kwargs (with code) are what a Python
 * peer rebuilds the error from. {@link org.jnova.domain.error.NovaExceptions} rebuilds received errors.
 */
package org.jnova.domain.error;
