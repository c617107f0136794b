package org.archivist.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ApiKeysTests {

    private final ApiKeys keys = new ApiKeys(List.of(
            new SecuritySettings.Key("desk", Role.WRITER, ApiKeys.sha256Hex("ak_desk")),
            new SecuritySettings.Key("ops", Role.ADMIN, ApiKeys.sha256Hex("ak_ops"))));

    @Test
    void findsTheHolderOfAConfiguredKey() {
        assertThat(keys.find("ak_desk")).contains(new ApiKeys.Holder("desk", Role.WRITER));
        assertThat(keys.find("ak_ops")).contains(new ApiKeys.Holder("ops", Role.ADMIN));
    }

    @Test
    void anUnknownKeyOrAPrefixOrTheHashItselfIsNotFound() {
        assertThat(keys.find("ak_des")).isEmpty();
        assertThat(keys.find("ak_desk ")).isEmpty();
        assertThat(keys.find(ApiKeys.sha256Hex("ak_desk"))).isEmpty();
        assertThat(keys.find("")).isEmpty();
    }

    @Test
    void hashIsTheHexOfSha256AsSha256sumPrintsIt() {
        assertThat(ApiKeys.sha256Hex("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void noKeysFindsNothing() {
        ApiKeys none = new ApiKeys(List.of());

        assertThat(none.isEmpty()).isTrue();
        assertThat(none.find("anything")).isEmpty();
    }

    @Test
    void eachRoleIncludesTheOnesBelowIt() {
        assertThat(Role.READER.authorities()).extracting(Object::toString).containsExactly("ROLE_READER");
        assertThat(Role.WRITER.authorities()).extracting(Object::toString).containsExactly("ROLE_READER", "ROLE_WRITER");
        assertThat(Role.ADMIN.authorities()).extracting(Object::toString)
                .containsExactly("ROLE_READER", "ROLE_WRITER", "ROLE_ADMIN");
    }
}
