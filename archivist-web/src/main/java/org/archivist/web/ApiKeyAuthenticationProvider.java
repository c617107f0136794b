package org.archivist.web;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;

/** Checks a presented key against the configured ones. */
final class ApiKeyAuthenticationProvider implements AuthenticationProvider {

    private final ApiKeys keys;

    ApiKeyAuthenticationProvider(ApiKeys keys) {
        this.keys = keys;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        ApiKeyAuthentication presented = (ApiKeyAuthentication) authentication;
        return keys.find((String) presented.getCredentials())
                .map(holder -> ApiKeyAuthentication.of(holder, presented.client()))
                .orElseThrow(() -> new BadCredentialsException("The API key is not one this service knows."));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return ApiKeyAuthentication.class.isAssignableFrom(authentication);
    }
}
