package org.archivist.ingest.article;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** A list of texts holding at least one that is not blank: an article needs some text to be an article. */
@Documented
@Constraint(validatedBy = HasText.Check.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface HasText {

    String message() default "needs at least one non-blank text";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** True when some element has a non-whitespace character. */
    class Check implements ConstraintValidator<HasText, List<String>> {
        @Override
        public boolean isValid(List<String> value, ConstraintValidatorContext context) {
            return value != null && value.stream().anyMatch(text -> text != null && !text.isBlank());
        }
    }
}
