/**
 * Profiles as data: the pure values a profile file is read into ({@link org.didworkbench.domain.profile.ProfileDefinition}
 * and its parts, each carrying the file and line it came from), the library of rule kinds a file can bind
 * ({@link org.didworkbench.domain.profile.RuleKindRegistry}) and the binder that turns a definition into a
 * {@link org.didworkbench.domain.dataset.Profile} ({@link org.didworkbench.domain.profile.ProfileBinder}).
 * Reading the JSON is io's business; nothing here touches files or Jackson.
 */
package org.didworkbench.domain.profile;
