package org.jnova.domain.archfixture;

import com.google.inject.Injector;

/** Deliberate violation: a domain class using Guice. */
public class BadDomainClass {
    public Injector injector;
}
