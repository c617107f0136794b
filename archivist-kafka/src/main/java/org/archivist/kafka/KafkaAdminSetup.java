package org.archivist.kafka;

import java.util.function.Supplier;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Sets up Boot's {@link KafkaAdmin} before it declares the topics, which it does once the context has started: whether
 * it brings existing topics' configs in line with the {@code NewTopic} beans (Boot's property, off by default, which
 * Archivist reverses), and {@link TopicProvisioning}, which fits each topic to the cluster first. Boot builds the admin
 * with no other hook for either.
 */
final class KafkaAdminSetup implements BeanPostProcessor {

    private final boolean modifyTopicConfigs;
    private final Supplier<KafkaSettings> settings;

    KafkaAdminSetup(boolean modifyTopicConfigs, Supplier<KafkaSettings> settings) {
        this.modifyTopicConfigs = modifyTopicConfigs;
        this.settings = settings;
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof KafkaAdmin admin) {
            admin.setModifyTopicConfigs(modifyTopicConfigs);
            admin.setCreateOrModifyTopic(new TopicProvisioning(admin, settings.get()));
        }
        return bean;
    }
}
