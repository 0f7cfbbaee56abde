package atlas.fhir;

/** A file or text that is not the FHIR R4 expected; the message says what is wrong, in a clinic's words. */
public class FhirFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public FhirFormatException(String message) {
        super(message);
    }
}
