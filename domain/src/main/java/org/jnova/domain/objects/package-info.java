/**
 * Nova's versioned objects (Zed, nova 26.2.2): {@link org.jnova.domain.objects.NovaObject} holds the
 * fields of one object and its primitive form; each class has an {@link org.jnova.domain.objects.ObjectSchema}
 * with Nova's field order and the version each field appeared in (for backports). Lists share
 * {@link org.jnova.domain.objects.ObjectList}. {@link org.jnova.domain.objects.ObjectSerializer} is
 * NovaObjectSerializer and {@link org.jnova.domain.objects.ObjectManifest} computes obj_tree_get_versions.
 * The field lists of the classes were generated from Nova's own classes and are checked against the real
 * Nova in the tests.
 */
package org.jnova.domain.objects;
