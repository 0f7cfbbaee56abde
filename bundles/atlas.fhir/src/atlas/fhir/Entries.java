package atlas.fhir;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * The entries of a Bundle being written: each resource under an id derived from what it is in
 * Atlas ("Encounter/42" in Atlas is always the same urn:uuid, so a record exports with the same
 * ids), found again by that key for the references between them.
 */
final class Entries {

    private final Bundle bundle;
    private final Map<String, Resource> byKey = new HashMap<>();

    Entries(Bundle bundle) {
        this.bundle = bundle;
    }

    /** Adds {@code resource} as the entry of Atlas's {@code type/atlasId}. */
    <T extends Resource> T add(String type, Object atlasId, T resource) {
        String key = type + "/" + atlasId;
        String id = "urn:uuid:" + UUID.nameUUIDFromBytes(("atlas:" + key).getBytes(StandardCharsets.UTF_8));
        resource.setId(id);
        bundle.addEntry().setFullUrl(id).setResource(resource);
        byKey.put(key, resource);
        return resource;
    }

    /** A reference to the entry of Atlas's {@code type/atlasId}; null when there is none (or no id). */
    Reference to(String type, Object atlasId) {
        Resource resource = atlasId == null ? null : byKey.get(type + "/" + atlasId);
        return resource == null ? null : reference(resource);
    }

    static Reference reference(Resource resource) {
        return new Reference(resource.getIdElement().getValue());
    }

    /** A code of one of Atlas's own code systems, with the text a reader sees. */
    static CodeableConcept atlasCode(String system, String code, String text) {
        return new CodeableConcept().addCoding(new Coding(system, code, null)).setText(text);
    }

    static Date date(LocalDateTime time) {
        return Date.from(time.atZone(ZoneId.systemDefault()).toInstant());
    }

    static Date date(Instant time) {
        return Date.from(time);
    }
}
