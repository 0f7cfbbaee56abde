package atlas.store.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import atlas.core.audit.AuditAction;
import atlas.core.audit.AuditEvent;
import atlas.core.audit.AuditQuery;
import atlas.core.document.DocumentFormat;
import atlas.core.document.DocumentKind;
import atlas.core.document.DocumentSummary;
import atlas.core.document.PatientDocument;
import atlas.core.patient.Patient;
import atlas.core.security.AccessDeniedException;
import atlas.core.security.Permission;
import atlas.core.security.Role;
import atlas.core.security.UserAccount;
import atlas.core.validation.ValidationException;
import atlas.store.internal.access.JpaUserService;
import atlas.store.internal.access.SignIns;
import atlas.store.internal.access.WorkstationSession;
import atlas.store.internal.audit.JpaAuditTrail;
import atlas.store.internal.records.JpaPatientDocumentService;
import atlas.store.internal.records.JpaPatientService;

/**
 * Issue 18, documents received: a referral scan, an imaging report or a letter is attached to the
 * patient's record - a PDF, JPEG or PNG whose name and first bytes agree, up to 10 MB - and kept in
 * the database; anything else is refused naming the field, nothing kept. The front desk attaches a
 * referral only and reads none; the therapist lists and opens them; attaching and opening are in
 * the audit trail.
 */
abstract class DocumentsContract extends StoreTestBase {

    static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
    static final byte[] PDF = "%PDF-1.4 referral of Anna Keller".getBytes(StandardCharsets.ISO_8859_1);

    private final WorkstationSession session = new WorkstationSession();
    private UserAccount admin;
    private UserAccount therapist;
    private UserAccount desk;
    private JpaPatientDocumentService documents;
    private Patient anna;

    @BeforeEach
    void aPatientAndTheClinicsRoles() throws Exception {
        database.useSession(session);
        JpaUserService users = new JpaUserService(database, TestSessions.of(database));
        admin = users.createFirstAdministrator("admin", "Clinic Administrator", "admin password 1".toCharArray());
        therapist = users.createUser(admin, new UserAccount("mlehmann", "Maria Lehmann, PT", Role.THERAPIST),
                "therapist password 1".toCharArray());
        desk = users.createUser(admin, new UserAccount("desk", "Front Desk", Role.FRONT_DESK),
                "desk password 1".toCharArray());
        documents = new JpaPatientDocumentService(database, TestSessions.of(database));
        SignIns.begin(session, desk);
        anna = new JpaPatientService(database, TestSessions.of(database))
                .register(ClinicalDatabaseTest.patient("P-0001", "Keller"));
    }

    @AfterEach
    void signOut() {
        session.end();
    }

    @Test
    void theFrontDeskAttachesAReferralScanAndReadsNoDocument() throws Exception {
        SignIns.begin(session, desk);
        PatientDocument kept = documents.attach(anna.getId(), DocumentKind.REFERRAL, "referral.pdf", PDF);
        assertEquals("desk", kept.getCreatedBy());
        assertEquals(Permission.CLINICAL_WRITE, assertThrows(AccessDeniedException.class,
                () -> documents.attach(anna.getId(), DocumentKind.IMAGING_REPORT, "mri.pdf", PDF)).permission());
        assertEquals(Permission.CLINICAL_READ, assertThrows(AccessDeniedException.class,
                () -> documents.listOf(anna.getId())).permission());
        assertEquals(Permission.CLINICAL_READ, assertThrows(AccessDeniedException.class,
                () -> documents.open(kept.getId())).permission());

        SignIns.begin(session, therapist);
        documents.attach(anna.getId(), DocumentKind.IMAGING_REPORT, "MRI cervical spine.PNG", PNG);
        List<DocumentSummary> listed = documents.listOf(anna.getId());
        assertEquals(List.of("MRI cervical spine.PNG", "referral.pdf"), listed.stream().map(DocumentSummary::fileName)
                .toList(), "newest first");
        assertEquals(List.of(DocumentKind.IMAGING_REPORT, DocumentKind.REFERRAL),
                listed.stream().map(DocumentSummary::kind).toList());
        PatientDocument opened = documents.open(listed.get(1).id());
        assertArrayEquals(PDF, opened.getContent(), "the file as it was attached");

        SignIns.begin(session, admin);
        List<AuditEvent> trail = new JpaAuditTrail(database, TestSessions.of(database))
                .search(new AuditQuery(anna.getId(), null, null, null, null), 20);
        List<String> said = trail.stream().filter(e -> e.getRecordType().equals("PatientDocument"))
                .map(e -> e.getAction() + " " + e.getActor() + " " + e.getDetail()).toList();
        assertEquals(List.of(AuditAction.OPEN_RECORD + " mlehmann REFERRAL referral.pdf",
                AuditAction.CREATE + " mlehmann IMAGING_REPORT MRI cervical spine.PNG",
                AuditAction.CREATE + " desk REFERRAL referral.pdf"), said, "newest first");
    }

    @Test
    void aFileThatIsNoPdfJpegOrPngOrTooLargeIsRefusedByFieldAndNothingKept() throws Exception {
        SignIns.begin(session, therapist);
        byte[] program = "MZ\u0090\u0000 this program cannot be run in DOS mode".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("content", refused(DocumentKind.LETTER_RECEIVED, "letter.pdf", program).field(),
                "a program renamed to .pdf");
        assertEquals("content", refused(DocumentKind.LETTER_RECEIVED, "letter.png", PDF).field(),
                "a PDF named as a picture");
        assertEquals("content", refused(DocumentKind.LETTER_RECEIVED, "letter.docx", PDF).field());
        assertEquals("content", refused(DocumentKind.LETTER_RECEIVED, "letter.pdf", new byte[0]).field());
        byte[] huge = Arrays.copyOf(PDF, DocumentFormat.LARGEST_BYTES + 1);
        assertEquals("a file of 1 byte to 10 MB", refused(DocumentKind.LETTER_RECEIVED, "scan.pdf", huge).message());
        assertEquals("fileName", refused(DocumentKind.LETTER_RECEIVED, " ", PDF).field());
        assertEquals("fileName", refused(DocumentKind.LETTER_RECEIVED, "../../.profile.pdf", PDF).field(),
                "no folder rides along into the plain copy's name");
        assertEquals("fileName", refused(DocumentKind.LETTER_RECEIVED, "..\\start.pdf", PDF).field());
        assertEquals("kind", refused(DocumentKind.PROGRESS_REPORT, "report.pdf", PDF).field(),
                "a kind Atlas prints is not attached");
        assertEquals("kind", assertThrows(ValidationException.class, () -> documents.keep(anna.getId(),
                DocumentKind.REFERRAL, "referral.pdf", PDF)).errors().get(0).field(), "nor a received one printed");
        assertEquals(List.of(), documents.listOf(anna.getId()), "nothing kept");

        byte[] exactlyTheLimit = Arrays.copyOf(PDF, DocumentFormat.LARGEST_BYTES);
        documents.attach(anna.getId(), DocumentKind.LETTER_RECEIVED, "scan.pdf", exactlyTheLimit);
        assertEquals(DocumentFormat.LARGEST_BYTES, documents.open(documents.listOf(anna.getId()).get(0).id())
                .getContent().length);
    }

    private atlas.api.validation.FieldError refused(DocumentKind kind, String name, byte[] content) {
        ValidationException refused = assertThrows(ValidationException.class,
                () -> documents.attach(anna.getId(), kind, name, content));
        assertTrue(refused.errors().size() == 1, refused.errors().toString());
        return refused.errors().get(0);
    }
}
