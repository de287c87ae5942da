/**
 * Bulk editing as pure logic: find and replace within one item ({@link org.didworkbench.domain.bulk.FindReplace}),
 * and clustering the values of one item that differ only in case, spacing or punctuation
 * ({@link org.didworkbench.domain.bulk.ClusterKey}, {@link org.didworkbench.domain.bulk.ClusterCollector}).
 * The service streams an item's values through these; nothing here reads a file or a database.
 */
package org.didworkbench.domain.bulk;
