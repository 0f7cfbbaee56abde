package atlas.fhir;

import org.hl7.fhir.instance.model.api.IBaseResource;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;

/**
 * FHIR R4 JSON as Atlas writes and reads it, through HAPI FHIR. The context scans the whole R4
 * model when it is made (about a second), so there is one for the application (HAPI's cached R4
 * context); parsers are cheap and made per use, as HAPI advises (they are not thread-safe).
 * Reading is strict: an element R4 does not have, or a resource type it does not know, is an
 * error with a message, never silently dropped data.
 */
public final class FhirJson {

    private FhirJson() {
    }

    static FhirContext context() {
        return FhirContext.forR4Cached();
    }

    /** {@code resource} as pretty-printed JSON. */
    public static String write(IBaseResource resource) {
        return context().newJsonParser().setPrettyPrint(true).encodeResourceToString(resource);
    }

    /** {@code resource} as JSON on one line, as machines exchange it (and Bulk Data's lines are). */
    public static String writeCompact(IBaseResource resource) {
        return context().newJsonParser().setPrettyPrint(false).encodeResourceToString(resource);
    }

    /**
     * The resource in {@code json}, of {@code type}.
     *
     * @throws FhirFormatException naming what is wrong, when the text is not JSON, not FHIR R4,
     *                             or another resource type
     */
    public static <T extends IBaseResource> T read(String json, Class<T> type) {
        IParser parser = context().newJsonParser().setParserErrorHandler(new StrictErrorHandler());
        IBaseResource read;
        try {
            read = parser.parseResource(json);
        } catch (DataFormatException e) {
            throw new FhirFormatException(withoutCode(e.getMessage()));
        }
        if (!type.isInstance(read)) {
            throw new FhirFormatException("a " + read.fhirType() + " where a " + context().getResourceType(type)
                    + " was expected");
        }
        return type.cast(read);
    }

    /** HAPI prefixes its messages with a code ("HAPI-1861: "), which says nothing to a clinic. */
    static String withoutCode(String message) {
        return message == null ? "" : message.replaceAll("^HAPI-\\d+: ", "");
    }
}
