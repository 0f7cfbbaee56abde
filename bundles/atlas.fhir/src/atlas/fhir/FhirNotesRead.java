package atlas.fhir;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.Reference;

import atlas.core.patient.PatientHistory;
import atlas.core.validation.Wording;

/**
 * The signed treatment notes of Atlas's own FHIR, read back (the reverse of {@link FhirNotes}):
 * each final DocumentReference of a treatment note as its SOAP sections, with who wrote it, who
 * signed it and when (its Provenance), and the addenda that append to it. The Practitioners are
 * kept as the authors and signers of what comes, not as clinicians of this clinic. A draft stays
 * in the system it was written in (nobody here can sign another's draft); a note Atlas cannot read
 * section by section, or of no signer, is skipped with the reason.
 */
final class FhirNotesRead {

    private static final Pattern SECTION = Pattern.compile("(?:^|\n\n)(Subjective|Objective|Assessment|Plan):\n");

    private final Map<String, PatientHistory.Author> authors;
    private final Map<String, Provenance> signatures;
    private final List<FhirImport.Problem> skipped;

    private FhirNotesRead(List<FhirImport.Problem> skipped, Map<String, PatientHistory.Author> authors,
            Map<String, Provenance> signatures) {
        this.skipped = skipped;
        this.authors = authors;
        this.signatures = signatures;
    }

    /** The Practitioners of {@code care}, with the profession their PractitionerRole gives, by the keys references reach them by. */
    static Map<String, PatientHistory.Author> authors(List<FhirHistories.Sent> care) {
        Map<String, String> professions = new HashMap<>();
        for (FhirHistories.Sent sent : care) {
            if (sent.resource() instanceof PractitionerRole role && role.getCodeFirstRep().hasText()) {
                professions.put(role.getPractitioner().getReference(), role.getCodeFirstRep().getText());
            }
        }
        Map<String, PatientHistory.Author> authors = new HashMap<>();
        for (FhirHistories.Sent sent : care) {
            if (sent.resource() instanceof Practitioner practitioner) {
                String profession = sent.keys().stream().map(professions::get).filter(java.util.Objects::nonNull)
                        .findFirst().orElse(null);
                PatientHistory.Author author = new PatientHistory.Author(key(practitioner), practitioner.getNameFirstRep()
                        .hasText() ? practitioner.getNameFirstRep().getText() : practitioner.getNameFirstRep()
                                .getNameAsSingleString(), profession);
                sent.keys().forEach(key -> authors.put(key, author));
            }
        }
        return authors;
    }

    /** The signatures of {@code care} (Provenance of the activity "signed"), by the references of what they sign. */
    static Map<String, Provenance> signatures(List<FhirHistories.Sent> care) {
        Map<String, Provenance> signatures = new HashMap<>();
        for (FhirHistories.Sent sent : care) {
            if (sent.resource() instanceof Provenance provenance && FhirNotes.SIGNED.equals(provenance.getActivity()
                    .getText())) {
                provenance.getTarget().forEach(target -> signatures.put(target.getReference(), provenance));
            }
        }
        return signatures;
    }

    /** The notes of {@code care}, by the DocumentReference they come from, in the file's order. */
    static Map<FhirHistories.Sent, PatientHistory.SignedNote> of(List<FhirHistories.Sent> care,
            Map<String, PatientHistory.Author> authors, Map<String, Provenance> signatures,
            List<FhirImport.Problem> skipped) {
        FhirNotesRead read = new FhirNotesRead(skipped, authors, signatures);
        Map<FhirHistories.Sent, PatientHistory.SignedNote> notes = new LinkedHashMap<>();
        Map<String, FhirHistories.Sent> byKey = new HashMap<>();
        Map<FhirHistories.Sent, List<PatientHistory.Addendum>> addenda = new HashMap<>();
        List<FhirHistories.Sent> appended = new ArrayList<>();
        for (FhirHistories.Sent sent : care) {
            if (sent.resource() instanceof DocumentReference document) {
                String type = document.getType().getCodingFirstRep().getCode();
                if (!FhirNotes.NOTE_TYPE_SYSTEM.equals(document.getType().getCodingFirstRep().getSystem())
                        || (!"addendum".equals(type) && !"treatment-note".equals(type) && kind(document) == null)) {
                    skipped.add(new FhirImport.Problem(sent.where(), Wording.of("fhir.notAtlasNote")));
                } else if (kind(document) != null) {
                    continue; // a document of the record: FhirHistories keeps it as the patient's
                } else if ("addendum".equals(type)) {
                    appended.add(sent);
                } else if (document.getDocStatus() != DocumentReference.ReferredDocumentStatus.FINAL) {
                    skipped.add(new FhirImport.Problem(sent.where(), Wording.of("fhir.draftNote")));
                } else {
                    PatientHistory.SignedNote note = read.note(sent, document);
                    if (note != null) {
                        notes.put(sent, note);
                        sent.keys().forEach(key -> byKey.put(key, sent));
                        addenda.put(sent, new ArrayList<>());
                    }
                }
            }
        }
        for (FhirHistories.Sent sent : appended) {
            DocumentReference document = (DocumentReference) sent.resource();
            FhirHistories.Sent note = byKey.get(document.getRelatesToFirstRep().getTarget().getReference());
            PatientHistory.Author author = read.author(document.getAuthorFirstRep());
            if (note == null || author == null || !document.hasDate()) {
                skipped.add(new FhirImport.Problem(sent.where(), Wording.of("fhir.looseAddendum")));
            } else {
                addenda.get(note).add(new PatientHistory.Addendum(author, document.getDate().toInstant(), text(document)));
            }
        }
        notes.replaceAll((sent, note) -> new PatientHistory.SignedNote(note.subjective(), note.objective(),
                note.assessment(), note.plan(), note.author(), note.signer(), note.signedAt(), addenda.get(sent)));
        return notes;
    }

    /** The kind of a document of the record (a report, a letter, a received file) the DocumentReference is; null for a note. */
    static atlas.core.document.DocumentKind kind(DocumentReference document) {
        Coding type = document.getType().getCodingFirstRep();
        return FhirNotes.NOTE_TYPE_SYSTEM.equals(type.getSystem()) ? java.util.Arrays.stream(
                atlas.core.document.DocumentKind.values()).filter(kind -> FhirNotes.documentType(kind).equals(type
                        .getCode())).findFirst().orElse(null) : null;
    }

    /** The encounter a note was written at: the key its visit is found by. */
    static String encounterOf(FhirHistories.Sent note) {
        return ((DocumentReference) note.resource()).getContext().getEncounterFirstRep().getReference();
    }

    private PatientHistory.SignedNote note(FhirHistories.Sent sent, DocumentReference document) {
        Provenance signature = sent.keys().stream().map(signatures::get).filter(java.util.Objects::nonNull).findFirst()
                .orElse(null);
        PatientHistory.Author signer = signature == null ? null : author(signature.getAgentFirstRep().getWho());
        if (signer == null) {
            skipped.add(new FhirImport.Problem(sent.where(), Wording.of("fhir.unsignedNote")));
            return null;
        }
        Map<String, String> sections = new HashMap<>();
        String text = text(document);
        Matcher heading = SECTION.matcher(text);
        String current = null;
        int from = 0;
        while (heading.find()) {
            if (current != null) {
                sections.put(current, text.substring(from, heading.start()));
            } else if (heading.start() > 0) {
                break; // text before the first heading: not a note Atlas wrote
            }
            current = heading.group(1);
            from = heading.end();
        }
        if (current == null) {
            skipped.add(new FhirImport.Problem(sent.where(), Wording.of("fhir.notAtlasNote")));
            return null;
        }
        sections.put(current, text.substring(from));
        return new PatientHistory.SignedNote(sections.get("Subjective"), sections.get("Objective"),
                sections.get("Assessment"), sections.get("Plan"), author(document.getAuthorFirstRep()), signer,
                signature.getRecorded().toInstant(), List.of());
    }

    private PatientHistory.Author author(Reference reference) {
        return reference == null ? null : authors.get(reference.getReference());
    }

    private static String text(DocumentReference document) {
        byte[] data = document.getContentFirstRep().getAttachment().getData();
        return data == null ? "" : new String(data, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Their user name in Atlas ({@link FhirRecord#USER_SYSTEM}), else the resource's id in the file. */
    private static String key(Practitioner practitioner) {
        return practitioner.getIdentifier().stream().filter(id -> FhirRecord.USER_SYSTEM.equals(id.getSystem()))
                .map(Identifier::getValue).findFirst().orElse(practitioner.getIdElement().getIdPart());
    }

}
