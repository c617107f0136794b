package org.archivist.query.deletion;

/** A delete request's parameter is missing or out of range; answered with 400 naming the parameter. */
public class InvalidDeletionException extends RuntimeException {

    private final String parameter;

    InvalidDeletionException(String parameter, String message) {
        super("Parameter '" + parameter + "' " + message + ".");
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
