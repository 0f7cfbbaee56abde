package atlas.fhir;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Property;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * What two exports of one record have in common - to check a record moved to another Atlas
 * (exported, imported there, exported again): each clinical resource as its JSON without its id,
 * its references naming what they point at by its content (a clinician by name: the receiving
 * Atlas keeps the sending clinic's staff as clinicians of the record, under its own user names).
 * The clinic, its clinicians and the audit trail are left out: the receiving Atlas has its own.
 */
public final class FhirComparison {

    /** The resources a record's move brings along. */
    public static final Set<String> CLINICAL = Set.of("Patient", "EpisodeOfCare", "Condition", "Encounter",
            "QuestionnaireResponse", "Observation", "DocumentReference", "Provenance", "CarePlan", "Goal", "Procedure");

    private FhirComparison() {
    }

    /**
     * The clinical resources of a Bundle's JSON, in its order, each as comparable JSON. A reference
     * names what it points at by its content (the resource's JSON without ids and references), not
     * by its place: the receiving Atlas may keep the same records in another order.
     */
    public static List<Compared> clinicalResources(String json) {
        Bundle bundle = FhirJson.read(json, Bundle.class);
        Map<String, String> labels = new HashMap<>();
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            Resource copy = entry.getResource().copy();
            copy.setId((String) null);
            relabel(copy, Map.of());
            // a clinician by name: the receiving Atlas gives the record's clinicians its own user names
            labels.put(entry.getFullUrl(), copy instanceof org.hl7.fhir.r4.model.Practitioner clinician
                    ? "Practitioner " + clinician.getNameFirstRep().getText()
                    : copy.fhirType() + " " + Integer.toHexString(FhirJson.writeCompact(copy).hashCode()));
        }
        List<Compared> kept = new ArrayList<>();
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            Resource resource = entry.getResource();
            if (CLINICAL.contains(resource.fhirType())) {
                resource.setId((String) null);
                relabel(resource, labels);
                kept.add(new Compared(resource.fhirType(), FhirJson.write(resource)));
            }
        }
        return kept;
    }

    /** A resource as compared: its type, and its JSON without what differs by where it is kept. */
    public record Compared(String type, String json) {
    }

    /** How many of {@code sent}'s resources {@code received} lacks, by type (none: the record arrived whole). */
    public static Map<String, Integer> missing(List<Compared> sent, List<Compared> received) {
        Map<String, Integer> left = new HashMap<>();
        received.forEach(resource -> left.merge(resource.json(), 1, Integer::sum));
        Map<String, Integer> missing = new TreeMap<>();
        for (Compared resource : sent) {
            if (left.merge(resource.json(), -1, Integer::sum) < 0) {
                missing.merge(resource.type(), 1, Integer::sum);
            }
        }
        return missing;
    }

    private static void relabel(Base element, Map<String, String> positions) {
        if (element instanceof Reference reference && reference.hasReference()) {
            reference.setReference(positions.getOrDefault(reference.getReference(), positions.isEmpty() ? null
                    : "outside the file"));
            reference.setResource(null); // the parser's link to the resource: written alone, it would be contained
        }
        for (Property property : element.children()) {
            property.getValues().forEach(value -> relabel(value, positions));
        }
    }
}
