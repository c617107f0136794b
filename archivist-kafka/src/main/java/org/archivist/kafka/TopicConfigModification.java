package org.archivist.kafka;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Sets whether Boot's {@link KafkaAdmin} brings existing topics' configs in line with the {@code NewTopic} beans.
 * Boot builds the admin with no hook for that but its property, whose default (off) Archivist reverses; the admin
 * reads the flag when the context has started, after this has run.
 */
final class TopicConfigModification implements BeanPostProcessor {

    private final boolean modify;

    TopicConfigModification(boolean modify) {
        this.modify = modify;
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof KafkaAdmin admin) {
            admin.setModifyTopicConfigs(modify);
        }
        return bean;
    }
}
