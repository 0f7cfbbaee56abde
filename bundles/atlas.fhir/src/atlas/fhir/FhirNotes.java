package atlas.fhir;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Enumerations.DocumentReferenceStatus;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;

import atlas.core.document.DocumentFormat;
import atlas.core.document.DocumentKind;
import atlas.core.document.PatientDocument;
import atlas.core.note.ClinicalNote;
import atlas.core.note.NoteAddendum;
import atlas.core.patient.PatientData;
import atlas.core.plan.PlanOfCare;

/**
 * The written record: each treatment note as a DocumentReference holding its SOAP text (final
 * once signed, preliminary while a draft), each addendum as a DocumentReference that appends to its
 * note, a Provenance per signature (who signed the note or the plan, when), and the audit trail
 * about the patient as AuditEvents - who opened, changed or exported what and when, with the
 * entry's place in Atlas's hash chain.
 */
final class FhirNotes {

    /** Atlas's audit actions (atlas.core.audit.AuditAction). */
    static final String AUDIT_ACTION_SYSTEM = "urn:atlas:fhir:cs:audit-action";
    static final String NOTE_TYPE_SYSTEM = "urn:atlas:fhir:cs:document-type";
    /** The activity of a signature's Provenance (read back by the import). */
    static final String SIGNED = "signed";
    private static final String PARTICIPANT_TYPES = "http://terminology.hl7.org/CodeSystem/provenance-participant-type";

    private FhirNotes() {
    }

    static void export(Entries entries, PatientData data, org.hl7.fhir.r4.model.Patient patient, Organization clinic) {
        for (ClinicalNote note : data.notes()) {
            DocumentReference document = note(entries, note, patient);
            if (note.signedAt() != null) {
                signed(entries, "ClinicalNote", note.getId(), Entries.reference(document), note.getSignedBy(), note.signedAt());
            }
        }
        for (NoteAddendum addendum : data.addenda()) {
            addendum(entries, addendum, patient);
        }
        for (PatientDocument document : data.documents()) {
            document(entries, document, patient);
        }
        for (PlanOfCare plan : data.record().plans()) {
            Reference carePlan = entries.to("CarePlan", plan.getId());
            if (plan.signedAt() != null && carePlan != null) {
                signed(entries, "PlanOfCare", plan.getId(), carePlan, plan.getSignedBy(), plan.signedAt());
            }
        }
        for (atlas.core.audit.AuditEvent event : data.auditTrail()) {
            audit(entries, event, patient, clinic);
        }
    }

    private static DocumentReference note(Entries entries, ClinicalNote note, org.hl7.fhir.r4.model.Patient patient) {
        DocumentReference document = new DocumentReference();
        document.setStatus(DocumentReferenceStatus.CURRENT);
        document.setDocStatus(note.isSigned() ? DocumentReference.ReferredDocumentStatus.FINAL
                : DocumentReference.ReferredDocumentStatus.PRELIMINARY);
        document.setType(Entries.atlasCode(NOTE_TYPE_SYSTEM, "treatment-note", "Physiotherapy treatment note (SOAP)"));
        document.setSubject(Entries.reference(patient));
        Reference author = entries.to("Practitioner", note.getAuthorId());
        if (author != null) {
            document.addAuthor(author);
        }
        if (note.signedAt() != null) {
            document.setDate(Entries.date(note.signedAt()));
        }
        StringBuilder text = new StringBuilder();
        section(text, "Subjective", note.getSubjective());
        section(text, "Objective", note.getObjective());
        section(text, "Assessment", note.getAssessment());
        section(text, "Plan", note.getPlan());
        attach(document, "Treatment note", text.toString());
        Reference visit = entries.to("Encounter", note.getVisitId());
        if (visit != null) {
            document.getContext().addEncounter(visit);
        }
        return entries.add("DocumentReference", "note-" + note.getId(), document);
    }

    /**
     * The text as the document's content, and as its narrative too: the attachment is base64, which
     * nobody reads, and the data export prints the JSON for the patient to read.
     */
    private static void attach(DocumentReference document, String title, String text) {
        document.addContent().getAttachment().setContentType("text/plain; charset=utf-8")
                .setData(text.getBytes(StandardCharsets.UTF_8)).setTitle(title);
        document.getText().setStatus(Narrative.NarrativeStatus.GENERATED).setDivAsString(
                "<div xmlns=\"http://www.w3.org/1999/xhtml\"><pre>" + escaped(text) + "</pre></div>");
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static void section(StringBuilder text, String heading, String body) {
        if (body != null && !body.isBlank()) {
            text.append(text.length() == 0 ? "" : "\n\n").append(heading).append(":\n").append(body.strip());
        }
    }

    private static void addendum(Entries entries, NoteAddendum addendum, org.hl7.fhir.r4.model.Patient patient) {
        DocumentReference document = new DocumentReference();
        document.setStatus(DocumentReferenceStatus.CURRENT).setDocStatus(DocumentReference.ReferredDocumentStatus.FINAL);
        document.setType(Entries.atlasCode(NOTE_TYPE_SYSTEM, "addendum", "Addendum to a signed treatment note"));
        document.setSubject(Entries.reference(patient)).setDate(Entries.date(addendum.writtenAt()));
        Reference author = entries.to("Practitioner", addendum.getAuthorId());
        if (author != null) {
            document.addAuthor(author);
        }
        Reference note = entries.to("DocumentReference", "note-" + addendum.getNoteId());
        if (note != null) {
            document.addRelatesTo().setCode(DocumentReference.DocumentRelationshipType.APPENDS).setTarget(note);
        }
        attach(document, "Addendum", addendum.getText());
        entries.add("DocumentReference", "addendum-" + addendum.getId(), document);
    }

    /**
     * A document of the record - a report or letter Atlas printed, a file received - as it was
     * kept: its kind under Atlas's document types, the file (PDF, JPEG or PNG) as the attachment,
     * its name as the title, when and by whom (Atlas's user name) it was kept.
     */
    private static void document(Entries entries, PatientDocument kept, org.hl7.fhir.r4.model.Patient patient) {
        DocumentReference document = new DocumentReference();
        document.setStatus(DocumentReferenceStatus.CURRENT).setDocStatus(DocumentReference.ReferredDocumentStatus.FINAL);
        document.setType(Entries.atlasCode(NOTE_TYPE_SYSTEM, documentType(kept.getKind()), kept.getKind().name()
                .charAt(0) + kept.getKind().name().substring(1).toLowerCase(java.util.Locale.ROOT).replace('_', ' ')));
        document.setSubject(Entries.reference(patient)).setDate(Entries.date(kept.getCreatedAt()));
        document.addAuthor().setDisplay(kept.getCreatedBy());
        document.addContent().getAttachment().setContentType(DocumentFormat.of(kept.getFileName(), kept.getContent())
                .map(DocumentFormat::mediaType).orElse("application/octet-stream")).setData(kept.getContent())
                .setTitle(kept.getFileName()).setCreationElement(new org.hl7.fhir.r4.model.DateTimeType(
                        Entries.date(kept.getCreatedAt())));
        entries.add("DocumentReference", "document-" + kept.getId(), document);
    }

    /** "progress-report": a kind of document as Atlas's document type code. */
    static String documentType(DocumentKind kind) {
        return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private static void signed(Entries entries, String what, Long id, Reference target, Long signer, Instant at) {
        Reference signedBy = entries.to("Practitioner", signer);
        if (signedBy == null) {
            return;
        }
        Provenance provenance = new Provenance();
        provenance.addTarget(target);
        provenance.setRecordedElement(new InstantType(Entries.date(at)));
        provenance.addAgent().setWho(signedBy).getType().addCoding(new Coding(PARTICIPANT_TYPES, "author", null));
        provenance.getActivity().setText(SIGNED);
        entries.add("Provenance", what + "-" + id, provenance);
    }

    private static void audit(Entries entries, atlas.core.audit.AuditEvent event, org.hl7.fhir.r4.model.Patient patient,
            Organization clinic) {
        AuditEvent resource = new AuditEvent();
        resource.setType(new Coding(AUDIT_ACTION_SYSTEM, event.getAction().name(), null));
        resource.setRecorded(Entries.date(event.getOccurredAt()));
        resource.addAgent().setRequestor(true).setWho(new Reference().setDisplay(event.getActor()));
        resource.getSource().setObserver(Entries.reference(clinic)).setSite("Atlas");
        AuditEvent.AuditEventEntityComponent entity = resource.addEntity().setWhat(Entries.reference(patient));
        if (event.getRecordType() != null) {
            entity.setName(event.getRecordType() + (event.getRecordId() == null ? "" : " " + event.getRecordId()));
        }
        if (event.getDetail() != null) {
            entity.setDescription(event.getDetail());
        }
        List<AuditEvent.AuditEventEntityDetailComponent> chain = new ArrayList<>();
        chain.add(new AuditEvent.AuditEventEntityDetailComponent(new StringType("sequence"),
                new StringType(Long.toString(event.getSequence()))));
        chain.add(new AuditEvent.AuditEventEntityDetailComponent(new StringType("hash"), new StringType(event.getHash())));
        entity.setDetail(chain);
        entries.add("AuditEvent", event.getSequence(), resource);
    }
}
