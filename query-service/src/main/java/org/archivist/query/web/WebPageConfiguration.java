package org.archivist.query.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The page document's Content-Security-Policy filter. A configuration rather than a filter component, so that the
 * other controllers' {@code @WebMvcTest} slices, which take in every filter component, need no page settings.
 */
@Configuration(proxyBeanMethods = false)
class WebPageConfiguration {

    @Bean
    FilterRegistrationBean<PagePolicyFilter> pagePolicyFilter(WebPageSettings settings) {
        return new FilterRegistrationBean<>(new PagePolicyFilter(
                PagePolicy.contentSecurityPolicy(settings.ingestOrigin())));
    }
}
