package org.archivist.ingest.article;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.archivist.contract.Footnote;

/**
 * A footnote with a number of 1 or more and some text. Checked here rather than on {@link Footnote}, since the
 * contract module holds the event shapes and no input rules.
 */
@Documented
@Constraint(validatedBy = NumberedNote.Check.class)
@Target({ ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface NumberedNote {

    String message() default "needs a number of 1 or more and a non-blank text";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Null elements are dropped before validation reaches them. */
    class Check implements ConstraintValidator<NumberedNote, Footnote> {
        @Override
        public boolean isValid(Footnote note, ConstraintValidatorContext context) {
            return note == null || note.number() >= 1 && note.text() != null && !note.text().isBlank();
        }
    }
}
