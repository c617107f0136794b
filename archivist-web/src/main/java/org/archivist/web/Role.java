package org.archivist.web;

import java.util.List;
import java.util.Locale;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** What a key may do; each role includes the ones before it: a writer may read, an admin may write. */
public enum Role {

    /** Search and read (needed only with {@code archivist.security.public-read=false}). */
    READER,
    /** Also post articles, archive pages and fetch jobs. */
    WRITER,
    /** Also reindex, replay, delete and see health details. */
    ADMIN;

    /** The Spring Security authorities of this role: {@code ROLE_X} for it and for every role it includes. */
    public List<GrantedAuthority> authorities() {
        return java.util.Arrays.stream(values())
                .filter(role -> role.ordinal() <= ordinal())
                .<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
                .toList();
    }

    /** The name used in settings, logs and problem details: {@code reader}, {@code writer}, {@code admin}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
