package org.jnova.ports.config;

/** oslo.config's option types that jnova uses. */
public enum OptionType {
    STRING, INTEGER, FLOAT, BOOLEAN, LIST, URL, CHOICE, MULTI_STRING
}
