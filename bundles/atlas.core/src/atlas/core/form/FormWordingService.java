package atlas.core.form;

import java.util.List;

import atlas.api.form.FormWording;
import atlas.core.store.StoreException;

/**
 * The licensed questionnaire wordings a clinic imported, for every workstation (Administration >
 * Questionnaire Wording). Importing and removing are the administrator's, and audited; reading is
 * for whoever fills or prints forms.
 */
public interface FormWordingService {

    /**
     * Checks the file against the form it names and keeps it, replacing an earlier import for the
     * same form and language.
     *
     * @throws WordingFile.Refused naming each line and key that does not fit; nothing is kept
     */
    ImportedWording importWording(String fileText) throws StoreException;

    /** Every imported wording, by form and language. */
    List<ImportedWording> all() throws StoreException;

    /** The wordings of {@code language} ("de") as the forms use them; files that no longer fit are left out. */
    List<FormWording> forLanguage(String language) throws StoreException;

    void remove(long wordingId) throws StoreException;
}
