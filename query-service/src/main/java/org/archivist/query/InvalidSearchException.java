package org.archivist.query;

/** A search parameter is out of range or malformed; answered with 400 naming the parameter. */
public class InvalidSearchException extends RuntimeException {

    private final String parameter;

    public InvalidSearchException(String parameter, String message) {
        super("Parameter '" + parameter + "' " + message + ".");
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
