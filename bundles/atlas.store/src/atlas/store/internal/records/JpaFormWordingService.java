package atlas.store.internal.records;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import atlas.core.audit.AuditAction;
import atlas.api.form.FormDefinition;
import atlas.api.form.FormWording;
import atlas.core.form.FormWordingService;
import atlas.core.form.ImportedWording;
import atlas.core.form.WordingFile;
import atlas.core.security.Permission;
import atlas.core.security.Session;
import atlas.core.store.ClinicalDatabase;
import atlas.core.store.StoreException;
import atlas.store.internal.audit.AuditLog;

/** Imported questionnaire wording on the clinical database, checked against the installed forms. */
@Component(service = FormWordingService.class)
public class JpaFormWordingService extends RecordService implements FormWordingService {

    private static final Logger LOG = LoggerFactory.getLogger(JpaFormWordingService.class);
    static final String RECORD_TYPE = "FormWording";

    /** The installed forms a wording file is checked against. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    private final List<FormDefinition> forms = new CopyOnWriteArrayList<>();

    @Activate
    public JpaFormWordingService(@Reference(name = "database") ClinicalDatabase database,
            @Reference(name = "session") Session session) {
        super(database, session);
    }

    /** For tests and tools: the service with the plugins it would find installed. */
    public JpaFormWordingService(ClinicalDatabase database, Session session, FormDefinition... installed) {
        super(database, session);
        forms.addAll(List.of(installed));
    }

    @Override
    public ImportedWording importWording(String fileText) throws StoreException {
        require(Permission.CONFIGURE_CLINIC);
        WordingFile file = WordingFile.read(fileText, atlas.core.form.ContainedForm.check(forms).forms());
        String by = session.actor().orElse(AuditLog.NOBODY);
        return database.write(em -> {
            for (ImportedWording earlier : em.createQuery("SELECT w FROM ImportedWording w WHERE w.formId = :form "
                    + "AND w.language = :language", ImportedWording.class).setParameter("form", file.formId())
                    .setParameter("language", file.language()).getResultList()) {
                em.remove(earlier);
                AuditLog.append(em, AuditAction.REMOVE, RECORD_TYPE, earlier.getId(), null,
                        earlier.getFormId() + " " + earlier.getLanguage() + " (replaced)");
            }
            em.flush(); // the replaced row goes before the new one is inserted (one per form and language)
            ImportedWording kept = new ImportedWording(file, fileText, Instant.now(), by);
            return Records.create(em, kept, List.of(), RECORD_TYPE, ImportedWording::getId, null,
                    file.formId() + " " + file.language() + ": " + file.owner());
        });
    }

    @Override
    public List<ImportedWording> all() throws StoreException {
        requireReader();
        return database.read(em -> em.createQuery("SELECT w FROM ImportedWording w ORDER BY w.formId, w.language",
                ImportedWording.class).getResultList());
    }

    @Override
    public List<FormWording> forLanguage(String language) throws StoreException {
        List<FormWording> usable = new ArrayList<>();
        for (ImportedWording imported : all()) {
            if (!imported.getLanguage().equals(language)) {
                continue;
            }
            try {
                usable.add(WordingFile.read(imported.getContent(), List.copyOf(forms)));
            } catch (WordingFile.Refused stale) {
                // a newer version of the form changed its items: the old wording is not shown half
                LOG.warn("Imported wording of {} ({}) no longer fits the form: {}", imported.getFormId(), language,
                        stale.getMessage());
            }
        }
        return usable;
    }

    @Override
    public void remove(long wordingId) throws StoreException {
        require(Permission.CONFIGURE_CLINIC);
        database.write(em -> {
            ImportedWording wording = Records.existing(em, ImportedWording.class, wordingId, "Questionnaire wording");
            em.remove(wording);
            AuditLog.append(em, AuditAction.REMOVE, RECORD_TYPE, wordingId, null,
                    wording.getFormId() + " " + wording.getLanguage());
            return null;
        });
    }

    /** Whoever fills forms (therapists) or keeps the clinic's settings (administrators) reads them. */
    private void requireReader() throws StoreException {
        boolean configures = session.user().map(user -> user.getRole().allows(
                Permission.CONFIGURE_CLINIC)).orElse(false);
        require(configures ? Permission.CONFIGURE_CLINIC : Permission.CLINICAL_READ);
    }
}
