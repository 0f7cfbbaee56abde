package atlas.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import atlas.core.audit.AuditAction;
import atlas.core.audit.AuditEvent;
import atlas.core.audit.AuditQuery;
import atlas.core.clinician.Clinician;
import atlas.core.episode.EpisodeOfCare;
import atlas.core.episode.OpeningHours;
import atlas.core.episode.Visit;
import atlas.core.episode.VisitType;
import atlas.core.note.ClinicalNote;
import atlas.core.patient.Patient;
import atlas.core.patient.PatientQuery;
import atlas.core.security.AccessDeniedException;
import atlas.core.security.Permission;
import atlas.core.security.Role;
import atlas.core.security.UserAccount;
import atlas.api.form.FormDefinition;
import atlas.api.form.FormItem;
import atlas.api.form.FormScoring;
import atlas.store.internal.access.JpaUserService;
import atlas.store.internal.access.Permissions;
import atlas.store.internal.access.WorkstationSession;
import atlas.store.internal.audit.JpaAuditTrail;
import atlas.store.internal.records.JpaClinicService;
import atlas.store.internal.records.JpaClinicalNoteService;
import atlas.store.internal.records.JpaClinicianService;
import atlas.store.internal.records.JpaEpisodeService;
import atlas.store.internal.records.JpaReferrerService;
import atlas.core.referrer.Referrer;
import atlas.store.internal.records.JpaFormResponseService;
import atlas.store.internal.records.JpaFormWordingService;
import atlas.store.internal.records.JpaPatientDataService;
import atlas.store.internal.records.JpaPatientDocumentService;
import atlas.store.internal.records.JpaPatientRecordService;
import atlas.store.internal.records.JpaPatientService;
import atlas.store.internal.access.SignIns;

/**
 * Roles enforced in the services, as Atlas runs them (each with the workstation session): the front
 * desk registers and books but reads and writes no clinical record; the therapist keeps the record
 * but reads no audit trail; the administrator reads the trail but no record; nobody signed in may
 * do nothing; each refusal is in the audit trail.
 */
abstract class RolePermissionsContract extends StoreTestBase {

    private final WorkstationSession session = new WorkstationSession();
    private UserAccount admin;
    private UserAccount therapist;
    private UserAccount desk;
    private JpaPatientService patients;
    private JpaPatientRecordService records;
    private JpaClinicalNoteService notes;
    private JpaFormResponseService forms;
    private JpaEpisodeService episodes;
    private JpaAuditTrail trail;

    @BeforeEach
    void accountsAndGuardedServices() throws Exception {
        database.useSession(session); // the services check the role of whoever signs in to this session
        JpaUserService users = new JpaUserService(database, TestSessions.of(database));
        admin = users.createFirstAdministrator("admin", "Clinic Administrator", "admin password 1".toCharArray());
        therapist = users.createUser(admin, new UserAccount("mlehmann", "Maria Lehmann, PT", Role.THERAPIST),
                "therapist password 1".toCharArray());
        desk = users.createUser(admin, new UserAccount("desk", "Front Desk", Role.FRONT_DESK), "desk password 1".toCharArray());
        patients = new JpaPatientService(database, TestSessions.of(database));
        records = new JpaPatientRecordService(database, TestSessions.of(database));
        notes = new JpaClinicalNoteService(database, TestSessions.of(database));
        forms = SumForm.installedIn(new JpaFormResponseService(database, TestSessions.of(database)), new SumForm("test.pain", "pain", 3));
        episodes = new JpaEpisodeService(database, TestSessions.of(database));
        trail = new JpaAuditTrail(database, TestSessions.of(database));
    }

    @AfterEach
    void signOut() {
        session.end();
    }

    @Test
    void theFrontDeskBooksButReadsNoClinicalRecord() throws Exception {
        SignIns.begin(session, desk);
        Patient anna = patients.register(ClinicalDatabaseTest.patient("P-0001", "Keller"));
        EpisodeOfCare episode = episodes.start(new EpisodeOfCare(anna.getId(), LocalDate.of(2026, 11, 1), "GP",
                LocalDate.of(2026, 11, 2)));
        Visit visit = episodes.addVisit(new Visit(anna.getId(), episode.getId(), LocalDateTime.of(2026, 11, 2, 9, 0), null,
                VisitType.INITIAL_EVALUATION));
        assertEquals(1, patients.search(PatientQuery.parse("Keller"), 0, 10).size());

        AccessDeniedException read = assertThrows(AccessDeniedException.class, () -> records.open(anna.getId()));
        assertEquals(Permission.CLINICAL_READ, read.permission());
        assertEquals("desk (front desk) may not read clinical records.", read.getMessage());
        assertThrows(AccessDeniedException.class,
                () -> notes.saveDraft(new ClinicalNote(anna.getId(), visit.getId(), null)));
        assertThrows(AccessDeniedException.class, () -> forms.submit(visit.getId(), "test.pain",
                Map.of("q1", "1", "q2", "2", "q3", "3")));
        assertThrows(AccessDeniedException.class, () -> trail.search(AuditQuery.everything(), 10));

        SignIns.begin(session, admin);
        List<AuditEvent> refusals = trail.search(new AuditQuery(null, null, AuditAction.ACCESS_DENIED, null, null), 10);
        assertEquals(List.of("desk: READ_AUDIT", "desk: CLINICAL_WRITE", "desk: CLINICAL_WRITE", "desk: CLINICAL_READ"),
                refusals.stream().map(AuditEvent::getDetail).toList(), "every refusal, newest first");
        assertTrue(refusals.stream().allMatch(event -> event.getActor().equals("desk")), "named by who was refused");
    }

    @Test
    void theFrontDeskKeepsTheReferrersDirectoryTheTherapistChoosesFromItTheAdministratorIsRefused() throws Exception {
        JpaReferrerService referrers = new JpaReferrerService(database, TestSessions.of(database));
        SignIns.begin(session, desk);
        Referrer brunner = new Referrer("Dr. med. Anna Brunner", "Neurology", "Praxis am See");
        brunner.setContact(new atlas.core.patient.ContactDetails(null, "brunner@praxis", null));
        atlas.core.validation.ValidationException refused = assertThrows(
                atlas.core.validation.ValidationException.class, () -> referrers.save(brunner));
        assertEquals(List.of("email"), refused.errors().stream().map(e -> e.field()).toList());
        assertEquals(List.of(), referrers.list(), "nothing saved");
        brunner.setContact(new atlas.core.patient.ContactDetails(null, "brunner@praxis-am-see.ch", "Seestrasse 1, 8700 Kuesnacht"));
        Referrer saved = referrers.save(brunner);
        saved.getContact().setPhone("044 200 30 40");
        referrers.save(saved);
        referrers.save(new Referrer("Dr. med. dent. Paul Arnold", "Dentistry", null));

        SignIns.begin(session, therapist);
        assertEquals(List.of("Dr. med. Anna Brunner (Neurology, Praxis am See)", "Dr. med. dent. Paul Arnold (Dentistry)"),
                referrers.list().stream().map(Referrer::shown).toList(), "by name, as offered");
        assertEquals("044 200 30 40", referrers.list().get(0).getContact().getPhone());
        SignIns.begin(session, admin);
        assertEquals(Permission.VISITS, assertThrows(AccessDeniedException.class, referrers::list).permission());
        List<String> written = trail.search(AuditQuery.everything(), 50).stream()
                .filter(event -> "Referrer".equals(event.getRecordType())).map(event -> event.getActor() + " "
                        + event.getAction()).toList();
        assertEquals(List.of("desk CREATE", "desk UPDATE", "desk CREATE"), written, "each write audited");
    }

    /** A two-item form with a choice item, as a clinic's or a built-in form would be. */
    static atlas.api.form.FormDefinition twoItemForm() {
        return new atlas.api.form.FormDefinition() {
            @Override
            public String id() {
                return "atlas.test";
            }

            @Override
            public String version() {
                return "1";
            }

            @Override
            public String title() {
                return "Test form";
            }

            @Override
            public List<atlas.api.form.FormItem> items() {
                return List.of(atlas.api.form.FormItem.wholeNumber("test.1", "Topic one", 0, 5, true),
                        atlas.api.form.FormItem.choice("test.2", "Topic two", true, List.of(
                                new atlas.api.form.FormItem.Choice("A", "first"),
                                new atlas.api.form.FormItem.Choice("B", "second"))));
            }

            @Override
            public String licenceNote() {
                return "";
            }

            @Override
            public atlas.api.form.FormScoring score(java.util.Map<String, String> answers) {
                return atlas.api.form.FormScoring.refused(List.of());
            }
        };
    }

    @Test
    void theAdministratorImportsQuestionnaireWordingForEveryWorkstationTheTherapistReadsIt() throws Exception {
        JpaFormWordingService wordings = new JpaFormWordingService(database, TestSessions.of(database), twoItemForm());
        String file = "form=atlas.test\nlanguage=de\nowner=Praxis Seeblick (licence 2026-117)\n"
                + "test.1=Wie stark ist es?\ntest.2=Wie oft?\nanswers=erste|zweite\n";
        SignIns.begin(session, therapist);
        assertEquals(Permission.CONFIGURE_CLINIC, assertThrows(AccessDeniedException.class,
                () -> wordings.importWording(file)).permission());
        SignIns.begin(session, admin);
        assertThrows(atlas.core.form.WordingFile.Refused.class, () -> wordings.importWording(file.replace("test.2=", "test.3=")));
        assertEquals(List.of(), wordings.all(), "a refused file keeps nothing");
        wordings.importWording(file);
        wordings.importWording(file.replace("erste|zweite", "eins|zwei")); // the same form and language: replaced
        assertEquals(1, wordings.all().size());
        assertEquals("admin", wordings.all().get(0).getImportedBy());

        SignIns.begin(session, therapist);
        List<atlas.api.form.FormWording> german = new JpaFormWordingService(secondWorkstation(), session, twoItemForm())
                .forLanguage("de");
        assertEquals("Wie oft?", german.get(0).itemTexts().get("test.2"));
        assertEquals(List.of("eins", "zwei"), german.get(0).answerTexts().get("test.2"));
        assertEquals("Praxis Seeblick (licence 2026-117)", german.get(0).owner());
        assertEquals(List.of(), wordings.forLanguage("en"));
        assertThrows(AccessDeniedException.class, () -> wordings.remove(wordings.all().get(0).getId()));
        SignIns.begin(session, desk);
        assertThrows(AccessDeniedException.class, () -> wordings.all());
        SignIns.begin(session, admin);
        wordings.remove(wordings.all().get(0).getId());
        assertEquals(List.of(), wordings.all());
    }

    @Test
    void theClinicsDetailsAreTheAdministratorsAndPrintedByEveryone() throws Exception {
        JpaClinicService clinic = new JpaClinicService(database, TestSessions.of(database));
        SignIns.begin(session, admin);
        assertEquals(atlas.core.clinic.ClinicDetails.none(), clinic.details(), "nothing set yet");
        atlas.core.validation.ValidationException refused = assertThrows(atlas.core.validation.ValidationException.class,
                () -> clinic.save(new atlas.core.clinic.ClinicDetails(" ", "Seestrasse 1", "")));
        assertEquals("name", refused.errors().get(0).field());
        clinic.save(new atlas.core.clinic.ClinicDetails("Praxis Seeblick", "Seestrasse 1\n8008 Z\u00fcrich", "044 123 45 67"));
        clinic.save(new atlas.core.clinic.ClinicDetails("Praxis Seeblick", "Seestrasse 2\n8008 Z\u00fcrich", "044 123 45 67"));
        JpaClinicService elsewhere = new JpaClinicService(secondWorkstation(), session);
        for (UserAccount reader : List.of(therapist, desk)) {
            SignIns.begin(session, reader);
            assertEquals("Praxis Seeblick  \u00b7  Seestrasse 2, 8008 Z\u00fcrich  \u00b7  044 123 45 67",
                    elsewhere.details().oneLine(), reader.getUsername());
        }
        assertEquals(Permission.CONFIGURE_CLINIC, assertThrows(AccessDeniedException.class,
                () -> clinic.save(atlas.core.clinic.ClinicDetails.none())).permission());
    }

    @Test
    void theClinicsOpeningHoursAreTheAdministratorsAndReadByEveryWorkstation() throws Exception {
        JpaClinicService clinic = new JpaClinicService(database, TestSessions.of(database));
        SignIns.begin(session, admin);
        assertEquals(OpeningHours.USUAL, clinic.openingHours(), "until the clinic sets its own");
        OpeningHours saturdays = new OpeningHours(LocalTime.of(8, 0), LocalTime.of(18, 30),
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY));
        atlas.core.clinic.ClinicDetails details = new atlas.core.clinic.ClinicDetails("Praxis Seeblick", "", "", "",
                null, saturdays);
        clinic.save(details);
        for (OpeningHours bad : List.of(new OpeningHours(LocalTime.of(8, 10), LocalTime.of(18, 0), saturdays.days()),
                new OpeningHours(LocalTime.of(8, 0), LocalTime.of(8, 30), saturdays.days()),
                new OpeningHours(null, LocalTime.of(12, 0), EnumSet.noneOf(DayOfWeek.class)))) {
            atlas.core.validation.ValidationException refused = assertThrows(
                    atlas.core.validation.ValidationException.class, () -> clinic.save(
                            new atlas.core.clinic.ClinicDetails("Praxis am See", "", "", "", null, bad)));
            assertFalse(refused.errors().isEmpty(), bad.toString());
            assertTrue(refused.errors().stream().allMatch(e -> List.of("opens", "closes", "openDays")
                    .contains(e.field())), refused.getMessage());
        }
        JpaClinicService elsewhere = new JpaClinicService(secondWorkstation(), session);
        for (UserAccount reader : List.of(therapist, desk)) {
            SignIns.begin(session, reader);
            assertEquals(saturdays, elsewhere.openingHours(), reader.getUsername());
            assertEquals(details, elsewhere.details(), "nothing of a refused save is kept");
        }
        SignIns.begin(session, admin);
        assertEquals(saturdays, elsewhere.details().hours(), "the administrator edits them with the details");
        assertTrue(trail.search(AuditQuery.everything(), 50).stream().anyMatch(entry -> entry.getDetail() != null
                && entry.getDetail().contains("MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY,SATURDAY 08:00-18:30")),
                "the hours saved are in the audit trail");
    }

    @Test
    void theClinicsLogoIsKeptForEveryWorkstationAndADamagedOneRefused() throws Exception {
        JpaClinicService clinic = new JpaClinicService(database, TestSessions.of(database));
        SignIns.begin(session, admin);
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(300, 90, java.awt.image.BufferedImage.TYPE_INT_RGB),
                "png", png);
        byte[] picture = png.toByteArray();
        byte[] truncated = java.util.Arrays.copyOf(picture, picture.length / 2);
        atlas.core.validation.ValidationException refused = assertThrows(atlas.core.validation.ValidationException.class,
                () -> clinic.save(new atlas.core.clinic.ClinicDetails("Praxis Seeblick", "", "", "",
                        new atlas.core.clinic.ClinicLogo(truncated))));
        assertEquals("logo", refused.errors().get(0).field(), refused.errors().toString());
        assertEquals(atlas.core.clinic.ClinicDetails.none(), clinic.details(), "nothing of a refused save is kept");

        clinic.save(new atlas.core.clinic.ClinicDetails("Praxis Seeblick", "", "", "",
                new atlas.core.clinic.ClinicLogo(picture)));
        JpaClinicService elsewhere = new JpaClinicService(secondWorkstation(), session);
        SignIns.begin(session, therapist);
        assertTrue(java.util.Arrays.equals(picture, elsewhere.details().logo().picture()),
                "every workstation prints the same logo");

        SignIns.begin(session, admin);
        clinic.save(new atlas.core.clinic.ClinicDetails("Praxis Seeblick", "Seestrasse 1", "", ""));
        assertEquals(atlas.core.clinic.ClinicLogo.NONE, elsewhere.details().logo(), "removed for every workstation");
        assertEquals("Seestrasse 1", elsewhere.details().address());
    }

    @Test
    void onlyWhoReadsTheRecordExportsItTheAdministratorDoesNot() throws Exception {
        JpaPatientDataService data = new JpaPatientDataService(database, TestSessions.of(database));
        SignIns.begin(session, therapist);
        atlas.core.patient.Patient anna = patients.register(ClinicalDatabaseTest.patient("E-1", "Keller"));
        assertEquals("Keller", data.export(anna.getId()).patient().getFamilyName(), "the therapist answers the access request");
        for (UserAccount refused : List.of(admin, desk)) {
            SignIns.begin(session, refused);
            assertEquals(Permission.EXPORT_RECORD, assertThrows(AccessDeniedException.class,
                    () -> data.export(anna.getId())).permission(), refused.getUsername());
        }
    }

    @Test
    void printedDocumentsAreKeptInTheRecordForWhoReadsItAndGoWithThePatientsName() throws Exception {
        JpaPatientDocumentService documents = new JpaPatientDocumentService(database, TestSessions.of(database));
        JpaPatientDataService data = new JpaPatientDataService(database, TestSessions.of(database));
        SignIns.begin(session, therapist);
        Patient anna = patients.register(ClinicalDatabaseTest.patient("D-1", "Keller"));
        byte[] pdf = "%PDF-1.7 Your home programme, Keller, Anna".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        documents.keep(anna.getId(), atlas.core.document.DocumentKind.HOME_PROGRAMME, "home-programme.pdf", pdf);
        List<atlas.core.document.PatientDocument> kept = documents.documentsOf(anna.getId());
        assertEquals(1, kept.size());
        assertTrue(java.util.Arrays.equals(pdf, kept.get(0).getContent()), "the PDF as it was handed out");
        assertEquals("mlehmann", kept.get(0).getCreatedBy());
        assertEquals(atlas.core.validation.ValidationException.class, assertThrows(RuntimeException.class,
                () -> documents.keep(anna.getId(), atlas.core.document.DocumentKind.PROGRESS_REPORT, " ", pdf)).getClass());

        SignIns.begin(session, desk);
        assertEquals(Permission.CLINICAL_READ, assertThrows(AccessDeniedException.class,
                () -> documents.documentsOf(anna.getId())).permission());
        SignIns.begin(session, therapist);
        data.pseudonymise(anna.getId(), "request");
        assertEquals(List.of(), documents.documentsOf(anna.getId()), "the printed name goes with the pseudonymisation");
    }

    @Test
    void backUpNowIsTheAdministratorsTask() throws Exception {
        java.nio.file.Path target = dataFolder.resolve("now.zip");
        SignIns.begin(session, therapist);
        assertEquals(Permission.BACK_UP, assertThrows(AccessDeniedException.class, () -> database.backup(target))
                .permission());
        SignIns.begin(session, admin);
        if (backend() == Backend.H2) {
            assertTrue(database.backup(target).patients() >= 0);
            assertTrue(java.nio.file.Files.size(target) > 0);
        } else {
            // a shared server is backed up by its own tools; the role check comes first all the same
            assertThrows(atlas.core.store.StoreException.class, () -> database.backup(target));
        }
    }

    @Test
    void theTherapistKeepsTheRecordAndTheAdministratorTheTrail() throws Exception {
        SignIns.begin(session, therapist);
        Patient anna = patients.register(ClinicalDatabaseTest.patient("P-0001", "Keller"));
        Clinician maria = new JpaClinicianService(database, TestSessions.of(database)).register(new Clinician("mlehmann", "Maria Lehmann, PT", null));
        EpisodeOfCare episode = episodes.start(new EpisodeOfCare(anna.getId(), LocalDate.of(2026, 11, 1), "GP",
                LocalDate.of(2026, 11, 2)));
        Visit visit = episodes.addVisit(new Visit(anna.getId(), episode.getId(), LocalDateTime.of(2026, 11, 2, 9, 0),
                maria.getId(), VisitType.INITIAL_EVALUATION));
        ClinicalNote note = new ClinicalNote(anna.getId(), visit.getId(), maria.getId());
        note.setSubjective("Headache on 3 days a week.");
        notes.saveDraft(note);
        assertEquals(1, records.open(anna.getId()).orElseThrow().visits().size());
        assertThrows(AccessDeniedException.class, () -> trail.search(AuditQuery.everything(), 10));

        SignIns.begin(session, admin);
        assertTrue(trail.search(new AuditQuery(anna.getId(), "mlehmann", null, null, null), 100).size() >= 4,
                "the therapist's work, under the therapist's name");
        assertThrows(AccessDeniedException.class, () -> records.open(anna.getId()), "the administrator reads no record");
        assertThrows(AccessDeniedException.class, () -> notes.noteOfVisit(visit.getId()));

        session.end();
        assertThrows(AccessDeniedException.class, () -> patients.search(PatientQuery.parse("Keller"), 0, 10),
                "nobody signed in: nothing");
        SignIns.begin(session, admin);
        assertTrue(trail.verify().intact());
    }

    @Test
    void aRecordIsAuditedOnceASessionNotAtEveryReRead() throws Exception {
        SignIns.begin(session, therapist);
        Patient anna = patients.register(ClinicalDatabaseTest.patient("P-0001", "Keller"));
        records.open(anna.getId());
        records.open(anna.getId()); // after a save, for the charts, for a report: the same access
        records.open(anna.getId());
        SignIns.begin(session, therapist); // signed in again (Switch User, or the next start)
        assertEquals("Keller", records.open(anna.getId()).orElseThrow().patient().getFamilyName());

        SignIns.begin(session, admin);
        assertEquals(2, trail.search(new AuditQuery(anna.getId(), null, AuditAction.OPEN_RECORD, null, null), 100)
                .size(), "one opening per session");
    }

    @Test
    void theDayListShowsEveryPatientsVisitsOfTheDayToTheFrontDesk() throws Exception {
        SignIns.begin(session, desk);
        Patient anna = patients.register(ClinicalDatabaseTest.patient("P-0001", "Keller"));
        Patient ben = patients.register(ClinicalDatabaseTest.patient("P-0002", "Novak"));
        EpisodeOfCare annas = episodes.start(new EpisodeOfCare(anna.getId(), LocalDate.of(2026, 11, 1), "GP",
                LocalDate.of(2026, 11, 2)));
        EpisodeOfCare bens = episodes.start(new EpisodeOfCare(ben.getId(), LocalDate.of(2026, 11, 1), "GP",
                LocalDate.of(2026, 11, 2)));
        episodes.addVisit(new Visit(anna.getId(), annas.getId(), LocalDateTime.of(2026, 11, 3, 11, 0), null,
                VisitType.DAILY));
        episodes.addVisit(new Visit(ben.getId(), bens.getId(), LocalDateTime.of(2026, 11, 3, 8, 30), null,
                VisitType.INITIAL_EVALUATION));
        episodes.addVisit(new Visit(anna.getId(), annas.getId(), LocalDateTime.of(2026, 11, 2, 23, 59), null,
                VisitType.DAILY)); // the day before
        episodes.addVisit(new Visit(anna.getId(), annas.getId(), LocalDateTime.of(2026, 11, 4, 0, 0), null,
                VisitType.DAILY)); // the next day, at midnight

        List<atlas.core.episode.ScheduledVisit> day = episodes.visitsOn(LocalDate.of(2026, 11, 3));
        assertEquals(List.of("08:30 P-0002 INITIAL_EVALUATION", "11:00 P-0001 DAILY"), day.stream()
                .map(v -> v.visit().getStartsAt().toLocalTime() + " " + v.recordNumber() + " " + v.visit().getType())
                .toList(), "both patients' visits of the day, in time order");
        assertTrue(day.get(0).patientName().startsWith("Novak, "), day.get(0).patientName());

        SignIns.begin(session, admin);
        assertEquals(Permission.VISITS, assertThrows(AccessDeniedException.class,
                () -> episodes.visitsOn(LocalDate.of(2026, 11, 3))).permission());
    }

    @Test
    void aServiceExistsOnlyWithASessionAndOnlyTheSignInBeginsAUsersSession() throws Exception {
        NullPointerException none = assertThrows(NullPointerException.class, () -> new JpaPatientService(database, null));
        assertEquals("a service works only in a session", none.getMessage());
        assertThrows(IllegalStateException.class, () -> Permissions.require(database, (atlas.core.security.Session) null, Permission.DEMOGRAPHICS),
                "a service built around the constructor is refused, not let through");
        // the public session offers no way to make it any user a caller names
        for (java.lang.reflect.Method method : atlas.core.security.Session.class.getMethods()) {
            assertTrue(java.util.Arrays.stream(method.getParameterTypes()).noneMatch(UserAccount.class::equals),
                    method.toString());
        }
        JpaUserService users = new JpaUserService(database, session);
        UserAccount signedIn = users.signIn("mlehmann", "therapist password 1".toCharArray(), java.time.Instant.now());
        assertEquals(signedIn.getId(), session.user().orElseThrow().getId(), "the sign-in began the session");
        Patient anna = patients.register(ClinicalDatabaseTest.patient("P-0001", "Keller"));
        List<AuditEvent> created = trailAsAdmin(new AuditQuery(anna.getId(), null, AuditAction.CREATE, null, null));
        assertEquals("mlehmann", created.get(0).getActor(), "the trail names the session's user");
    }

    @Test
    void aSystemTaskRunsUnderItsNameWithItsPermissionsOnlyAndNeverForASignedInUser() throws Exception {
        Patient anna = session.run(atlas.core.security.SystemTask.DEMO_DATA, () -> patients.register(
                ClinicalDatabaseTest.patient("P-0001", "Keller")));
        AccessDeniedException audit = assertThrows(AccessDeniedException.class, () -> session.run(
                atlas.core.security.SystemTask.DEMO_DATA, () -> trail.search(AuditQuery.everything(), 10)));
        assertEquals(Permission.READ_AUDIT, audit.permission(), "demo data needs no audit trail, so it may not read it");
        assertTrue(audit.getMessage().startsWith("system: demo data"), audit.getMessage());
        assertEquals(Permission.DEMOGRAPHICS, assertThrows(AccessDeniedException.class,
                () -> patients.register(ClinicalDatabaseTest.patient("P-0002", "Brandt"))).permission(),
                "after the task, this thread is nobody again");
        List<AuditEvent> created = trailAsAdmin(new AuditQuery(anna.getId(), null, AuditAction.CREATE, null, null));
        assertEquals("system: demo data", created.get(0).getActor());

        SignIns.begin(session, therapist);
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> session.run(
                atlas.core.security.SystemTask.DEMO_DATA, () -> patients.count()));
        assertTrue(refused.getMessage().contains("mlehmann is signed in"), refused.getMessage());
    }

    private List<AuditEvent> trailAsAdmin(AuditQuery query) throws Exception {
        SignIns.begin(session, admin);
        try {
            return trail.search(query, 10);
        } finally {
            session.end();
        }
    }
}
