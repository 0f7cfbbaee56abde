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
 * its references as the kind and place of what they point at ("Encounter#3"; a clinician by name),
 * without the visits' therapists (the sending clinic's staff, not brought along). The clinic, its clinicians and the
 * audit trail are left out: the receiving Atlas has its own.
 */
public final class FhirComparison {

    /** The resources a record's move brings along. */
    public static final Set<String> CLINICAL = Set.of("Patient", "EpisodeOfCare", "Condition", "Encounter",
            "QuestionnaireResponse", "Observation", "DocumentReference", "Provenance", "CarePlan", "Goal", "Procedure");

    private FhirComparison() {
    }

    /** The clinical resources of a Bundle's JSON, in its order, each as comparable JSON. */
    public static List<Compared> clinicalResources(String json) {
        Bundle bundle = FhirJson.read(json, Bundle.class);
        Map<String, String> positions = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            String type = entry.getResource().fhirType();
            // a clinician by name: the receiving Atlas keeps the record's clinicians in another order
            positions.put(entry.getFullUrl(), entry.getResource() instanceof org.hl7.fhir.r4.model.Practitioner clinician
                    ? "Practitioner " + clinician.getNameFirstRep().getText()
                    : type + "#" + counts.merge(type, 1, Integer::sum));
        }
        List<Compared> kept = new ArrayList<>();
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            Resource resource = entry.getResource();
            if (CLINICAL.contains(resource.fhirType())) {
                resource.setId((String) null);
                if (resource instanceof org.hl7.fhir.r4.model.Encounter encounter) {
                    encounter.setParticipant(null);
                }
                relabel(resource, positions);
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
            reference.setReference(positions.getOrDefault(reference.getReference(), "outside the file"));
            reference.setResource(null); // the parser's link to the resource: written alone, it would be contained
        }
        for (Property property : element.children()) {
            property.getValues().forEach(value -> relabel(value, positions));
        }
    }
}
