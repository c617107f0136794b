package org.archivist.web;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.Map;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.type.TypeFactory;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.PropertyCustomizer;

/**
 * Marks each property that may be written as {@code null} nullable, as OpenAPI 3.0 needs it said: Jackson writes the
 * null fields of the records the services answer with ({@code publishedAt}, {@code finishedAt}, …) rather than
 * leaving them out. Primitives never are null, and neither are lists, sets and maps: the records hold empty ones for
 * "none"; nor is a property said to be required. A property springdoc describes by reference ({@code $ref}) is left alone: 3.0 ignores siblings of a
 * reference. The entries of a list never are null either (the records drop them), but springdoc passes each entry's
 * type here as it passes a property's: they are set right once the document is built.
 */
final class NullableProperties implements PropertyCustomizer, GlobalOpenApiCustomizer {

    @Override
    public Schema customize(Schema property, AnnotatedType type) {
        if (property == null || property.get$ref() != null || type == null || type.getType() == null) {
            return property;
        }
        JavaType java = javaType(type.getType());
        if (java.isPrimitive() || java.isContainerType() || java.isTypeOrSubTypeOf(Collection.class)
                || java.isTypeOrSubTypeOf(Map.class) || required(type.getCtxAnnotations())) {
            return property;
        }
        return property.nullable(true);
    }

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
            return;
        }
        for (Schema<?> schema : openApi.getComponents().getSchemas().values()) {
            if (schema.getProperties() != null) {
                schema.getProperties().values().stream().filter(property -> property.getItems() != null)
                        .forEach(list -> list.getItems().setNullable(null));
            }
        }
    }

    /** Said never to be null: {@code @Schema(requiredMode = REQUIRED)} or a Bean Validation not-null rule. */
    private static boolean required(Annotation[] annotations) {
        if (annotations == null) {
            return false;
        }
        for (Annotation annotation : annotations) {
            if (annotation instanceof io.swagger.v3.oas.annotations.media.Schema schema
                    && schema.requiredMode() == io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED
                    || annotation.annotationType().getSimpleName().matches("NotNull|NotBlank|NotEmpty")) {
                return true;
            }
        }
        return false;
    }

    private static JavaType javaType(Type type) {
        return type instanceof JavaType java ? java : TypeFactory.defaultInstance().constructType(type);
    }
}
