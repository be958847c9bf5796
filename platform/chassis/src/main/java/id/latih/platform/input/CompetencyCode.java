package id.latih.platform.input;

import id.latih.platform.domain.CompetencyCodes;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A request field holding a code of the competency dictionary ({@link CompetencyCodes}); null is left to @NotNull. */
@Documented
@Constraint(validatedBy = CompetencyCode.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface CompetencyCode {

    String message() default "must be a competency code: " + CompetencyCodes.FORMAT;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<CompetencyCode, String> {

        @Override
        public boolean isValid(String code, ConstraintValidatorContext context) {
            return code == null || CompetencyCodes.isKnown(code);
        }
    }
}
